/**
 * A Kubernetes service-account token issuer on 127.0.0.1, as a cluster's API server is one: its
 * `iss` is the cluster's issuer URL (`--service-account-issuer`, e.g.
 * `https://kubernetes.default.svc.cluster.local`), its keys are served as the JWKS of
 * `/openid/v1/jwks` (here `jwksUri`), and it signs bound tokens shaped like the TokenRequest API's
 * (https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#bound-service-account-tokens):
 *
 *   { "aud": [AUDIENCE], "exp", "iat", "nbf", "iss", "jti",
 *     "kubernetes.io": { "namespace", "node": {name, uid}, "pod": {name, uid},
 *                        "serviceaccount": {name, uid} },
 *     "sub": "system:serviceaccount:NAMESPACE:NAME" }
 *
 * The kubelet requests such a token for the Pod being pulled for and hands it to the credential
 * provider plugin (`tokenAttributes`). Built on the OIDC issuer fake, so every token is recorded
 * as a secret no log may show.
 */
import { randomUUID } from 'node:crypto';
import { startFakeOidcIssuer, type FakeOidcIssuer } from './oidc-issuer';

export const DEFAULT_KUBERNETES_ISSUER = 'https://kubernetes.default.svc.cluster.local';

export interface ServiceAccountTokenOptions {
  namespace: string;
  serviceAccount: string;
  audience: string;
  pod?: string;
  node?: string;
  /** Lifetime in seconds; default 3600 (the kubelet asks for an hour). */
  expirationSeconds?: number;
  /** Claims replacing or added to the standard ones (`{ exp: … }` for an expired token). */
  claims?: Record<string, unknown>;
}

export interface FakeKubernetesIssuer {
  issuer: string;
  jwksUri: string;
  /** The `AUTH_TRUSTED_ISSUERS` entry that trusts this cluster. */
  trustedIssuer: { issuer: string; jwksUri: string };
  /** A signed bound service-account token for a Pod of the service account. */
  serviceAccountToken(options: ServiceAccountTokenOptions): string;
  /** The OIDC issuer underneath (unsigned and tampered tokens, key rotation). */
  oidc: FakeOidcIssuer;
  close(): Promise<void>;
}

export function serviceAccountSubject(namespace: string, name: string): string {
  return `system:serviceaccount:${namespace}:${name}`;
}

export async function startFakeKubernetesIssuer(
  options: { issuer?: string; now?: () => number } = {},
): Promise<FakeKubernetesIssuer> {
  const oidc = await startFakeOidcIssuer({
    issuer: options.issuer ?? DEFAULT_KUBERNETES_ISSUER,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const now = options.now ?? Date.now;
  return {
    issuer: oidc.issuer,
    jwksUri: oidc.jwksUri,
    trustedIssuer: { issuer: oidc.issuer, jwksUri: oidc.jwksUri },
    serviceAccountToken(token) {
      const seconds = Math.floor(now() / 1000);
      const pod = token.pod ?? `${token.serviceAccount}-7d9c5b8f6-x2x4q`;
      return oidc.mint({
        aud: [token.audience],
        iat: seconds,
        nbf: seconds,
        exp: seconds + (token.expirationSeconds ?? 3600),
        sub: serviceAccountSubject(token.namespace, token.serviceAccount),
        'kubernetes.io': {
          namespace: token.namespace,
          node: { name: token.node ?? 'node-a', uid: randomUUID() },
          pod: { name: pod, uid: randomUUID() },
          serviceaccount: { name: token.serviceAccount, uid: randomUUID() },
        },
        ...token.claims,
      });
    },
    oidc,
    close: () => oidc.close(),
  };
}
