import type { MessageId } from '../../i18n';
import { DOCKER_HUB_DOMAIN, isServedByGoogleApis } from '../../registry-hosts';
import type { FieldPath } from '../../problems';
import {
  cloudNatCommands,
  dockerHubRemoteImage,
  dockerHubRepositoryCommands,
  enablePrivateGoogleAccessCommand,
  restrictedVipDnsCommands,
} from '../commands';
import type { EvaluationContext } from '../context';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { invalidImageDraft, type PreconditionCheck } from './common';

/**
 * Where the registry is, for the network: Google's (reached through Private Google Access or a
 * Public NAT gateway), Docker Hub (the internet, or GKE's mirror `mirror.gcr.io` for cached
 * images), or anywhere else on the internet (Cloud NAT only).
 */
type HostKind = 'google' | 'docker-hub' | 'internet';

/** How the pull leaves private nodes, when it can. */
type Way = 'external-ip' | 'private-google-access' | 'cloud-nat' | 'restricted-vip' | 'mirror';

const ID = 'network-path' as const;

/**
 * `network-path`: how the nodes reach the registry.
 * - Nodes with external IP addresses reach every registry.
 * - Private nodes reach Google APIs (`*.pkg.dev`, `gcr.io`) through Private Google Access, or
 *   through a Public NAT gateway serving their subnet
 *   (https://cloud.google.com/nat/docs/overview: Cloud NAT and Private Google Access).
 * - Inside a VPC Service Controls perimeter, only the restricted VIP 199.36.153.4/30 counts: the
 *   subnet needs Private Google Access and private DNS zones for `pkg.dev` and `gcr.io` that
 *   answer with it (https://cloud.google.com/vpc-service-controls/docs/set-up-private-connectivity,
 *   https://cloud.google.com/vpc-service-controls/docs/set-up-gke).
 * - Registries outside Google need Cloud NAT. For Docker Hub, GKE first asks `mirror.gcr.io`,
 *   which Private Google Access reaches and which serves cached popular images
 *   (https://cloud.google.com/artifact-registry/docs/pull-cached-dockerhub-images): without NAT
 *   that is a `warn`, not a `fail`.
 */
export const checkNetworkPath: PreconditionCheck = (context): CheckDraft => {
  if (context.imageError || !context.image) return invalidImageDraft(ID);
  const host = context.image.registry;
  const kind: HostKind =
    context.ar !== null || isServedByGoogleApis(host)
      ? 'google'
      : host === DOCKER_HUB_DOMAIN
        ? 'docker-hub'
        : 'internet';
  const cluster = context.cluster;
  const facts = {
    source: 'request',
    host,
    googleHost: kind === 'google',
    hostKind: kind,
    privateNodes: cluster.privateNodes ?? null,
    privateGoogleAccess: cluster.privateGoogleAccess ?? null,
    cloudNat: cluster.cloudNat ?? null,
    vpcServiceControls: cluster.vpcServiceControls ?? null,
    restrictedVipDns: cluster.restrictedVipDns ?? null,
  };
  const draft = (
    status: CheckDraft['status'],
    messageId: MessageId,
    way: Way | null,
    rest: Partial<Pick<CheckDraft, 'missing' | 'remediation'>> = {},
  ): CheckDraft => ({
    id: ID,
    status,
    message: { id: messageId, params: { host, image: context.image?.reference ?? host } },
    evidence: { ...facts, way },
    missing: rest.missing ?? [],
    remediation: rest.remediation ?? null,
  });

  if (cluster.privateNodes === undefined) {
    return draft('unknown', 'networkPath.privateNodesMissing', null, {
      missing: [['cluster', 'privateNodes']],
    });
  }
  if (!cluster.privateNodes) return draft('pass', 'networkPath.publicNodes', 'external-ip');
  switch (kind) {
    case 'google':
      return cluster.vpcServiceControls === true
        ? throughRestrictedVip(context, draft)
        : toGoogle(context, draft);
    case 'docker-hub':
      return toDockerHub(context, draft);
    case 'internet':
      return throughCloudNat(context, draft);
  }
};

type Draft = (
  status: CheckDraft['status'],
  messageId: MessageId,
  way: Way | null,
  rest?: Partial<Pick<CheckDraft, 'missing' | 'remediation'>>,
) => CheckDraft;

/** Private nodes, a Google registry, no perimeter: Private Google Access or Cloud NAT. */
function toGoogle(context: EvaluationContext, draft: Draft): CheckDraft {
  const { privateGoogleAccess, cloudNat } = context.cluster;
  if (privateGoogleAccess === true) {
    return draft('pass', 'networkPath.privateGoogleAccess', 'private-google-access');
  }
  if (cloudNat === true) return draft('pass', 'networkPath.cloudNatToGoogle', 'cloud-nat');
  const remediation = {
    summary: { id: 'networkPath.noPrivateGoogleAccess.summary' as const },
    commands: [enablePrivateGoogleAccessCommand(context.cluster)],
    docs: [DOCS.privateGoogleAccess, DOCS.cloudNat],
  };
  if (privateGoogleAccess === false && cloudNat === false) {
    return draft('fail', 'networkPath.noPrivateGoogleAccess', null, { remediation });
  }
  if (privateGoogleAccess === false) {
    return draft('unknown', 'networkPath.googleNeedsNat', null, {
      missing: [['cluster', 'cloudNat']],
      remediation,
    });
  }
  const missing: FieldPath[] = [['cluster', 'privateGoogleAccess']];
  if (cloudNat === undefined) missing.push(['cluster', 'cloudNat']);
  return draft('unknown', 'networkPath.privateGoogleAccessMissing', null, { missing });
}

