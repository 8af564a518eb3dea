import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../shared/config';
import { GOOGLE_ISSUER, parseTrustedIssuers } from '../../../shared/caller-auth';

describe('parseTrustedIssuers', () => {
  it('trusts Google alone when configuration names no issuer', () => {
    expect(parseTrustedIssuers(undefined)).toEqual([{ issuer: GOOGLE_ISSUER }]);
  });

  it('always keeps Google next to the configured issuers', () => {
    const issuers = parseTrustedIssuers([
      {
        issuer: 'https://kubernetes.default.svc',
        jwksUri: 'https://cluster.example.com/openid/v1/jwks',
      },
    ]);
    expect(issuers.map((entry) => entry.issuer)).toEqual([
      GOOGLE_ISSUER,
      'https://kubernetes.default.svc',
    ]);
  });

  it('keeps a per-issuer audience', () => {
    const [, ci] = parseTrustedIssuers([
      { issuer: 'https://token.actions.githubusercontent.com', audience: 'ar-pull' },
    ]);
    expect(ci).toEqual({
      issuer: 'https://token.actions.githubusercontent.com',
      audience: 'ar-pull',
    });
  });

  it.each([
    { name: 'a list that is not an array', json: { issuer: 'x' }, field: '(root)' },
    {
      name: 'a plain-http JWKS URL off loopback',
      json: [{ issuer: 'https://k8s', jwksUri: 'http://k8s.example.com/jwks' }],
      field: '[0].jwksUri',
    },
    {
      name: 'a JWKS URL with credentials',
      json: [{ issuer: 'https://k8s', jwksUri: 'https://u:p@k8s.example.com/jwks' }],
      field: '[0].jwksUri',
    },
    {
      name: 'a non-URL issuer without jwksUri (no discovery possible)',
      json: [{ issuer: 'kubernetes/serviceaccount' }],
      field: '[0].jwksUri',
    },
    {
      name: 'a JWKS URL for Google',
      json: [{ issuer: 'accounts.google.com', jwksUri: 'https://example.com/jwks' }],
      field: '[0].jwksUri',
    },
    {
      name: 'the same issuer twice',
      json: [{ issuer: 'https://a.example' }, { issuer: 'https://a.example' }],
      field: '[1].issuer',
    },
    {
      name: 'an unknown member',
      json: [{ issuer: 'https://a.example', jwks: 'https://a.example/jwks' }],
      field: '[0]',
    },
  ])('refuses $name, naming the field', ({ json, field }) => {
    let thrown: unknown;
    try {
      parseTrustedIssuers(json);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(
      (thrown as ConfigError).problems.some((problem) =>
        problem.startsWith(`AUTH_TRUSTED_ISSUERS: ${field}:`),
      ),
    ).toBe(true);
  });
});
