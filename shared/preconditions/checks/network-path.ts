import { cloudNatCommands, enablePrivateGoogleAccessCommand } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import type { FieldPath } from '../../problems';
import { invalidImageDraft, type PreconditionCheck } from './common';

/** Hosts Private Google Access reaches: Artifact Registry (`*.pkg.dev`) and the gcr.io family. */
const GOOGLE_REGISTRY_HOST = /(^|\.)(pkg\.dev|gcr\.io)$/;

/**
 * `network-path`: nodes without external IPs reach `*.pkg.dev` / `gcr.io` only through Private
 * Google Access, and registries outside Google only through Cloud NAT.
 */
export const checkNetworkPath: PreconditionCheck = (context): CheckDraft => {
  const id = 'network-path' as const;
  if (context.imageError || !context.image) return invalidImageDraft(id);
  const host = context.image.registry;
  const google = context.ar !== null || GOOGLE_REGISTRY_HOST.test(host.split(':')[0] ?? host);
  const { privateNodes, privateGoogleAccess, cloudNat } = context.cluster;
  const evidence = {
    source: 'request',
    host,
    googleHost: google,
    privateNodes: privateNodes ?? null,
    privateGoogleAccess: privateGoogleAccess ?? null,
    cloudNat: cloudNat ?? null,
  };
  const unknown = (
    messageId:
      | 'networkPath.privateNodesMissing'
      | 'networkPath.privateGoogleAccessMissing'
      | 'networkPath.cloudNatMissing',
    field: FieldPath,
  ): CheckDraft => ({
    id,
    status: 'unknown',
    message: { id: messageId, params: { host } },
    evidence,
    missing: [field],
    remediation: null,
  });
  if (privateNodes === undefined)
    return unknown('networkPath.privateNodesMissing', ['cluster', 'privateNodes']);
  if (!privateNodes) {
    return {
      id,
      status: 'pass',
      message: { id: 'networkPath.publicNodes', params: { host } },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  // Private nodes leave through one way or the other, depending on whose registry it is.
  const way = google
    ? {
        open: privateGoogleAccess,
        missing: [
          'networkPath.privateGoogleAccessMissing',
          ['cluster', 'privateGoogleAccess'],
        ] as const,
        passId: 'networkPath.privateGoogleAccess' as const,
        failId: 'networkPath.noPrivateGoogleAccess' as const,
        summaryId: 'networkPath.noPrivateGoogleAccess.summary' as const,
        commands: () => [enablePrivateGoogleAccessCommand(context.cluster)],
        docs: [DOCS.privateGoogleAccess],
      }
    : {
        open: cloudNat,
        missing: ['networkPath.cloudNatMissing', ['cluster', 'cloudNat']] as const,
        passId: 'networkPath.cloudNat' as const,
        failId: 'networkPath.noCloudNat' as const,
        summaryId: 'networkPath.noCloudNat.summary' as const,
        commands: () => cloudNatCommands(context.cluster),
        docs: [DOCS.cloudNat],
      };
  if (way.open === undefined) return unknown(way.missing[0], way.missing[1]);
  if (way.open) {
    return {
      id,
      status: 'pass',
      message: { id: way.passId, params: { host } },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  return {
    id,
    status: 'fail',
    message: { id: way.failId, params: { host } },
    evidence,
    missing: [],
    remediation: { summary: { id: way.summaryId }, commands: way.commands(), docs: way.docs },
  };
};
