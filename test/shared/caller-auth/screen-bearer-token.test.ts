import { describe, expect, it } from 'vitest';
import { AUTH_REALM, screenBearerToken } from '../../../shared/caller-auth';
import { AppError } from '../../../shared/problems';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const PLAUSIBLE = `${b64({ alg: 'RS256', kid: 'k' })}.${b64({ iss: 'https://issuer.example' })}.c2ln`;

function refusal(header: string | undefined): AppError {
  try {
    screenBearerToken(header);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('screenBearerToken', () => {
  it.each([
    { name: 'no header', header: undefined, reason: 'missing' },
    { name: 'the Basic scheme', header: 'Basic Zm9vOmJhcg==', reason: 'unsupportedScheme' },
    { name: 'a token that is not a JWS', header: 'Bearer a.b.c', reason: 'malformed' },
    {
      name: 'an unsigned token',
      header: `Bearer ${b64({ alg: 'none' })}.${b64({ sub: 'x' })}.`,
      reason: 'unsigned',
    },
  ])('refuses $name with 401 and a Bearer challenge', ({ header, reason }) => {
    const error = refusal(header);
    expect(error.status).toBe(401);
    expect(error.headers['WWW-Authenticate']).toContain(`Bearer realm="${AUTH_REALM}"`);
    expect(error.extensions.reason).toBe(reason);
  });

  it('lets a well-formed signed token through without verifying it', () => {
    expect(() => screenBearerToken(`Bearer ${PLAUSIBLE}`)).not.toThrow();
  });
});
