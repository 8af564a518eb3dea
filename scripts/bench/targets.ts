// The production-readiness targets, checked against each run's figures. Where a target is not
// met, the explanation comes from profiling (`node --cpu-prof` on the Cloud Run entry under the
// same autocannon load, and in-process profiles of the handlers); it is printed only then.

/**
 * The load targets of each Cloud Run scenario (issue 15): the share of the bare node:http
 * baseline's requests/s measured in the same run, and p99 latency at 50 connections. On Cloud
 * Run an instance's cost is its CPU time, so requests/s per vCPU is the bill. The troubleshooting
 * plans and the preconditions are held to four times their share before that issue (plans 3%,
 * preconditions 10%); a scenario not listed keeps the general targets.
 */
export const LOAD_TARGETS: Record<string, { minShare: number; maxP99Ms: number }> = {
  'POST /v1/preconditions/evaluate': { minShare: 0.4, maxP99Ms: 15 },
  'POST /v1/troubleshooting/plans (JSON)': { minShare: 0.12, maxP99Ms: 15 },
  'POST /v1/troubleshooting/plans (Markdown)': { minShare: 0.12, maxP99Ms: 15 },
};
export const DEFAULT_LOAD_TARGET = { minShare: 0.5, maxP99Ms: 15 };

/**
 * Scenarios measured and reported without a load target: the batch is held to its server time
 * (≤ 50 ms) and its answer's size is reported, and minting is held to what it adds over the
 * upstream call, as issue 15 states them.
 */
export const NO_LOAD_TARGET = new Set([
  'POST /v1/images/resolve-batch (1000 references)',
  'POST /v1/tokens (warm token cache)',
]);

export interface TargetResult {
  target: string;
  measured: string;
  met: boolean;
  why?: string;
}

export const SERVING_PROFILE =
  "The profile table above (\"Where the time goes\") splits each request's busy CPU time by whose code ran, and the budget table under it sets each share target against what is spent outside this code. Outside this code: the kernel's socket write (one write per answer, as for the bare server, but 12–44 µs instead of ~10 µs: a slower server leaves the load generator asleep between answers, so each write must wake it on the other vCPU; the bare server made busy 30 µs per request pays the same inflated write), the packages (Hono's routing and context, @hono/node-server's adaptation of Node's request and answer, zod's validation of the request: ~6 µs for /healthz, 26–43 µs for a POST), and Node.js's own HTTP parser and writer (~3 µs for /healthz against ~1 µs for the bare listener: the headers every answer carries, which Node validates one by one, are part of the contract). This code's serving path (the request context, the header record, reading and decoding the body, the content-type and length checks) is \"rest: this code\". The request line at INFO (the deployed default, rows marked LOG_LEVEL=INFO) adds ~5 µs per request. Figures vary by several points from run to run on this shared 2-vCPU virtual machine (/healthz measured 29–56% of the baseline across runs of the same code).";

