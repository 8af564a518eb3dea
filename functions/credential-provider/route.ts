import { createRoute, z } from '@hono/zod-openapi';
import { INVALID_TOKEN_REASONS } from '../../shared/caller-auth';
import {
  CACHE_EXPIRY_MARGIN_SECONDS,
  CREDENTIAL_PROVIDER_API_VERSION,
  CredentialProviderRequestSchema,
  CredentialProviderResponseSchema,
  DEFAULT_CACHE_DURATION,
  KUBELET_CONFIG_API_VERSION,
  KUBELET_MATCH_IMAGES,
  KubeletAudienceSchema,
  KubeletSetupSchema,
  NODE_AUDIENCE_RBAC_NAME,
  PLUGIN_NAME,
  REQUEST_TOKEN_AUDIENCE_VERB,
  SERVICE_URL_ENV,
} from '../../shared/credential-provider';
import { PROBLEM_MEDIA_TYPE } from '../http/problem-document';
import { problemExample, problemResponses, ProblemSchema } from '../http/schemas';

/** The YAML answers (RFC 9512): the kubelet's config file, and RBAC for `kubectl apply -f -`. */
export const YAML_MEDIA_TYPE = 'application/yaml';

const EXAMPLE_SERVICE = 'https://gke-pull-assistant-abc123-uc.a.run.app';
const EXAMPLE_IMAGE = 'us-docker.pkg.dev/my-project/my-repo/team/app:1.4.2';
const EXAMPLE_SUBJECT = 'system:serviceaccount:apps:web';

// The domain's shapes, named as components here: rebuilt from `.shape` so the names do not depend
// on whether the domain module was loaded before this package extended zod.
export const KubeletCredentialRequestSchema = z
  .object(CredentialProviderRequestSchema.shape)
  .openapi('CredentialProviderRequest', {
    description:
      '`credentialprovider.kubelet.k8s.io/v1` `CredentialProviderRequest`, exactly as the kubelet writes it to the plugin (https://kubernetes.io/docs/reference/config-api/kubelet-credentialprovider.v1/). Unknown members are ignored.',
  });

export const KubeletCredentialResponseSchema = z
  .strictObject(CredentialProviderResponseSchema.shape)
  .openapi('CredentialProviderResponse', {
    description:
      '`credentialprovider.kubelet.k8s.io/v1` `CredentialProviderResponse`, what the plugin prints for the kubelet.',
  });

const problems = problemResponses([401, 403, 502, 503, 504], { hasBody: true });

export const provideKubeletCredentialRoute = createRoute({
  method: 'post',
  path: '/v1/credential-provider',
  operationId: 'provideKubeletCredential',
  tags: ['Credentials'],
  summary: 'Answer a kubelet image credential provider request',
  description: `The service side of the kubelet exec plugin \`${PLUGIN_NAME}\` (\`deploy/kubelet/\`): the plugin forwards the kubelet's \`CredentialProviderRequest\` from stdin and prints this answer to stdout.

\`serviceAccountToken\` (sent by a 1.34+ kubelet configured with \`tokenAttributes\`) is the caller's OIDC ID token: it is verified before anything else in the body is read, exactly as \`/v1/tokens\` verifies \`Authorization\` (a trusted issuer — the cluster's service-account issuer —, the audience, expiry, signature), then the Pod's service account (\`sub\` = \`system:serviceaccount:NAMESPACE:NAME\`) is authorized for pull on the image's repository by the access policy, and a credential minted as \`/v1/tokens\` mints it. The token is never logged.

The answer covers the authorized repository (\`auth\` key \`host/path\`, user \`oauth2accesstoken\`), is cached by the kubelet per image (\`cacheKeyType: Image\`) and for at most the credential's remaining life less ${CACHE_EXPIRY_MARGIN_SECONDS} s (\`cacheDuration\`). Refusals are problem documents; the plugin prints their \`code\` and \`detail\` on one line of stderr and exits non-zero.`,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: KubeletCredentialRequestSchema,
          example: {
            apiVersion: CREDENTIAL_PROVIDER_API_VERSION,
            kind: 'CredentialProviderRequest',
            image: EXAMPLE_IMAGE,
            serviceAccountToken: 'eyJhbGciOiJSUzI1NiIsImtpZCI6…',
            serviceAccountAnnotations: {},
          },
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The credential, as the kubelet reads it. Never cached by HTTP intermediaries.',
      content: {
        'application/json': {
          schema: KubeletCredentialResponseSchema,
          example: {
            apiVersion: CREDENTIAL_PROVIDER_API_VERSION,
            kind: 'CredentialProviderResponse',
            cacheKeyType: 'Image',
            cacheDuration: '54m0s',
            auth: {
              'us-docker.pkg.dev/my-project/my-repo': {
                username: 'oauth2accesstoken',
                password: 'ya29.c.b0Aaek…',
              },
            },
          },
        },
      },
    },
    ...problems,
    401: {
      description:
        '`UNAUTHENTICATED`: no `serviceAccountToken`, or one that does not verify (malformed, unsigned, expired, wrong audience, untrusted issuer, unknown key, bad signature).',
      content: {
        [PROBLEM_MEDIA_TYPE]: {
          schema: ProblemSchema,
          example: problemExample('UNAUTHENTICATED', INVALID_TOKEN_REASONS.wrongAudience),
        },
      },
    },
    403: {
      description:
        '`PERMISSION_DENIED` (the access policy does not let this service account pull from the repository) or `IMPERSONATION_DENIED` (IAM refused to let the service impersonate the puller account).',
      content: {
        [PROBLEM_MEDIA_TYPE]: {
          schema: ProblemSchema,
          example: problemExample(
            'PERMISSION_DENIED',
            `The caller subject "${EXAMPLE_SUBJECT}" of issuer "https://k8s.example.internal" is not allowed to pull "us-docker.pkg.dev/my-project/my-repo". Ask the operator of this service to grant it in the access policy.`,
          ),
        },
      },
    },
  },
});

