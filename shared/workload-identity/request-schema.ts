import { z } from 'zod';
import { DNS1123_LABEL, DNS1123_SUBDOMAIN } from '../credentials';
import { parseServiceUrl } from '../credential-provider';
import { PROJECT_ID_PATTERN, PROJECT_NUMBER_PATTERN, parseRepositoryReference } from '../image-ref';
import { isAppError, parsedBy } from '../problems';
import {
  checkSubjectLength,
  JwksSchema,
  parseIssuerUri,
  parseNamespace,
  parsePoolId,
  parseProjectId,
  parseProjectNumber,
  parseProviderId,
  parseServiceAccountName,
  POOL_ID_PATTERN,
} from './ids';

/**
 * The request of a federation plan. Each rule is the domain's own (`parsedBy`), so a refusal
 * keeps the domain's detail (the rule and its source) and path; the patterns put the same rules
 * into the contract.
 */
export const FederationPlanRequestSchema = z
  .strictObject({
    issuerUri: z
      .string()
      .max(2048)
      .superRefine(parsedBy((value: string) => parseIssuerUri(value)))
      .meta({
        description:
          "The cluster's service-account issuer (`kubectl get --raw /.well-known/openid-configuration`, `issuer`): an https URL.",
        example: 'https://k8s.example.internal',
      }),
    jwks: JwksSchema.optional(),
    projectNumber: z
      .string()
      .regex(PROJECT_NUMBER_PATTERN)
      .superRefine(parsedBy((value: string) => parseProjectNumber(value)))
      .meta({ description: 'Number of the project that holds the pool.', example: '123456789012' }),
    projectId: z
      .string()
      .max(100)
      .regex(PROJECT_ID_PATTERN)
      .superRefine(parsedBy((value: string) => parseProjectId(value)))
      .meta({ description: 'ID of the project that holds the pool.', example: 'platform-prod' }),
    poolId: z
      .string()
      .regex(POOL_ID_PATTERN)
      .superRefine(parsedBy((value: string) => parsePoolId(value)))
      .meta({
        description: '4–32 of `[a-z0-9-]`, not starting with `gcp-`.',
        example: 'on-prem-clusters',
      }),
    providerId: z
      .string()
      .regex(POOL_ID_PATTERN)
      .superRefine(parsedBy((value: string) => parseProviderId(value)))
      .meta({
        description: '4–32 of `[a-z0-9-]`, not starting with `gcp-`.',
        example: 'cluster-a',
      }),
    namespace: z
      .string()
      .max(63)
      .regex(DNS1123_LABEL)
      .superRefine(parsedBy((value: string) => parseNamespace(value)))
      .meta({ description: 'Namespace of the Kubernetes service account.', example: 'apps' }),
    serviceAccount: z
      .string()
      .max(253)
      .regex(DNS1123_SUBDOMAIN)
      .superRefine(parsedBy((value: string) => parseServiceAccountName(value)))
      .meta({ description: 'Name of the Kubernetes service account.', example: 'web' }),
    repository: z
      .string()
      .max(4096)
      .superRefine(parsedBy((value: string) => parseRepositoryReference(value)))
      .meta({
        description:
          'The Artifact Registry repository (`LOCATION-docker.pkg.dev/PROJECT/REPOSITORY`).',
        example: 'us-docker.pkg.dev/registry-project/team-images',
      }),
    serviceUrl: z
      .string()
      .superRefine(parsedBy((value: string) => parseServiceUrl(value)))
      .optional()
      .meta({
        description:
          "This service's URL, written into the kubelet credential provider step; without it the step carries the placeholder `SERVICE_URL`.",
        example: 'https://gke-pull-assistant-abc123-uc.a.run.app',
      }),
  })
  .superRefine((request, context) => {
    // google.subject is made of both names; checked once each is valid on its own.
    try {
      checkSubjectLength(request.namespace, request.serviceAccount);
    } catch (error) {
      if (!isAppError(error)) throw error;
      context.addIssue({
        code: 'custom',
        path: ['serviceAccount'],
        message: error.message,
        params: { appError: error },
      });
    }
  });

export type FederationPlanRequest = z.output<typeof FederationPlanRequestSchema>;
