import { z } from 'zod';
import { ALL_USERS, ROLES_GRANTING_PULL } from '../roles';
import { callGoogle, type CallOutcome } from './call';
import type { GoogleApiRequester } from './requester';

/**
 * Artifact Registry `GET /v1/projects/P/locations/L/repositories/R:getIamPolicy` (google.iam.v1
 * Policy JSON), read for bindings to `allUsers`. Policy version 3 is requested so conditional
 * bindings are shown rather than hidden.
 */
export const IamPolicySchema = z
  .object({
    version: z.number().optional(),
    etag: z.string().optional(),
    bindings: z
      .array(
        z
          .object({
            role: z.string(),
            members: z.array(z.string()).optional(),
            condition: z.object({ expression: z.string().optional() }).loose().optional(),
          })
          .loose(),
      )
      .optional(),
  })
  .loose();

export interface RepositoryPolicyFinding {
  /** true: allUsers holds a predefined pull role unconditionally; null: only a custom or conditional binding. */
  public: boolean | null;
  binding: { role: string; member: string; condition: string | null } | null;
}

export interface RepositoryName {
  projectId: string;
  location: string;
  repository: string;
}

/** The repository's path in a REST URL: each segment percent-encoded (`example.com%3Amy-proj`). */
export function repositoryPath({ projectId, location, repository }: RepositoryName): string {
  return `projects/${encodeURIComponent(projectId)}/locations/${encodeURIComponent(location)}/repositories/${encodeURIComponent(repository)}`;
}

/**
 * The repository's IAM full resource name (https://cloud.google.com/iam/docs/full-resource-names),
 * as the Policy Troubleshooter matches it: literal, a domain-scoped project written
 * `example.com:my-proj`. A percent-encoded name names no resource Google knows.
 */
export function repositoryFullResourceName({
  projectId,
  location,
  repository,
}: RepositoryName): string {
  return `//artifactregistry.googleapis.com/projects/${projectId}/locations/${location}/repositories/${repository}`;
}

export function publicBindingOf(policy: z.infer<typeof IamPolicySchema>): RepositoryPolicyFinding {
  const toAllUsers = (policy.bindings ?? []).filter((b) => (b.members ?? []).includes(ALL_USERS));
  const decisive = toAllUsers.find((b) => ROLES_GRANTING_PULL.includes(b.role) && !b.condition);
  if (decisive)
    return { public: true, binding: { role: decisive.role, member: ALL_USERS, condition: null } };
  const other = toAllUsers[0];
  if (other) {
    return {
      public: null,
      binding: {
        role: other.role,
        member: ALL_USERS,
        condition: other.condition?.expression ?? null,
      },
    };
  }
  return { public: false, binding: null };
}

export async function getRepositoryPolicy(
  requester: GoogleApiRequester,
  baseUrl: string,
  name: RepositoryName,
  timeoutMs: number,
): Promise<CallOutcome<RepositoryPolicyFinding>> {
  const url = `${baseUrl.replace(/\/+$/, '')}/v1/${repositoryPath(name)}:getIamPolicy?options.requestedPolicyVersion=3`;
  const outcome = await callGoogle<unknown>(requester, { url, method: 'GET' }, timeoutMs);
  if (!outcome.ok) return outcome;
  const parsed = IamPolicySchema.safeParse(outcome.data);
  if (!parsed.success) return { ok: false, reason: 'unexpected', status: outcome.status };
  return { ok: true, status: outcome.status, data: publicBindingOf(parsed.data) };
}
