import { createRepositoryCommand, describeRepositoryCommand } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { PULL_PERMISSION } from '../roles';
import {
  invalidImageDraft,
  notArtifactRegistryDraft,
  repositoryNameOf,
  type PreconditionCheck,
} from './common';
import { liveFailureDraft } from './live-iam';

/** `public-repository`: a public repository needs no credentials, and the IAM checks are skipped. */
export const checkPublicRepository: PreconditionCheck = (context, live): CheckDraft => {
  const id = 'public-repository' as const;
  if (context.imageError || !context.image) return invalidImageDraft(id);
  const ar = context.ar;
  if (!ar) return notArtifactRegistryDraft(id, context.image.registry);
  const repository = repositoryNameOf(ar);
  const target = { repository: ar.repository, location: ar.location, projectId: ar.projectId };
  const answer = live?.repositoryPolicy;
  if (answer && !answer.ok) {
    if (answer.failure.reason === 'not-found') {
      return {
        id,
        status: 'fail',
        message: { id: 'publicRepository.live.notFound', params: { repository } },
        evidence: { source: 'live', repository, exists: false, httpStatus: answer.failure.status },
        missing: [],
        remediation: {
          summary: { id: 'publicRepository.live.notFound.summary' },
          commands: [createRepositoryCommand(target)],
          docs: [DOCS.dockerNames],
        },
      };
    }
    // Artifact Registry answers 403 "(or it may not exist)" to a caller it will not tell.
    return liveFailureDraft(
      id,
      answer.failure,
      { repository },
      { resource: repository, existenceCommand: describeRepositoryCommand(target) },
    );
  }
  if (answer?.ok) {
    const { public: isPublic, binding } = answer.value;
    const evidence = { source: 'live', repository, public: isPublic, binding };
    if (isPublic === true && binding) {
      return {
        id,
        status: 'pass',
        message: {
          id: 'publicRepository.live.public',
          params: { repository, member: binding.member, role: binding.role },
        },
        evidence,
        missing: [],
        remediation: null,
      };
    }
    if (isPublic === null && binding) {
      return {
        id,
        status: 'unknown',
        message: {
          id: 'publicRepository.live.undecided',
          params: {
            repository,
            member: binding.member,
            role: binding.role,
            permission: PULL_PERMISSION,
          },
        },
        evidence,
        missing: [],
        remediation: null,
      };
    }
    return {
      id,
      status: 'not-applicable',
      message: { id: 'publicRepository.live.private', params: { repository } },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  const given = context.repositoryPublic;
  const evidence = { source: 'request', repository, public: given ?? null };
  if (given === true) {
    return {
      id,
      status: 'pass',
      message: { id: 'publicRepository.public', params: { repository } },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  if (given === false) {
    return {
      id,
      status: 'not-applicable',
      message: { id: 'publicRepository.private', params: { repository } },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  return {
    id,
    status: 'unknown',
    message: { id: 'publicRepository.unknown', params: { repository } },
    evidence,
    missing: [['repository', 'public']],
    remediation: null,
  };
};
