/**
 * A fake Artifact Registry IAM endpoint on 127.0.0.1 (random port):
 *
 *   GET /v1/projects/P/locations/L/repositories/R:getIamPolicy[?options.requestedPolicyVersion=3]
 *   → 200 {"version": 1, "etag": "...", "bindings": [{"role": "...", "members": ["allUsers", ...]}]}
 *   → 404 {"error": {"code": 404, "status": "NOT_FOUND", ...}} for a repository that does not exist
 *
 * Policies come from the shared FakeIamPolicies; other verbs on the path answer 404 as the API
 * does for an unknown method. `failWith` answers every call with an error or hangs.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeIamPolicies } from './iam-policies';
import { streamEndlessly } from './endless-body';
import type { FakeFailure } from './policy-troubleshooter';

export interface GetIamPolicyCall {
  method: string;
  path: string;
  authorization: string | undefined;
}

export interface FakeArtifactRegistryIam {
  url: string;
  failWith(failure: FakeFailure): void;
  respondNormally(): void;
  calls(): GetIamPolicyCall[];
  close(): Promise<void>;
}

export const AR_PERMISSION_DENIED_BODY = {
  error: {
    code: 403,
    message:
      "Permission 'artifactregistry.repositories.getIamPolicy' denied on resource '//artifactregistry.googleapis.com/projects/my-project/locations/us-central1/repositories/my-repo' (or it may not exist).",
    status: 'PERMISSION_DENIED',
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'IAM_PERMISSION_DENIED',
        domain: 'artifactregistry.googleapis.com',
        metadata: { permission: 'artifactregistry.repositories.getIamPolicy' },
      },
    ],
  },
};

const ROUTE = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/repositories\/([^/:]+):getIamPolicy$/;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function startFakeArtifactRegistryIam(
  iam: FakeIamPolicies,
): Promise<FakeArtifactRegistryIam> {
  let failure: FakeFailure | null = null;
  const calls: GetIamPolicyCall[] = [];
  const server = createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://fake');
    calls.push({
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
    });
    if (failure?.kind === 'hang') return;
    if (failure?.kind === 'endless') return void streamEndlessly(res);
    if (failure?.kind === 'status') return send(res, failure.status, failure.body);
    const match = ROUTE.exec(url.pathname);
    if (!match || req.method !== 'GET') {
      return send(res, 404, {
        error: { code: 404, message: 'Method not found.', status: 'NOT_FOUND' },
      });
    }
    const [, project = '', location = '', repository = ''] = match.map((part) =>
      decodeURIComponent(part),
    );
    const policy = iam.policyOf(FakeIamPolicies.repository(project, location, repository));
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
    respondNormally: () => {
      failure = null;
    },
    calls: () => [...calls],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
