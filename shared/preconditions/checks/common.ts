/**
 * Helpers every check shares: the check signature, the gate of the private Artifact Registry
 * checks, and the drafts for an invalid image, a registry outside Artifact Registry and an unknown
 * node service account. What live answers mean is in live-iam.ts.
 */
import type { ArtifactRegistryImage } from '../../image-ref';
import { isGoogleRunRegistryHost } from '../../registry-hosts';
import { describeNodeConfigCommand } from '../commands';
import type { EvaluationContext } from '../context';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import type { LiveFindings } from '../live/ask';
import type { FieldPath } from '../../problems';
import type { CheckId } from '../types';

/** A check: a pure function from the evaluation facts (and live answers, if asked) to a draft. */
export type PreconditionCheck = (
  context: EvaluationContext,
  live: LiveFindings | null,
) => CheckDraft;

export function repositoryNameOf(ar: ArtifactRegistryImage): string {
  return `projects/${ar.projectId}/locations/${ar.location}/repositories/${ar.repository}`;
}

export function invalidImageDraft(id: CheckId): CheckDraft {
  return {
    id,
    status: 'unknown',
    message: { id: 'common.invalidImage' },
    evidence: { source: 'request', imageValid: false },
    missing: [],
    remediation: null,
  };
}

/**
 * Not applicable off Artifact Registry. Google's other registries (`marketplace.gcr.io`,
 * `k8s.gcr.io`, …) still receive the nodes' credentials, and the message says so.
 */
export function notArtifactRegistryDraft(id: CheckId, registry: string): CheckDraft {
  const googleRunRegistry = isGoogleRunRegistryHost(registry);
  return {
    id,
    status: 'not-applicable',
    message: {
      id: googleRunRegistry ? 'common.googleRegistryHost' : 'common.notArtifactRegistry',
      params: { registry },
    },
    evidence: { source: 'request', registry, artifactRegistry: false, googleRunRegistry },
    missing: [],
    remediation: null,
  };
}

/** Whether the repository is public, from Google when it was asked and answered, else from the request. */
export function effectivePublic(
  context: EvaluationContext,
  live: LiveFindings | null,
): { public: boolean | undefined; source: 'live' | 'request' } {
  const answer = live?.repositoryPolicy;
  if (answer?.ok) return { public: answer.value.public ?? undefined, source: 'live' };
  return { public: context.repositoryPublic, source: 'request' };
}

/**
 * The preamble shared by the checks that only concern private Artifact Registry pulls: they are
 * unknown for an invalid image, not applicable off Artifact Registry or for a public repository.
 */
export function privateArtifactRegistryGate(
  id: CheckId,
  context: EvaluationContext,
  live: LiveFindings | null,
): { draft: CheckDraft } | { ar: ArtifactRegistryImage } {
  if (context.imageError || !context.image) return { draft: invalidImageDraft(id) };
  const ar = context.ar;
  if (!ar) return { draft: notArtifactRegistryDraft(id, context.image.registry) };
  const visibility = effectivePublic(context, live);
  if (visibility.public === true) {
    const repository = repositoryNameOf(ar);
    return {
      draft: {
        id,
        status: 'not-applicable',
        message: { id: 'common.publicRepository', params: { repository } },
        evidence: { source: visibility.source, repository, public: true },
        missing: [],
        remediation: null,
      },
    };
  }
  return { ar };
}

export function missingNodeServiceAccountDraft(
  id: CheckId,
  context: EvaluationContext,
): CheckDraft {
  return {
    id,
    status: 'unknown',
    message: { id: 'nodeServiceAccount.missing' },
    evidence: { source: 'request' },
    missing: [['cluster', 'nodeServiceAccount']],
    remediation: {
      summary: { id: 'iam.lookUp.summary' },
      commands: [describeNodeConfigCommand(context.cluster, 'config.serviceAccount')],
      docs: [DOCS.integrateGke],
    },
  };
}

/**
 * The request field a check's grant command still needs: the default service account's address
 * is `PROJECT_NUMBER-compute@…`, so without `projectNumber` every command naming it holds a
 * placeholder.
 */
export function nodeAccountMissing(context: EvaluationContext): FieldPath[] {
  return context.node && !context.node.emailKnown ? [['cluster', 'projectNumber']] : [];
}
