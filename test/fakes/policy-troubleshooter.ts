/**
 * A fake IAM Policy Troubleshooter v3 on 127.0.0.1 (random port):
 *
 *   POST /v3/iam:troubleshoot
 *   {"accessTuple": {"principal": "sa@p.iam.gserviceaccount.com",
 *                    "fullResourceName": "//artifactregistry.googleapis.com/projects/P/locations/L/repositories/R",
 *                    "permission": "artifactregistry.repositories.downloadArtifacts"}}
 *   → 200 {"overallAccessState": "CAN_ACCESS" | "CANNOT_ACCESS" | "UNKNOWN_INFO" | "UNKNOWN_CONDITIONAL",
 *          "accessTuple": {...}, "allowPolicyExplanation": {"allowAccessState", "explainedPolicies": [
 *            {"allowAccessState", "fullResourceName", "bindingExplanations": [{"allowAccessState", "role",
 *              "rolePermission", "combinedMembership", "memberships", "condition"}], "policy"}]},
 *          "denyPolicyExplanation": {"denyAccessState"}}
 *
 * It evaluates the shared FakeIamPolicies: the repository's policy, then its project's (the
 * resource hierarchy), deny rules first. A full resource name names its project literally
 * (`projects/example.com:my-proj/…`, as Google does); a percent-encoded one names nothing Google
 * knows, and is answered 404. `failWith` answers every call with a given status and body (the
 * bodies below are Google's) or hangs. Errors use Google's JSON error format
 * (`{"error": {code, message, status, details}}`, details carrying `google.rpc.ErrorInfo`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAKE_ROLE_PERMISSIONS, FakeIamPolicies } from './iam-policies';

export type FakeFailure =
  | { kind: 'status'; status: number; body: unknown }
  | { kind: 'hang' }
  /** A 200 JSON answer of `bytes` bytes, written as fast as the client reads it. */
  | { kind: 'oversized'; bytes: number };

/** How far an oversized answer got: `completed` false when the client stopped reading. */
export interface OversizedAnswer {
  bytes: number;
  written: number;
  completed: boolean;
}

/**
 * Streams a JSON document of `bytes` bytes (a long string of spaces inside), honouring
 * backpressure, and records whether the client read it to the end.
 */
export function sendOversized(res: ServerResponse, bytes: number, record: OversizedAnswer[]): void {
  const answer: OversizedAnswer = { bytes, written: 0, completed: false };
  record.push(answer);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  const chunk = Buffer.alloc(64 * 1024, 32);
  res.write('{"padding":"');
  const pump = (): void => {
    while (answer.written < bytes) {
      answer.written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end('"}', () => {
      answer.completed = true;
    });
  };
  res.on('error', () => undefined);
  pump();
}

export interface TroubleshootCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakePolicyTroubleshooter {
  url: string;
  failWith(failure: FakeFailure): void;
  respondNormally(): void;
  calls(): TroubleshootCall[];
  oversizedAnswers(): OversizedAnswer[];
  close(): Promise<void>;
}

export const TROUBLESHOOTER_PERMISSION_DENIED_BODY = {
  error: {
    code: 403,
    message: 'The caller does not have permission',
    status: 'PERMISSION_DENIED',
  },
};

export const TROUBLESHOOTER_API_DISABLED_BODY = {
  error: {
    code: 403,
    message:
      'Policy Troubleshooter API has not been used in project 123 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/policytroubleshooter.googleapis.com/overview?project=123 then retry.',
    status: 'PERMISSION_DENIED',
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.Help',
        links: [
          {
            description: 'Google developers console API activation',
            url: 'https://console.developers.google.com/apis/api/policytroubleshooter.googleapis.com/overview?project=123',
          },
        ],
      },
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'SERVICE_DISABLED',
        domain: 'googleapis.com',
        metadata: {
          service: 'policytroubleshooter.googleapis.com',
          consumer: 'projects/123',
          serviceTitle: 'Policy Troubleshooter API',
          activationUrl:
            'https://console.developers.google.com/apis/api/policytroubleshooter.googleapis.com/overview?project=123',
        },
      },
    ],
  },
};

