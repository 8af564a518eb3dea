import { z } from 'zod';
import { callGoogle, type CallOutcome } from './call';
import type { GoogleApiRequester } from './requester';

/**
 * IAM Policy Troubleshooter v3 (`POST /v3/iam:troubleshoot`): does a principal have a permission
 * on a resource, and which binding gives it. Field names follow the proto3 JSON mapping of
 * google/cloud/policytroubleshooter/iam/v3/troubleshooter.proto.
 */
export const OVERALL_ACCESS_STATES = [
  'CAN_ACCESS',
  'CANNOT_ACCESS',
  'UNKNOWN_INFO',
  'UNKNOWN_CONDITIONAL',
] as const;
/**
 * The enum's zero value. proto3 JSON leaves a field at its default out, so an answer without
 * `overallAccessState` says this (Google did not decide), not that the answer is broken; a
 * value this service does not know yet is read the same way.
 */
export const UNSPECIFIED_ACCESS_STATE = 'OVERALL_ACCESS_STATE_UNSPECIFIED';
export type OverallAccessState =
  (typeof OVERALL_ACCESS_STATES)[number] | typeof UNSPECIFIED_ACCESS_STATE;

function accessStateOf(value: string | undefined): OverallAccessState {
  return (OVERALL_ACCESS_STATES as readonly string[]).includes(value ?? '')
    ? (value as OverallAccessState)
    : UNSPECIFIED_ACCESS_STATE;
}

const MembershipSchema = z.object({ membership: z.string().optional() }).loose();
const BindingExplanationSchema = z
  .object({
    allowAccessState: z.string().optional(),
    role: z.string().optional(),
    rolePermission: z.string().optional(),
    combinedMembership: MembershipSchema.optional(),
    memberships: z.record(z.string(), MembershipSchema).optional(),
    condition: z
      .object({ expression: z.string().optional(), title: z.string().optional() })
      .loose()
      .optional(),
  })
  .loose();

export const TroubleshootResponseSchema = z
  .object({
    overallAccessState: z.string().optional(),
    allowPolicyExplanation: z
      .object({
        allowAccessState: z.string().optional(),
        explainedPolicies: z
          .array(
            z
              .object({
                allowAccessState: z.string().optional(),
                fullResourceName: z.string().optional(),
                bindingExplanations: z.array(BindingExplanationSchema).optional(),
              })
              .loose(),
          )
          .optional(),
      })
      .loose()
      .optional(),
    denyPolicyExplanation: z.object({ denyAccessState: z.string().optional() }).loose().optional(),
  })
  .loose();

export interface GrantingBinding {
  role: string;
  /** The member of the binding that includes the principal (`serviceAccount:…`, `group:…`). */
  member: string | null;
  /** Full resource name of the policy holding the binding (repository, project, folder, org). */
  resource: string | null;
  condition: string | null;
}

export interface AccessFinding {
  state: OverallAccessState;
  /** `ALLOW_ACCESS_STATE_*` of the allow policies, as Google reported it. */
  allowAccessState: string | null;
  /** `DENY_ACCESS_STATE_*` of the deny policies, as Google reported it. */
  denyAccessState: string | null;
  grantingBinding: GrantingBinding | null;
}

export interface AccessTuple {
  principal: string;
  fullResourceName: string;
  permission: string;
}

function grantingBindingOf(
  response: z.infer<typeof TroubleshootResponseSchema>,
): GrantingBinding | null {
  for (const policy of response.allowPolicyExplanation?.explainedPolicies ?? []) {
    for (const binding of policy.bindingExplanations ?? []) {
      if (binding.allowAccessState !== 'ALLOW_ACCESS_STATE_GRANTED') continue;
      const member = Object.entries(binding.memberships ?? {}).find(
        ([, m]) => m.membership === 'MEMBERSHIP_MATCHED',
      );
      return {
        role: binding.role ?? '',
        member: member?.[0] ?? null,
        resource: policy.fullResourceName ?? null,
        condition: binding.condition?.expression ?? null,
      };
    }
  }
  return null;
}

export async function troubleshootAccess(
  requester: GoogleApiRequester,
  baseUrl: string,
  accessTuple: AccessTuple,
  timeoutMs: number,
): Promise<CallOutcome<AccessFinding>> {
  const outcome = await callGoogle<unknown>(
    requester,
    {
      url: `${baseUrl.replace(/\/+$/, '')}/v3/iam:troubleshoot`,
      method: 'POST',
      data: { accessTuple },
    },
    timeoutMs,
  );
  if (!outcome.ok) return outcome;
  const parsed = TroubleshootResponseSchema.safeParse(outcome.data);
  if (!parsed.success) return { ok: false, reason: 'unexpected', status: outcome.status };
  return {
    ok: true,
    status: outcome.status,
    data: {
      state: accessStateOf(parsed.data.overallAccessState),
      allowAccessState: parsed.data.allowPolicyExplanation?.allowAccessState ?? null,
      denyAccessState: parsed.data.denyPolicyExplanation?.denyAccessState ?? null,
      grantingBinding: grantingBindingOf(parsed.data),
    },
  };
}
