import { describe, expect, it } from 'vitest';
import {
  ChallengeSyntaxError,
  parseAuthChallenges,
  type AuthChallenge,
} from '../../../shared/registry';

describe('parseAuthChallenges', () => {
  it.each<[string, string, AuthChallenge[]]>([
    [
      'reads the Bearer challenge distribution sends',
      'Bearer realm="http://127.0.0.1:5001/token",service="test-registry",scope="repository:team/app:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'http://127.0.0.1:5001/token',
            service: 'test-registry',
            scope: 'repository:team/app:pull',
          },
        },
      ],
    ],
    [
      'reads an insufficient_scope error parameter',
      'Bearer realm="r",service="s",scope="repository:a:pull",error="insufficient_scope"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'r',
            service: 's',
            scope: 'repository:a:pull',
            error: 'insufficient_scope',
          },
        },
      ],
    ],
    [
      'keeps a comma inside a quoted scope with several actions',
      'Bearer realm="r",scope="repository:team/app:pull,push"',
      [{ scheme: 'bearer', params: { realm: 'r', scope: 'repository:team/app:pull,push' } }],
    ],
    [
      'unescapes backslash escapes in quoted strings',
      'Bearer realm="a\\"b\\\\c"',
      [{ scheme: 'bearer', params: { realm: 'a"b\\c' } }],
    ],
    [
      'accepts token values, spaces around "=" and mixed-case names',
      'BEARER Realm = issuer , Service=x',
      [{ scheme: 'bearer', params: { realm: 'issuer', service: 'x' } }],
    ],
    [
      'separates several challenges in one header',
      'Basic realm="Registry", Bearer realm="https://auth.docker.io/token",service="registry.docker.io"',
      [
        { scheme: 'basic', params: { realm: 'Registry' } },
        {
          scheme: 'bearer',
          params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io' },
        },
      ],
    ],
    [
      'reads a token68 challenge',
      'Negotiate abc123==',
      [{ scheme: 'negotiate', params: {}, token68: 'abc123==' }],
    ],
    [
      'reads an Artifact Registry multi-region challenge, which names no service',
      'Bearer realm="https://us-docker.pkg.dev/v2/token"',
      [{ scheme: 'bearer', params: { realm: 'https://us-docker.pkg.dev/v2/token' } }],
    ],
    [
      'reads a regional Artifact Registry challenge, whose service is the host',
      'Bearer realm="https://us-central1-docker.pkg.dev/v2/token",service="us-central1-docker.pkg.dev"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://us-central1-docker.pkg.dev/v2/token',
            service: 'us-central1-docker.pkg.dev',
          },
        },
      ],
    ],
    ['reads a scheme with no parameters', 'Basic', [{ scheme: 'basic', params: {} }]],
    ['reads nothing from an empty header', '', []],
  ])('%s', (_name, header, expected) => {
    expect(parseAuthChallenges(header)).toEqual(expected);
  });

  it.each([
    ['rejects an unterminated quoted string', 'Bearer realm="http://x'],
    [
      'rejects a repeated realm, which would make the destination ambiguous',
      'Bearer realm="https://a/token",realm="https://b/token"',
    ],
    ['rejects stray characters after a parameter', 'Bearer realm="a" "b"'],
    [
      'rejects an unquoted realm URL (":" and "/" are not token characters)',
      'bearer realm=https://r.example/token, scope="repository:a:pull"',
    ],
    [
      'rejects a realm repeated in another letter case',
      'Bearer realm="https://us-docker.pkg.dev/v2/token",REALM="http://127.0.0.1:1/token"',
    ],
  ])('%s', (_name, header) => {
    expect(() => parseAuthChallenges(header)).toThrow(ChallengeSyntaxError);
  });
});
