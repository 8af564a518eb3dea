import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { runLoad, type Scenario } from './load';
import { median, startServer } from './processes';

/**
 * Where a server's CPU time goes under the bench's load: each server runs under `node --cpu-prof`
 * (V8's sampling profiler) while autocannon drives one scenario, and the profile's busy time is
 * split per request into the kernel's socket write of the answer, garbage collection, the
 * endpoint's use case, serializing the answer, and the rest (Node's HTTP, Hono's routing,
 * validation, headers, the request log). Only samples taken during the measured
 * run count (V8's profile clock and process.hrtime are both the monotonic clock): the start and
 * a one-second warm-up run are left out.
 */
export interface ServingProfile {
  server: string;
  scenario: string;
  requestsPerSecond: number;
  busyUs: number;
  socketWriteUs: number;
  gcUs: number;
  /** Inside the endpoint's use case (`shared/`): the work the answer is about. */
  useCaseUs: number;
  /** Building the answer: its JSON (`c.json`, `planJson`) and its header record. */
  answerUs: number;
  /**
   * The rest, by whose code ran (the innermost frame, through the bundle's source map): this
   * repository's (`functions/`, `shared/`, the baseline's own script), its packages' (Hono,
   * @hono/node-server, zod…), and Node.js's own (its HTTP parser and writer, streams, timers).
   * Node.js or V8 work a function called (JSON.parse, Buffer.byteLength, a header's validation)
   * counts for the nearest caller in the bundle: the code that asked for it.
   */
  restOursUs: number;
  restPackagesUs: number;
  restNodeUs: number;
}

/**
 * The use case each profiled endpoint runs (the bundle keeps function names), and the frames
 * that build an answer: `c.json` (JSON.stringify), `planJson` (a plan's JSON from its step
 * templates) and `answerWithRecord` (the header record, the body's length): time spent under
 * them, callees included.
 */
const USE_CASES = new Set(['resolveImage', 'evaluateImage', 'planForRequest']);
const ANSWER_FRAMES = new Set(['c.json', 'planJson', 'answerWithRecord']);

/** The native frames V8 attributes the socket write system calls to. */
const SOCKET_WRITES = new Set([
  'writev',
  'writeBuffer',
  'writeUtf8String',
  'writeLatin1String',
  'writeAsciiString',
]);

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the monotonic clock, as V8's profiles count them. */
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** A profile's call tree walked upwards: a sample's frame, then its callers' frames, to the root. */
function ancestryOf(profile: CpuProfile) {
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  function* framesUp(id: number): Generator<CallFrame> {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = frames.get(at);
      if (frame) yield frame;
    }
  }
  /** Whether a node runs under a frame that passes `test` (itself included). */
  const under = (id: number, test: (frame: CallFrame) => boolean): boolean => {
    for (const frame of framesUp(id)) if (test(frame)) return true;
    return false;
  };
  return { framesUp, under };
}

type Owner = 'ours' | 'packages' | 'node';

/**
 * Whose code a frame runs: Node.js's own modules and V8's native functions, a package in the
 * bundle, or this repository's code (the bundle's other sources, the baseline's script). `null`
 * for Node.js and native frames, which are charged to their nearest caller in the bundle.
 */
function ownerOfFrame(bundle: Bundle | undefined): (frame: CallFrame) => Owner | null {
  const cache = new Map<string, Owner>();
  return (frame) => {
    if (frame.url === '' || frame.url.startsWith('node:')) return null;
    if (bundle === undefined || !frame.url.endsWith(bundle.name)) return 'ours';
    const key = `${frame.lineNumber}:${frame.columnNumber}`;
    let owner = cache.get(key);
    if (owner === undefined) {
      const source = bundle.map.findEntry(frame.lineNumber, frame.columnNumber);
      const file = 'originalSource' in source ? source.originalSource : '';
      owner = /[\\/]node_modules[\\/]/.test(file) ? 'packages' : 'ours';
      cache.set(key, owner);
    }
    return owner;
  };
}

interface Bundle {
  /** The bundle's file name, as frames' URLs end. */
  name: string;
  map: SourceMap;
}

