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

/** What the service's own account needs to ask Google in live mode. */
export const LIVE_PERMISSIONS = {
  troubleshoot: {
    permissions: [
      'iam.roles.get',
      'iam.roles.list',
      'resourcemanager.projects.getIamPolicy',
      'resourcemanager.folders.getIamPolicy',
      'resourcemanager.organizations.getIamPolicy',
      'artifactregistry.repositories.getIamPolicy',
    ],
    role: 'roles/iam.securityReviewer',
    api: 'policytroubleshooter.googleapis.com',
  },
  repositoryPolicy: {
    permissions: ['artifactregistry.repositories.getIamPolicy'],
    role: 'roles/iam.securityReviewer',
    api: 'artifactregistry.googleapis.com',
  },
  /** The gcr.io transition: does the gcr.io repository exist, is redirection on. */
  gcrRepository: {
    permissions: ['artifactregistry.repositories.get'],
    role: 'roles/artifactregistry.reader',
    api: 'artifactregistry.googleapis.com',
  },
  projectSettings: {
    permissions: ['artifactregistry.projectsettings.get'],
    role: 'roles/artifactregistry.reader',
    api: 'artifactregistry.googleapis.com',
  },
} as const;
