import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createRegistryClient } from '../../../shared/registry';
import { referenceAt } from '../../shared/registry/support';
import { dropChallengeService, startTestRegistry, startTripwire, TEST_ACCESS_TOKEN } from '.';

/** The harness itself: another signing algorithm, and a stop that leaves nothing behind. */

const accepts = (host: string): Promise<boolean> =>
  new Promise((resolve) => {
    const [hostname = '', port = ''] = host.split(':');
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('startTestRegistry', () => {
  it('serves images signed with RS256 tokens and stops without leaving a process, a port or a directory', async () => {
    const registry = await startTestRegistry({ algorithm: 'RS256', namespace: 'rsa' });
    try {
      const client = createRegistryClient({
        allowlist: [],
        insecureHosts: registry.loopbackHosts,
        googleCredentialHosts: registry.loopbackHosts,
        googleTokenSource: {
          getAccessToken: async () => ({ token: TEST_ACCESS_TOKEN, identity: 'harness@test' }),
        },
      });
      const answer = await client.resolveDigest(referenceAt(registry.host, 'rsa/multi', '1.0'));
      expect(answer.digest).toBe(registry.images.index.digest);
      expect(existsSync(registry.directory)).toBe(true);
    } finally {
      await registry.stop();
    }
    expect(await accepts(registry.host)).toBe(false);
    expect(await accepts(registry.issuerHost)).toBe(false);
    expect(existsSync(registry.directory)).toBe(false);
  });
});

describe('startTripwire', () => {
  it('counts a connection', async () => {
    const tripwire = await startTripwire();
    try {
      expect(await accepts(tripwire.host)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(tripwire.connections).toBe(1);
      expect(() => tripwire.assertUntouched()).toThrow();
    } finally {
      await tripwire.stop();
    }
  });
});

describe('dropChallengeService', () => {
  it.each([
    [
      'Bearer realm="http://127.0.0.1:1/token",service="test-registry"',
      'Bearer realm="http://127.0.0.1:1/token"',
    ],
    [
      'Bearer realm="r",service="s",scope="repository:team/app:pull"',
      'Bearer realm="r",scope="repository:team/app:pull"',
    ],
    ['Bearer service="s",realm="r"', 'Bearer realm="r"'],
    ['Bearer realm="r"', 'Bearer realm="r"'],
  ])('%s → %s', (challenge, expected) => {
    expect(dropChallengeService(challenge)).toBe(expected);
  });
});