/** 200 without `overallAccessState`: proto3 JSON leaves the enum's zero value (UNSPECIFIED) out. */
export const TROUBLESHOOTER_UNSPECIFIED_BODY = {
  accessTuple: {
    principal: '123456789012-compute@developer.gserviceaccount.com',
    fullResourceName:
      '//artifactregistry.googleapis.com/projects/my-project/locations/us-central1/repositories/my-repo',
    permission: 'artifactregistry.repositories.downloadArtifacts',
  },
  allowPolicyExplanation: { explainedPolicies: [], relevance: 'HEURISTIC_RELEVANCE_NORMAL' },
  denyPolicyExplanation: { explainedResources: [], permissionDeniable: true },
};

/** The service's access token lacks the scope the API needs (a VM without cloud-platform). */
export const TROUBLESHOOTER_SCOPE_INSUFFICIENT_BODY = {
  error: {
    code: 403,
    message: 'Request had insufficient authentication scopes.',
    status: 'PERMISSION_DENIED',
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
        domain: 'googleapis.com',
        metadata: {
          method:
            'google.cloud.policytroubleshooter.iam.v3.PolicyTroubleshooter.TroubleshootIamPolicy',
          service: 'policytroubleshooter.googleapis.com',
        },
      },
    ],
  },
};

const REPOSITORY =
  /^\/\/artifactregistry\.googleapis\.com\/projects\/([^/]+)\/locations\/[^/]+\/repositories\/[^/]+$/;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function invalidArgument(res: ServerResponse, message: string): void {
  send(res, 400, { error: { code: 400, message, status: 'INVALID_ARGUMENT' } });
}

function troubleshoot(
  iam: FakeIamPolicies,
  tuple: { principal: string; fullResourceName: string; permission: string },
): unknown {
  const member = `serviceAccount:${tuple.principal}`;
  const project = REPOSITORY.exec(tuple.fullResourceName)?.[1];
  const hierarchy = [
    tuple.fullResourceName,
    ...(project ? [FakeIamPolicies.project(project)] : []),
  ];
  let granted = false;
  let conditional = false;
  let unreadable = false;
  const explainedPolicies = hierarchy.map((resource) => {
    if (iam.unreadable.has(resource)) {
      unreadable = true;
      return { allowAccessState: 'ALLOW_ACCESS_STATE_UNKNOWN_INFO' };
    }
    const policy = iam.policyOf(resource) ?? { version: 1, etag: 'ACAB', bindings: [] };
    let policyState = 'ALLOW_ACCESS_STATE_NOT_GRANTED';
    const bindingExplanations = policy.bindings.map((binding) => {
      const included = (FAKE_ROLE_PERMISSIONS[binding.role] ?? []).includes(tuple.permission);
      const memberships = Object.fromEntries(
        binding.members.map((m) => [
          m,
          {
            membership:
              m === member || m === 'allUsers' || m === 'allAuthenticatedUsers'
                ? 'MEMBERSHIP_MATCHED'
                : 'MEMBERSHIP_NOT_MATCHED',
            relevance: 'HEURISTIC_RELEVANCE_NORMAL',
          },
        ]),
      );
      const matched = Object.values(memberships).some((m) => m.membership === 'MEMBERSHIP_MATCHED');
      let state = 'ALLOW_ACCESS_STATE_NOT_GRANTED';
      if (included && matched)
        state = binding.condition
          ? 'ALLOW_ACCESS_STATE_UNKNOWN_CONDITIONAL'
          : 'ALLOW_ACCESS_STATE_GRANTED';
      if (state === 'ALLOW_ACCESS_STATE_GRANTED') {
        granted = true;
        policyState = state;
      } else if (state === 'ALLOW_ACCESS_STATE_UNKNOWN_CONDITIONAL') {
        conditional = true;
        if (policyState !== 'ALLOW_ACCESS_STATE_GRANTED') policyState = state;
      }
      return {
        allowAccessState: state,
        role: binding.role,
        rolePermission: included ? 'ROLE_PERMISSION_INCLUDED' : 'ROLE_PERMISSION_NOT_INCLUDED',
        rolePermissionRelevance: 'HEURISTIC_RELEVANCE_NORMAL',
        combinedMembership: {
          membership: matched ? 'MEMBERSHIP_MATCHED' : 'MEMBERSHIP_NOT_MATCHED',
          relevance: 'HEURISTIC_RELEVANCE_NORMAL',
        },
        memberships,
        relevance:
          state === 'ALLOW_ACCESS_STATE_GRANTED'
            ? 'HEURISTIC_RELEVANCE_HIGH'
            : 'HEURISTIC_RELEVANCE_NORMAL',
        ...(binding.condition ? { condition: binding.condition } : {}),
      };
    });
    return {
      allowAccessState: policyState,
      fullResourceName: resource,
      bindingExplanations,
      relevance: 'HEURISTIC_RELEVANCE_NORMAL',
      policy,
    };
  });
  const denied = !iam.denyPoliciesUnreadable && iam.isDenied(tuple.principal, tuple.permission);
  // Deny policies it may not read leave a grant undecided; without a grant, access is refused anyway.
  const denyUnknown = iam.denyPoliciesUnreadable;
  const allowAccessState = granted
    ? 'ALLOW_ACCESS_STATE_GRANTED'
    : conditional
      ? 'ALLOW_ACCESS_STATE_UNKNOWN_CONDITIONAL'
      : unreadable
        ? 'ALLOW_ACCESS_STATE_UNKNOWN_INFO'
        : 'ALLOW_ACCESS_STATE_NOT_GRANTED';
  const overallAccessState = denied
    ? 'CANNOT_ACCESS'
    : granted
      ? denyUnknown
        ? 'UNKNOWN_INFO'
        : 'CAN_ACCESS'
      : conditional
        ? 'UNKNOWN_CONDITIONAL'
        : unreadable
          ? 'UNKNOWN_INFO'
          : 'CANNOT_ACCESS';
  return {
    overallAccessState,
    accessTuple: {
      ...tuple,
      permissionFqdn: `artifactregistry.googleapis.com/repositories.downloadArtifacts`,
    },
    allowPolicyExplanation: {
      allowAccessState,
      explainedPolicies,
      relevance: 'HEURISTIC_RELEVANCE_HIGH',
    },
    denyPolicyExplanation: {
      denyAccessState: denyUnknown
        ? 'DENY_ACCESS_STATE_UNKNOWN_INFO'
        : denied
          ? 'DENY_ACCESS_STATE_DENIED'
          : 'DENY_ACCESS_STATE_NOT_DENIED',
      explainedResources: [],
      relevance: denied ? 'HEURISTIC_RELEVANCE_HIGH' : 'HEURISTIC_RELEVANCE_NORMAL',
      permissionDeniable: true,
    },
  };
}