/**
 * Private nodes, a Google registry, inside a VPC Service Controls perimeter: the restricted VIP,
 * which needs both Private Google Access and the DNS zones. Cloud NAT is no way in: the perimeter
 * extends only to hosts with private addresses that reach Google APIs through Private Google
 * Access (https://cloud.google.com/vpc-service-controls/docs/private-connectivity).
 */
function throughRestrictedVip(context: EvaluationContext, draft: Draft): CheckDraft {
  const { privateGoogleAccess, restrictedVipDns } = context.cluster;
  if (privateGoogleAccess === true && restrictedVipDns === true) {
    return draft('pass', 'networkPath.perimeter.restrictedVip', 'restricted-vip');
  }
  const commands = [
    ...(restrictedVipDns === true ? [] : restrictedVipDnsCommands(context.cluster)),
    ...(privateGoogleAccess === true ? [] : [enablePrivateGoogleAccessCommand(context.cluster)]),
  ];
  const remediation = {
    summary: { id: 'networkPath.perimeter.summary' as const },
    commands,
    docs: [DOCS.vpcScGke, DOCS.vpcScPrivateConnectivity, DOCS.privateGoogleAccessDomains],
  };
  if (restrictedVipDns === false || privateGoogleAccess === false) {
    const messageId: MessageId =
      restrictedVipDns === false && privateGoogleAccess === false
        ? 'networkPath.perimeter.neither'
        : restrictedVipDns === false
          ? 'networkPath.perimeter.noRestrictedDns'
          : 'networkPath.perimeter.noPrivateGoogleAccess';
    return draft('fail', messageId, null, { remediation });
  }
  const missing: FieldPath[] = [];
  if (restrictedVipDns === undefined) missing.push(['cluster', 'restrictedVipDns']);
  if (privateGoogleAccess === undefined) missing.push(['cluster', 'privateGoogleAccess']);
  return draft('unknown', 'networkPath.perimeter.missing', null, { missing, remediation });
}

/** Private nodes and Docker Hub: Cloud NAT, else only what `mirror.gcr.io` has cached. */
function toDockerHub(context: EvaluationContext, draft: Draft): CheckDraft {
  const { privateGoogleAccess, cloudNat, vpcServiceControls } = context.cluster;
  if (cloudNat === true) return draft('pass', 'networkPath.cloudNat', 'cloud-nat');
  if (cloudNat === undefined) {
    return draft('unknown', 'networkPath.cloudNatMissing', null, {
      missing: [['cluster', 'cloudNat']],
    });
  }
  const perimeter = vpcServiceControls === true;
  const image = context.image;
  const remoteImage = image ? dockerHubRemoteImage(context.cluster, image) : '';
  const remediation = {
    summary: {
      id: perimeter
        ? ('networkPath.dockerHub.summaryPerimeter' as const)
        : ('networkPath.dockerHub.summary' as const),
      params: { remoteImage },
    },
    commands: [
      ...cloudNatCommands(context.cluster),
      ...(privateGoogleAccess === true ? [] : [enablePrivateGoogleAccessCommand(context.cluster)]),
      ...dockerHubRepositoryCommands(context.cluster, perimeter),
    ],
    docs: [
      DOCS.cloudNat,
      DOCS.cachedDockerHubImages,
      DOCS.remoteRepositories,
      DOCS.virtualRepositories,
    ],
  };
  if (privateGoogleAccess === false) {
    return draft('fail', 'networkPath.dockerHub.noPath', null, { remediation });
  }
  if (privateGoogleAccess === undefined) {
    return draft('unknown', 'networkPath.dockerHub.privateGoogleAccessMissing', null, {
      missing: [['cluster', 'privateGoogleAccess']],
      remediation,
    });
  }
  return draft(
    'warn',
    perimeter ? 'networkPath.dockerHub.mirrorOnlyPerimeter' : 'networkPath.dockerHub.mirrorOnly',
    'mirror',
    { remediation },
  );
}

/** Private nodes and a registry on the internet: Cloud NAT only. */
function throughCloudNat(context: EvaluationContext, draft: Draft): CheckDraft {
  const { cloudNat } = context.cluster;
  if (cloudNat === true) return draft('pass', 'networkPath.cloudNat', 'cloud-nat');
  if (cloudNat === undefined) {
    return draft('unknown', 'networkPath.cloudNatMissing', null, {
      missing: [['cluster', 'cloudNat']],
    });
  }
  return draft('fail', 'networkPath.noCloudNat', null, {
    remediation: {
      summary: { id: 'networkPath.noCloudNat.summary' },
      commands: cloudNatCommands(context.cluster),
      docs: [DOCS.cloudNat],
    },
  });
}
