/**
 * A fake Artifact Registry API on 127.0.0.1 (random port), speaking the v1 REST JSON
 * (https://cloud.google.com/artifact-registry/docs/reference/rest):
 *
 *   GET /v1/projects/P/locations/L/repositories/R:getIamPolicy[?options.requestedPolicyVersion=3]
 *   → 200 {"version": 1, "etag": "...", "bindings": [{"role": "...", "members": ["allUsers", ...]}]}
 *   → 404 {"error": {"code": 404, "status": "NOT_FOUND", ...}} for a repository that does not exist
 *   → 403 IAM_PERMISSION_DENIED "… (or it may not exist)" for a repository whose policy the caller
 *     may not read (FakeIamPolicies.unreadable), whether it exists or not, as Artifact Registry
 *     tells a caller without permission nothing about existence
 *   GET /v1/projects/P/locations/L/repositories/R                      (repositories.get)
 *   → 200 {"name": "projects/P/locations/L/repositories/R", "format": "DOCKER", ...} | 404
 *   GET /v1/projects/P/projectSettings                                 (getProjectSettings)
 *   → 200 {"name": "projects/P/projectSettings", "legacyRedirectionState": "..."}
 *
 * Repositories exist when the shared FakeIamPolicies has a policy for them; a project's
 * redirection state is `REDIRECTION_FROM_GCR_IO_DISABLED` until `setRedirection` changes it.
 * Other paths answer 404 as the API does for an unknown method. `failWith` answers every call
 * with an error or hangs; `failPathWith` only the calls whose path contains a string.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeIamPolicies } from './iam-policies';
import { sendOversized, type FakeFailure, type OversizedAnswer } from './policy-troubleshooter';

export interface GetIamPolicyCall {
  method: string;
  path: string;
  authorization: string | undefined;
}

export interface FakeArtifactRegistryIam {
  url: string;
  failWith(failure: FakeFailure): void;
  failPathWith(pathPart: string, failure: FakeFailure): void;
  setRedirection(project: string, state: string, pullPercent?: number): void;
  respondNormally(): void;
  calls(): GetIamPolicyCall[];
  oversizedAnswers(): OversizedAnswer[];
  close(): Promise<void>;
}

/** Artifact Registry's refusal of getIamPolicy, for `resource` (a full resource name). */
export function arPermissionDeniedBody(resource: string) {
  return {
    error: {
      code: 403,
      message: `Permission 'artifactregistry.repositories.getIamPolicy' denied on resource '${resource}' (or it may not exist).`,
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'IAM_PERMISSION_DENIED',
          domain: 'artifactregistry.googleapis.com',
          metadata: {
            permission: 'artifactregistry.repositories.getIamPolicy',
            resource: resource.replace(/^\/\/artifactregistry\.googleapis\.com\//, ''),
          },
        },
      ],
    },
  };
}

export const AR_PERMISSION_DENIED_BODY = arPermissionDeniedBody(
  '//artifactregistry.googleapis.com/projects/my-project/locations/us-central1/repositories/my-repo',
);

const ROUTE = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/repositories\/([^/:]+):getIamPolicy$/;
const REPOSITORY_ROUTE = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/repositories\/([^/:]+)$/;
const SETTINGS_ROUTE = /^\/v1\/projects\/([^/]+)\/projectSettings$/;

const NOT_FOUND_BODY = {
  error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' },
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function startFakeArtifactRegistryIam(
  iam: FakeIamPolicies,
): Promise<FakeArtifactRegistryIam> {
  let failure: FakeFailure | null = null;
  const pathFailures = new Map<string, FakeFailure>();
  const redirection = new Map<string, { state: string; pullPercent?: number }>();
  const calls: GetIamPolicyCall[] = [];
  const oversized: OversizedAnswer[] = [];
  const server = createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://fake');
    calls.push({
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
    });
    const failing =
      failure ?? [...pathFailures].find(([part]) => url.pathname.includes(part))?.[1] ?? null;
    if (failing?.kind === 'hang') return;
    if (failing?.kind === 'status') return send(res, failing.status, failing.body);
    if (failing?.kind === 'oversized') return sendOversized(res, failing.bytes, oversized);
    const decoded = (match: RegExpExecArray) => match.slice(1).map((p) => decodeURIComponent(p));
    const settings = SETTINGS_ROUTE.exec(url.pathname);
    if (settings && req.method === 'GET') {
      const [project = ''] = decoded(settings);
      const known = redirection.get(project);
      return send(res, 200, {
        name: `projects/${project}/projectSettings`,
        legacyRedirectionState: known?.state ?? 'REDIRECTION_FROM_GCR_IO_DISABLED',
        ...(known?.pullPercent === undefined ? {} : { pullPercent: known.pullPercent }),
      });
    }
    const repositoryGet = REPOSITORY_ROUTE.exec(url.pathname);
    if (repositoryGet && req.method === 'GET') {
      const [project = '', location = '', id = ''] = decoded(repositoryGet);
      if (!iam.policyOf(FakeIamPolicies.repository(project, location, id))) {
        return send(res, 404, NOT_FOUND_BODY);
      }
      return send(res, 200, {
        name: `projects/${project}/locations/${location}/repositories/${id}`,
        format: 'DOCKER',
        mode: 'STANDARD_REPOSITORY',
        createTime: '2025-01-15T10:00:00.000000Z',
        updateTime: '2025-01-15T10:00:00.000000Z',
      });
    }
    const match = ROUTE.exec(url.pathname);
    if (!match || req.method !== 'GET') {
      return send(res, 404, {
        error: { code: 404, message: 'Method not found.', status: 'NOT_FOUND' },
      });
    }
    const [, project = '', location = '', repository = ''] = match.map((part) =>
      decodeURIComponent(part),
    );
    const resource = FakeIamPolicies.repository(project, location, repository);
    if (iam.unreadable.has(resource)) return send(res, 403, arPermissionDeniedBody(resource));
    const policy = iam.policyOf(resource);
    if (!policy) {
      return send(res, 404, {
        error: {
          code: 404,
          message: `Requested entity was not found.`,
          status: 'NOT_FOUND',
        },
      });
    }
    const requested = Number(url.searchParams.get('options.requestedPolicyVersion') ?? '1');
    // Conditional bindings are only shown to callers that ask for policy version 3.
    const bindings = requested >= 3 ? policy.bindings : policy.bindings.filter((b) => !b.condition);
    send(res, 200, {
      version: requested >= 3 && bindings.some((b) => b.condition) ? 3 : 1,
      etag: policy.etag,
      bindings,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    failWith: (next) => {
      failure = next;
    },
    failPathWith: (pathPart, next) => {
      pathFailures.set(pathPart, next);
    },
    setRedirection: (project, state, pullPercent) => {
      redirection.set(project, { state, ...(pullPercent === undefined ? {} : { pullPercent }) });
    },
    respondNormally: () => {
      failure = null;
      pathFailures.clear();
      redirection.clear();
    },
    calls: () => [...calls],
    oversizedAnswers: () => [...oversized],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
