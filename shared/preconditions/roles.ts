/** IAM facts the checks rely on (IAM "Artifact Registry roles and permissions"; Policy Troubleshooter docs). */
export const PULL_PERMISSION = 'artifactregistry.repositories.downloadArtifacts';
export const READER_ROLE = 'roles/artifactregistry.reader';

/** Predefined roles that include the pull permission: a binding of one of these to allUsers makes a repository public. */
export const ROLES_GRANTING_PULL: readonly string[] = [
  'roles/artifactregistry.reader',
  'roles/artifactregistry.writer',
  'roles/artifactregistry.repoAdmin',
  'roles/artifactregistry.admin',
];

export const ALL_USERS = 'allUsers';

/** Compute Engine default service account: `PROJECT_NUMBER-compute@developer.gserviceaccount.com`. */
export const DEFAULT_COMPUTE_SA_PATTERN = /^([0-9]{1,20})-compute@developer\.gserviceaccount\.com$/;
export const DEFAULT_COMPUTE_SA_DOMAIN = 'compute@developer.gserviceaccount.com';

/** The organisation policy that, when enforced, stops the automatic Editor grant to default service accounts. */
export const AUTOMATIC_GRANTS_CONSTRAINT = 'iam.automaticIamGrantsForDefaultServiceAccounts';

/**
 * What the service's own account needs to ask Google in live mode. The Policy Troubleshooter
 * explains allow policies and deny policies: reading the allow policies of the hierarchy takes
 * the first role, reading the deny policies (attached to the project, its folders and the
 * organisation) takes `roles/iam.denyReviewer` (https://cloud.google.com/iam/docs/deny-access).
 * `role` is the one role that covers the allow side, kept for answers that name one role.
 */
export const DENY_REVIEWER_ROLE = 'roles/iam.denyReviewer';

export const LIVE_PERMISSIONS = {
  troubleshoot: {
    permissions: [
      'iam.roles.get',
      'iam.roles.list',
      'resourcemanager.projects.getIamPolicy',
      'resourcemanager.folders.getIamPolicy',
      'resourcemanager.organizations.getIamPolicy',
      'artifactregistry.repositories.getIamPolicy',
      'iam.denypolicies.get',
      'iam.denypolicies.list',
    ],
    role: 'roles/iam.securityReviewer',
    roles: ['roles/iam.securityReviewer', DENY_REVIEWER_ROLE],
    api: 'policytroubleshooter.googleapis.com',
  },
  repositoryPolicy: {
    permissions: ['artifactregistry.repositories.getIamPolicy'],
    role: 'roles/iam.securityReviewer',
    roles: ['roles/iam.securityReviewer'],
    api: 'artifactregistry.googleapis.com',
  },
  /** The gcr.io transition: does the gcr.io repository exist, is redirection on. */
  gcrRepository: {
    permissions: ['artifactregistry.repositories.get'],
    role: 'roles/artifactregistry.reader',
    roles: ['roles/artifactregistry.reader'],
    api: 'artifactregistry.googleapis.com',
  },
  projectSettings: {
    permissions: ['artifactregistry.projectsettings.get'],
    role: 'roles/artifactregistry.reader',
    roles: ['roles/artifactregistry.reader'],
    api: 'artifactregistry.googleapis.com',
  },
} as const;

/** The permissions that read deny policies, a subset of the troubleshooter's needs. */
export const DENY_POLICY_PERMISSIONS = ['iam.denypolicies.get', 'iam.denypolicies.list'] as const;