const yamlAnswer = (description: string, example: string) => ({
  description,
  content: {
    [YAML_MEDIA_TYPE]: { schema: z.string().openapi({ description }), example },
  },
});

const configExample = `# Kubelet image credential provider of gke-pull-assistant at ${EXAMPLE_SERVICE} (Kubernetes 1.34 or later). …
apiVersion: ${KUBELET_CONFIG_API_VERSION}
kind: CredentialProviderConfig
providers:
  - name: ${PLUGIN_NAME}
    matchImages:
${KUBELET_MATCH_IMAGES.map((pattern) => `      - "${pattern}"`).join('\n')}
    defaultCacheDuration: ${DEFAULT_CACHE_DURATION}
    apiVersion: ${CREDENTIAL_PROVIDER_API_VERSION}
    env:
      - name: ${SERVICE_URL_ENV}
        value: ${EXAMPLE_SERVICE}
    tokenAttributes:
      serviceAccountTokenAudience: ${EXAMPLE_SERVICE}
      cacheType: ServiceAccount
      requireServiceAccount: true
`;

const rbacExample = `# Lets every kubelet (group system:nodes) request service-account tokens for the audience ${EXAMPLE_SERVICE}, …
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ${NODE_AUDIENCE_RBAC_NAME}
rules:
  - apiGroups:
      - ""
    resources:
      - ${EXAMPLE_SERVICE}
    verbs:
      - ${REQUEST_TOKEN_AUDIENCE_VERB}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
…
`;

export const kubeletConfigRoute = createRoute({
  method: 'get',
  path: '/v1/credential-provider/config',
  operationId: 'getKubeletCredentialProviderConfig',
  tags: ['Credentials'],
  summary: "The kubelet's CredentialProviderConfig for the plugin",
  description: `The file for the kubelet's \`--image-credential-provider-config\` (\`${KUBELET_CONFIG_API_VERSION}\`), for Kubernetes 1.34 or later: the plugin \`${PLUGIN_NAME}\` for ${KUBELET_MATCH_IMAGES.map((pattern) => `\`${pattern}\``).join(', ')}, the service URL in its environment (\`${SERVICE_URL_ENV}\`), and complete \`tokenAttributes\` (\`serviceAccountTokenAudience\`, \`cacheType: ServiceAccount\` — the credential depends on the service account, never on the Pod —, \`requireServiceAccount: true\`). \`deploy/kubelet/credential-provider-config.yaml\` is the same file for the example URL.`,
  request: { query: KubeletSetupSchema },
  responses: {
    200: yamlAnswer('The CredentialProviderConfig, as YAML.', configExample),
    ...problemResponses([400, 406]),
  },
});

export const kubeletRbacRoute = createRoute({
  method: 'get',
  path: '/v1/credential-provider/rbac',
  operationId: 'getKubeletCredentialProviderRbac',
  tags: ['Credentials'],
  summary: 'The RBAC that lets kubelets request tokens for the audience',
  description: `With the service-account node audience restriction (beta and on by default since Kubernetes 1.33) a kubelet may request service-account tokens only for audiences its Pods already use, unless RBAC grants the verb \`${REQUEST_TOKEN_AUDIENCE_VERB}\` on the audience. This is that grant, to the group \`system:nodes\`, for \`kubectl apply -f -\`. \`deploy/kubelet/node-audience-rbac.yaml\` is the same for the example audience.`,
  request: { query: KubeletAudienceSchema },
  responses: {
    200: yamlAnswer('A ClusterRole and its ClusterRoleBinding, as a YAML stream.', rbacExample),
    ...problemResponses([400, 406]),
  },
});