export async function startFakePolicyTroubleshooter(
  iam: FakeIamPolicies,
): Promise<FakePolicyTroubleshooter> {
  let failure: FakeFailure | null = null;
  const calls: TroubleshootCall[] = [];
  const oversized: OversizedAnswer[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        /* kept as text */
      }
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body,
      });
      if (failure?.kind === 'hang') return; // never answers; the client must time out
      if (failure?.kind === 'status') return send(res, failure.status, failure.body);
      if (failure?.kind === 'oversized') return sendOversized(res, failure.bytes, oversized);
      if (req.method !== 'POST' || req.url !== '/v3/iam:troubleshoot') {
        return send(res, 404, { error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } });
      }
      const tuple = (body as { accessTuple?: Record<string, unknown> } | undefined)?.accessTuple;
      const principal = tuple?.principal;
      const fullResourceName = tuple?.fullResourceName;
      const permission = tuple?.permission;
      if (
        typeof principal !== 'string' ||
        typeof fullResourceName !== 'string' ||
        typeof permission !== 'string'
      ) {
        return invalidArgument(
          res,
          'accessTuple.principal, accessTuple.fullResourceName and accessTuple.permission are required.',
        );
      }
      if (fullResourceName.includes('%')) {
        // Google matches the literal name (`projects/example.com:my-proj/…`); an encoded one is
        // no resource it knows.
        return send(res, 404, {
          error: {
            code: 404,
            message: `Resource ${fullResourceName} was not found.`,
            status: 'NOT_FOUND',
          },
        });
      }
      send(res, 200, troubleshoot(iam, { principal, fullResourceName, permission }));
    })();
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
    oversizedAnswers: () => [...oversized],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
