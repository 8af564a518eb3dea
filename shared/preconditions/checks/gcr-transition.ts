import type { MessageParams } from '../../i18n';
import { gcrTransitionCommands } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { PARTIAL_REDIRECTION_STATE, REDIRECTED_STATES } from '../live/gcr-transition';
import { READER_ROLE } from '../roles';
import { invalidImageDraft, repositoryNameOf, type PreconditionCheck } from './common';
import { liveFailureDraft } from './live-iam';

const ID = 'gcr-transition' as const;

/**
 * `gcr-transition`: since Container Registry's shutdown (March 18, 2025), `gcr.io/PROJECT/…`
 * (and `us.gcr.io`, `eu.gcr.io`, `asia.gcr.io`) is served only by the Artifact Registry
 * repository named after the host, in its multi-region, with redirection from Container Registry
 * on (https://cloud.google.com/artifact-registry/docs/transition/gcr-repositories). Access then
 * follows Artifact Registry roles on that repository, no longer Cloud Storage roles on
 * Container Registry's bucket (https://cloud.google.com/artifact-registry/docs/transition/map-roles).
 *
 * Never decisive on its own: offline it is `unknown`; live, `fail` only when Google says the
 * repository does not exist, `warn` when redirection is off or partial.
 */
export const checkGcrTransition: PreconditionCheck = (context, live): CheckDraft => {
  if (context.imageError || !context.image) return invalidImageDraft(ID);
  const ar = context.ar;
  if (!ar?.containerRegistryHost) {
    return {
      id: ID,
      status: 'not-applicable',
      message: { id: 'gcrTransition.notGcr', params: { registry: context.image.registry } },
      evidence: {
        source: 'request',
        registry: context.image.registry,
        containerRegistryHost: false,
      },
      missing: [],
      remediation: null,
    };
  }
  const target = { repository: ar.repository, location: ar.location, projectId: ar.projectId };
  const commands = gcrTransitionCommands(target);
  const params: MessageParams = {
    host: ar.host,
    repository: ar.repository,
    location: ar.location,
    projectId: ar.projectId,
    role: READER_ROLE,
  };
  const evidence = {
    host: ar.host,
    repository: repositoryNameOf(ar),
    location: ar.location,
    projectId: ar.projectId,
  };
  const docs = [DOCS.gcrRepositories, DOCS.gcrMapRoles, DOCS.gcrMigrate];
  const setUp = {
    summary: { id: 'gcrTransition.setUp.summary' as const, params },
    commands: [commands.create, commands.printIamPolicy, commands.enableRedirection],
    docs,
  };

  const answer = live?.gcrTransition;
  if (!answer) {
    return {
      id: ID,
      status: 'unknown',
      message: { id: 'gcrTransition.unknown', params },
      evidence: {
        ...evidence,
        source: 'request',
        repositoryExists: null,
        redirection: null,
        verifiableWith: 'live',
      },
      missing: [],
      remediation: setUp,
    };
  }

  const { repository, settings } = answer;
  const state = settings.ok ? settings.value.legacyRedirectionState : null;
  const pullPercent = settings.ok ? settings.value.pullPercent : null;
  const liveEvidence = {
    ...evidence,
    source: 'live',
    repositoryExists: repository.ok ? repository.value.exists : null,
    redirection: state,
    pullPercent,
  };
  if (repository.ok && !repository.value.exists) {
    return {
      id: ID,
      status: 'fail',
      message: { id: 'gcrTransition.live.missing', params },
      evidence: liveEvidence,
      missing: [],
      remediation: setUp,
    };
  }
  if (!repository.ok) return liveFailureDraft(ID, repository.failure, liveEvidence);
  if (!settings.ok) return liveFailureDraft(ID, settings.failure, liveEvidence);
  const stateParams = { ...params, state: state ?? '', pullPercent: pullPercent ?? 0 };
  if (state !== null && REDIRECTED_STATES.includes(state)) {
    return {
      id: ID,
      status: 'pass',
      message: { id: 'gcrTransition.live.redirected', params: stateParams },
      evidence: liveEvidence,
      missing: [],
      remediation: null,
    };
  }
  return {
    id: ID,
    status: 'warn',
    message: {
      id:
        state === PARTIAL_REDIRECTION_STATE
          ? 'gcrTransition.live.partial'
          : 'gcrTransition.live.notRedirected',
      params: stateParams,
    },
    evidence: liveEvidence,
    missing: [],
    remediation: {
      summary: { id: 'gcrTransition.redirect.summary', params },
      commands: [commands.printIamPolicy, commands.enableRedirection],
      docs,
    },
  };
};