function split(
  profile: CpuProfile,
  requests: number,
  fromUs: number,
  toUs: number,
  bundle: Bundle | undefined,
) {
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  const ownerOf = ownerOfFrame(bundle);
  const { framesUp, under } = ancestryOf(profile);
  let busy = 0;
  let write = 0;
  let gc = 0;
  let useCase = 0;
  let answer = 0;
  const rest: Record<Owner, number> = { ours: 0, packages: 0, node: 0 };
  /** The owner of a sample: its frame's, else its nearest caller's in the bundle, else Node.js. */
  const sampleOwner = (id: number): Owner => {
    for (const frame of framesUp(id)) {
      const owner = ownerOf(frame);
      if (owner !== null) return owner;
    }
    return 'node';
  };
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const name = names.get(id) ?? '';
    const micros = profile.timeDeltas[index] ?? 0;
    at += micros;
    if (name === '(idle)' || at < fromUs || at > toUs) return;
    busy += micros;
    if (SOCKET_WRITES.has(name)) write += micros;
    else if (name === '(garbage collector)') gc += micros;
    else if (under(id, (frame) => USE_CASES.has(frame.functionName))) useCase += micros;
    else if (under(id, (frame) => ANSWER_FRAMES.has(frame.functionName))) answer += micros;
    else rest[sampleOwner(id)] += micros;
  });
  return {
    busyUs: busy / requests,
    socketWriteUs: write / requests,
    gcUs: gc / requests,
    useCaseUs: useCase / requests,
    answerUs: answer / requests,
    restOursUs: rest.ours / requests,
    restPackagesUs: rest.packages / requests,
    restNodeUs: rest.node / requests,
  };
}

/** The source map of a bundled server script (`dist/server.js` runs `dist/server-app.cjs`). */
function bundleOf(args: string[]): Bundle | undefined {
  const script = args.find((arg) => arg.endsWith('.js') || arg.endsWith('.mjs'));
  if (script === undefined) return undefined;
  const app = join(script, '..', 'server-app.cjs');
  try {
    return {
      name: 'server-app.cjs',
      map: new SourceMap(JSON.parse(readFileSync(`${app}.map`, 'utf8'))),
    };
  } catch {
    return undefined;
  }
}

/**
 * Runs `args` (a server script and its arguments) under `node --cpu-prof`, calls `during` once
 * it answers `readyPath`, stops it with `signal` and returns its CPU profile with what `during`
 * returned.
 */
async function profiled<T>(
  args: string[],
  env: Record<string, string>,
  options: { signal: NodeJS.Signals; readyPath?: string; node?: string; profilerFlags?: string[] },
  during: (baseUrl: string) => Promise<T>,
): Promise<{ profile: CpuProfile; result: T }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  try {
    const started = await startServer(
      ['--cpu-prof', ...(options.profilerFlags ?? []), `--cpu-prof-dir=${dir}`, ...args],
      env,
      options.readyPath,
      undefined,
      options.node,
    );
    const result = await during(started.baseUrl);
    const exited = new Promise((resolve) => started.child.once('exit', resolve));
    started.child.kill(options.signal);
    await exited;
    const [file] = readdirSync(dir);
    if (!file) throw new Error(`${args.join(' ')} wrote no profile`);
    return { profile: JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Profiles `args` (a server script and its arguments) under `scenario`; stopped with `signal`. */
export async function profileServing(
  server: string,
  args: string[],
  env: Record<string, string>,
  scenario: Scenario,
  options: { seconds: number; connections: number; signal: NodeJS.Signals },
): Promise<ServingProfile> {
  const { profile, result } = await profiled(
    args,
    env,
    { signal: options.signal },
    async (baseUrl) => {
      await runLoad(baseUrl, scenario, { ...options, seconds: 1 });
      const fromUs = nowUs();
      const load = await runLoad(baseUrl, scenario, options);
      return { load, fromUs, toUs: nowUs() };
    },
  );
  return {
    server,
    scenario: scenario.name,
    requestsPerSecond: result.load.requestsPerSecond,
    ...split(profile, result.load.total, result.fromUs, result.toUs, bundleOf(args)),
  };
}

/** Node.js's own copy of undici, its Fetch implementation. */
const UNDICI_URL = 'node:internal/deps/undici/undici';

/**
 * The CPU time a server's start spends loading Node.js's undici (its Fetch implementation, with
 * the node:http2, node:tls and node:crypto it requires): @hono/node-server's Request and Response
 * classes extend the global ones when its module loads, and the global getters load undici then.
 * Samples under an undici frame, from the start up to the first 2xx answer to `readyPath`, under
 * `node --cpu-prof`; the median of `runs` starts.
 */
export async function profileStartUndiciMs(
  args: string[],
  env: Record<string, string>,
  readyPath: string,
  node: string | undefined,
  runs = 5,
): Promise<number> {
  const figures: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { profile } = await profiled(
      args,
      env,
      { signal: 'SIGINT', readyPath, node, profilerFlags: ['--cpu-prof-interval=250'] },
      async () => undefined,
    );
    figures.push(timeUnderUrlUs(profile, UNDICI_URL) / 1000);
  }
  return median(figures);
}

/** Microseconds of samples that run under a frame of `url` (itself included). */
function timeUnderUrlUs(profile: CpuProfile, url: string): number {
  const { under } = ancestryOf(profile);
  let total = 0;
  profile.samples.forEach((id, index) => {
    if (under(id, (frame) => frame.url === url)) total += profile.timeDeltas[index] ?? 0;
  });
  return total;
}