/** What is specific to each scenario, on top of SERVING_PROFILE. */
export const WHY_NOT: Record<string, string> = {
  'GET /healthz':
    "No use case: the serving path alone. Outside this code it costs ~19–21 µs of the ~24 µs per request that half the baseline's rate allows; this code's part is ~4 µs (the request id, the language, the record of the seven headers every answer carries, and the GC its allocations cause), within what is left. Whether a run meets the target then rests on the socket write, whose cost follows the load generator's sleeps: 29–56% of the baseline across runs of the same code.",
  'POST /v1/images/resolve (offline)':
    "The cost outside this code alone (~76 µs per request: the socket write, the packages' request handling and zod validation of the request, Node's HTTP) exceeds the ~29 µs per request that half the baseline's rate allows; this code adds ~39 µs (the use case ~11 µs, the ~1 KiB answer ~8 µs, its serving path ~9 µs, GC ~12 µs). The p99 target is met in most runs (11–16 ms).",
  'POST /v1/images/resolve-batch (1000 references)':
    'Each request carries 1000 references (~60 KiB) and answers ~1.2 MB of JSON: throughput is bound by building and sending that answer. Its own target (≤ 50 ms of server time per batch) is met.',
  'POST /v1/preconditions/evaluate':
    "The cost outside this code alone (~71 µs per request) exceeds the ~37 µs that 40% of the baseline's rate allows. This code's part is large too (~105 µs: the ten checks ~54 µs with every message rendered in the request's language, the ~5.5 KiB answer ~26 µs, its serving path ~18 µs, GC ~7 µs). At 50 connections each request waits for the ~50 ahead of it, so p99 follows the per-request cost.",
  'POST /v1/troubleshooting/plans (JSON)':
    "Not met, and this miss is this code's: outside it a plan request costs ~92–104 µs of the ~116–201 µs that 12% of the baseline's rate allows (the baseline's own busy time per request, which sets that budget, varies from run to run), which leaves ~18–99 µs, and this code takes ~190–230 µs: the use case ~115–120 µs under load (in process without load: classifying the pasted text ~27 µs, the image it names parsed quietly ~4 µs; the steps filled from templates prepared once per situation ~21 µs, 54 µs when every step was assembled per request), the ~10 KiB answer ~45 µs (written from the templates' JSON fragments, ~18 µs in process where JSON.stringify of the same plan takes ~33 µs), GC ~19 µs (44 µs before the templates). At 50 connections each request waits for the ~50 ahead of it, so p99 follows the per-request cost. Measured and dropped: a serializer compiled from the plan's JSON Schema (fast-json-stringify: ~37 µs for the plan against JSON.stringify's ~28 µs); a larger young generation (`--max-semi-space-size=64`: no change in requests/s); keeping the answer in one-byte characters (an excerpt's `…` makes the whole 10 KiB string two-byte, and encoding it costs ~15 µs more in process, but requests/s under load did not move).",
  'POST /v1/troubleshooting/plans (Markdown)':
    'The plan (above) plus its Markdown: ~60 µs in process (~88 µs before escaping became one scan over a table of the special characters and the steps were appended to one list of lines).',
  'POST /v1/tokens (warm token cache)': `Each request verifies the caller's RS256 ID token (signature, claims, policy) and builds five credential shapes; the upstream minting itself is cached.`,
  'cold start':
    "A start-up CPU profile of the entry as built (one bundle compiled with the V8 code cache the build wrote): Node.js boots in ~50 ms (the baseline's whole start); reading the 1.8 MB bundle and deserializing its cache ~10–15 ms; evaluating what the first resolve needs ~30 ms (zod's own modules, the configuration's schema, the health, contract and image routes: every other endpoint group is evaluated and registered on its first request, functions/routes.ts); garbage collection ~7 ms; the first request ~8 ms. Outside this code: Node's undici (its Fetch implementation, with the node:http2, node:tls and node:crypto it requires), loaded because @hono/node-server's Request and Response classes extend the global ones when its module loads; the row above measures it in each run, and the measured column gives the ratio without it. Measured and kept: each endpoint group registered on its first request (median of 16 alternating starts: 164 → 148 ms on Node 20 against the bare server's 91 ms, 138 → 119 ms on Node 22 against 75 ms); each language's message catalogue built as a hash table instead of spread into an object literal (~7 ms on Node 20 and 30–35 ms on Node 22 → ~0.3 ms). Measured and dropped: a larger young generation for the start (`--min-semi-space-size`: fewer scavenges, but V8 then refuses the code cache the build wrote and the start is slower, and so does `v8.setFlagsFromString` at run time); a minified bundle (no change); serving @hono/node-server a node:http2 loaded on demand (undici loads it anyway). A V8 startup snapshot (`node --build-snapshot`) would take the evaluation off the start, but Node 20 cannot snapshot node:http (`methods.toSorted is not a function` while building it), Node 22 cannot snapshot the undici that @hono/node-server loads (it needs WebAssembly, which the snapshot builder lacks), and it needs a flag on the command line. Figures vary by tens of milliseconds from run to run on this shared machine (the same build's start measured 150–190 ms).",
};
