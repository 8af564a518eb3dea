import { resolveDigestCommand } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { isGoogleRunRegistryHost } from '../../registry-hosts';
import type { PreconditionCheck } from './common';

/**
 * `image-reference`: valid, on Artifact Registry, pinned by digest (warn when not). Off Artifact
 * Registry: Google's other registries get the nodes' credentials (a frozen one is a warn naming
 * its successor); any other registry needs imagePullSecrets for a private image.
 */
export const checkImageReference: PreconditionCheck = (context): CheckDraft => {
  const id = 'image-reference' as const;
  const error = context.imageError;
  if (error || !context.image) {
    const code = error?.code ?? 'INVALID_REFERENCE';
    const detail = error?.detail ?? '';
    // The domain path of the refused field; the HTTP layer shows it as a JSON Pointer.
    return {
      id,
      status: 'fail',
      message: { id: 'imageReference.invalid', params: { code, detail } },
      evidence: { source: 'request', code, detail, pointer: error?.path ?? null },
      missing: [],
      remediation: {
        summary: { id: 'imageReference.invalid.summary' },
        commands: [],
        docs: [DOCS.dockerNames],
      },
    };
  }
  const image = context.image;
  const ar = context.ar;
  const evidence = {
    source: 'request',
    normalized: image.normalized,
    registry: image.registry,
    repository: image.repository,
    tag: image.tag,
    digest: image.digest,
    pinned: image.digest !== null,
    artifactRegistry: ar,
    warnings: image.warnings.map((warning) => warning.code),
    googleRunRegistry: isGoogleRunRegistryHost(image.registry),
  };
  const legacy = image.warnings.find((warning) => warning.code === 'LEGACY_REGISTRY_HOST');
  if (legacy) {
    const { successor = '', replacement = '' } = legacy.params;
    return {
      id,
      status: 'warn',
      message: {
        id: 'imageReference.legacyRegistryHost',
        params: { reference: image.reference, registry: image.registry, successor, replacement },
      },
      evidence: { ...evidence, successor, replacement },
      missing: [],
      remediation: {
        summary: { id: 'imageReference.legacyRegistryHost.summary', params: { replacement } },
        commands: [],
        docs: [DOCS.k8sRegistryFreeze],
      },
    };
  }
  if (!ar && evidence.googleRunRegistry) {
    return {
      id,
      status: 'pass',
      message: {
        id: 'imageReference.googleRegistryHost',
        params: { reference: image.reference, registry: image.registry },
      },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  if (!ar) {
    return {
      id,
      status: 'warn',
      message: {
        id: 'imageReference.notArtifactRegistry',
        params: { reference: image.reference, registry: image.registry },
      },
      evidence,
      missing: [],
      remediation: {
        summary: {
          id: 'imageReference.notArtifactRegistry.summary',
          params: { registry: image.registry },
        },
        commands: [],
        docs: [DOCS.pullSecrets, DOCS.integrateGke],
      },
    };
  }
  if (image.digest !== null) {
    return {
      id,
      status: 'pass',
      message: {
        id: 'imageReference.pinned',
        params: { reference: image.reference, digest: image.digest },
      },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  const tag = image.tag ?? 'latest';
  return {
    id,
    status: 'warn',
    message: { id: 'imageReference.notPinned', params: { reference: image.reference, tag } },
    evidence,
    missing: [],
    remediation: {
      summary: { id: 'imageReference.notPinned.summary', params: { repository: image.repository } },
      commands: [resolveDigestCommand(image.repository, tag)],
      docs: [DOCS.pushingAndPulling],
    },
  };
};
