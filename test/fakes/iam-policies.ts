/**
 * In-memory IAM allow policies (google.iam.v1 Policy JSON) and deny rules, shared by the fake
 * Policy Troubleshooter and the fake Artifact Registry getIamPolicy, so both answer from the same
 * truth, as Google's services do. Keys are full resource names:
 * `//artifactregistry.googleapis.com/projects/P/locations/L/repositories/R`,
 * `//cloudresourcemanager.googleapis.com/projects/P`.
 */
export interface FakeBinding {
  role: string;
  members: string[];
  condition?: { expression: string; title?: string };
}

export interface FakePolicy {
  version: number;
  etag: string;
  bindings: FakeBinding[];
}

/** Permissions of the predefined roles the fakes know (enough for pull questions). */
export const FAKE_ROLE_PERMISSIONS: Record<string, string[]> = {
  'roles/artifactregistry.reader': [
    'artifactregistry.repositories.downloadArtifacts',
    'artifactregistry.repositories.get',
    'artifactregistry.repositories.list',
  ],
  'roles/artifactregistry.writer': [
    'artifactregistry.repositories.downloadArtifacts',
    'artifactregistry.repositories.uploadArtifacts',
  ],
  'roles/editor': [
    'artifactregistry.repositories.downloadArtifacts',
    'artifactregistry.repositories.uploadArtifacts',
  ],
  'roles/logging.logWriter': ['logging.logEntries.create'],
};

export class FakeIamPolicies {
  private readonly policies = new Map<string, FakePolicy>();
  private readonly denies: { principal: string; permission: string }[] = [];
  /**
   * Resources whose allow policy the service may not read: the troubleshooter answers
   * UNKNOWN_INFO for them, Artifact Registry's getIamPolicy a 403 "(or it may not exist)".
   */
  readonly unreadable = new Set<string>();
  /** The service may not read deny policies (no `iam.denypolicies.*`): deny state UNKNOWN_INFO. */
  denyPoliciesUnreadable = false;

  static repository(project: string, location: string, repository: string): string {
    return `//artifactregistry.googleapis.com/projects/${project}/locations/${location}/repositories/${repository}`;
  }

  static project(project: string): string {
    return `//cloudresourcemanager.googleapis.com/projects/${project}`;
  }

  /** Creates the resource (with an empty policy) if needed and adds a binding. */
  bind(
    resource: string,
    role: string,
    members: string[],
    condition?: FakeBinding['condition'],
  ): this {
    const policy = this.ensure(resource);
    policy.bindings.push({ role, members, ...(condition ? { condition } : {}) });
    return this;
  }

  /** Creates a resource with an empty policy (a repository that exists). */
  ensure(resource: string): FakePolicy {
    let policy = this.policies.get(resource);
    if (!policy) {
      policy = { version: 1, etag: 'BwYAAAAAAAA=', bindings: [] };
      this.policies.set(resource, policy);
    }
    return policy;
  }

  /** Forgets every policy, deny rule and unreadable resource. */
  reset(): void {
    this.policies.clear();
    this.denies.length = 0;
    this.unreadable.clear();
    this.denyPoliciesUnreadable = false;
  }

  deny(principal: string, permission: string): this {
    this.denies.push({ principal, permission });
    return this;
  }

  policyOf(resource: string): FakePolicy | undefined {
    return this.policies.get(resource);
  }

  isDenied(principal: string, permission: string): boolean {
    return this.denies.some((d) => d.principal === principal && d.permission === permission);
  }
}
