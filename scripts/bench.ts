// `npm run bench`: the service's figures next to a bare node:http baseline, measured in the same
// run on this machine, all on 127.0.0.1 and bounded in time. Prints one table, writes
// .bench/results.json and regenerates BENCHMARKS.md (never edit that file by hand).
//
// BENCH_SECONDS (default 4) sets each load run; BENCH_SOAK_SECONDS (default 60) the RSS run.
import { cpus, totalmem } from 'node:os';
import { createApp } from '../functions/app';
import { createServices } from '../functions/services';
import { loadConfig } from '../shared/config';
import { createLogger } from '../shared/log';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runLoad, runMixedLoad, type LoadResult, type Scenario } from './bench/load';
import { median, residentKilobytes, startServer } from './bench/processes';
import { SERVING_PROFILE, WHY_NOT, type TargetResult } from './bench/targets';
import { renderClassifierAccuracy } from './bench/classifier-accuracy';
import { measureWorstInputs } from './bench/worst-inputs';
import {
  benchScenarios,
  startBenchFixtures,
  type BenchFixtures,
  type BenchScenario,
} from './bench/scenarios';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const CONNECTIONS = 50;
const ROUNDS = 2;

interface Row {
  target: string;
  scenario: string;
  result: LoadResult;
  ratio: number | null;
}

async function coldStart(
  args: string[],
  env: Record<string, string>,
  path: string,
  init?: RequestInit,
) {
  const samples: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const server = await startServer(args, env, path, init);
    samples.push(server.readyMs);
    await server.stop();
  }
  return median(samples);
}

function format(value: number, digits = 1): string {
  return value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

async function main(): Promise<void> {
  const fixtures: BenchFixtures = await startBenchFixtures();
  const serviceEnv = fixtures.serviceEnv;
  const rows: Row[] = [];
  const service = await startServer(['dist/server.js'], serviceEnv);
  const functions = await startServer(
    [
      'node_modules/@google-cloud/functions-framework/build/src/main.js',
      '--target=api',
      '--source=dist/index.js',
    ],
    serviceEnv,
  );
  const baseline = await startServer(['scripts/bench/baseline-server.mjs'], {});
  const scenarios = benchScenarios(fixtures);
  try {
    const best = new Map<string, LoadResult>();
    const keep = (key: string, result: LoadResult) => {
      const previous = best.get(key);
      if (!previous || result.requestsPerSecond > previous.requestsPerSecond) best.set(key, result);
    };
    // Alternate baseline and service so both see the same machine conditions.
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const scenario of scenarios) {
        keep(
          `baseline ${scenario.name}`,
          await runLoad(baseline.baseUrl, scenario, { seconds: SECONDS, connections: CONNECTIONS }),
        );
        keep(
          `service ${scenario.name}`,
          await runLoad(service.baseUrl, scenario, { seconds: SECONDS, connections: CONNECTIONS }),
        );
        if (scenario.functionsFramework) {
          keep(
            `functions ${scenario.name}`,
            await runLoad(functions.baseUrl, scenario, {
              seconds: SECONDS,
              connections: CONNECTIONS,
            }),
          );
        }
      }
    }
    for (const scenario of scenarios) {
      const base = best.get(`baseline ${scenario.name}`) as LoadResult;
      rows.push({ target: 'node:http baseline', scenario: scenario.name, result: base, ratio: 1 });
      for (const [key, label] of [
        ['service', 'Cloud Run entry'],
        ['functions', 'functions-framework entry'],
      ] as const) {
        const result = best.get(`${key} ${scenario.name}`);
        if (result)
          rows.push({
            target: label,
            scenario: scenario.name,
            result,
            ratio: result.requestsPerSecond / base.requestsPerSecond,
          });
      }
    }

    const batchServerMs = await serverTimings(
      scenarios.find((s) => s.name.startsWith('POST /v1/images/resolve-batch')) as Scenario,
      30,
    );
    const live = await fixtures.measureLive(service.baseUrl);
    const tokens = fixtures.measureTokens
      ? await fixtures.measureTokens(service.baseUrl)
      : undefined;
    const worst = await measureWorstInputs(service.baseUrl, service.child.pid as number);

    await functions.stop();
    const rss = await soak(service.child.pid as number, service.baseUrl, scenarios);
    await service.stop();
    await baseline.stop();

    const resolvePath =
      '/v1/images/resolve?reference=us-docker.pkg.dev%2Fp-123456%2Frepo%2Fapp%3A1';
    const cold = {
      baselineHealthz: await coldStart(['scripts/bench/baseline-server.mjs'], {}, '/healthz'),
      serviceHealthz: await coldStart(['dist/server.js'], serviceEnv, '/healthz'),
      serviceResolve: await coldStart(['dist/server.js'], serviceEnv, resolvePath),
      functionsHealthz: await coldStart(
        [
          'node_modules/@google-cloud/functions-framework/build/src/main.js',
          '--target=api',
          '--source=dist/index.js',
        ],
        serviceEnv,
        '/healthz',
      ),
    };

    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
    const report = {
      date: new Date().toISOString(),
      machine,
      seconds: SECONDS,
      connections: CONNECTIONS,
      rows,
      batchServerMs,
      live,
      tokens,
      worst,
      rss,
      cold,
    };
    mkdirSync('.bench', { recursive: true });
    writeFileSync('.bench/results.json', JSON.stringify(report, null, 2));
    const markdown = renderMarkdown(report);
    writeFileSync('BENCHMARKS.md', markdown);
    process.stdout.write(markdown);
  } finally {
    await Promise.allSettled([service.stop(), functions.stop(), baseline.stop(), fixtures.stop()]);
  }
}

/**
 * Server time of one request, without the network: the app built by the same factory, called
 * in-process with `app.request()` (routing, validation, domain work and JSON serialization).
 */
async function serverTimings(scenario: Scenario, count: number) {
  const config = loadConfig({ LOG_LEVEL: 'WARNING' });
  const logger = createLogger({ level: 'WARNING', write: () => {} });
  const app = createApp({ config, logger, services: createServices(config, logger) });
  const samples: number[] = [];
  for (let i = 0; i < count + 5; i += 1) {
    const started = performance.now();
    const response = await app.request(scenario.path, {
      method: scenario.method,
      headers: { 'content-type': 'application/json', ...scenario.headers },
      ...(scenario.body === undefined ? {} : { body: scenario.body }),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${scenario.name} answered ${response.status}`);
    if (i >= 5) samples.push(performance.now() - started);
  }
  return { median: median(samples), max: Math.max(...samples), samples: samples.length };
}

/**
 * RSS under a constant mixed load: every soak scenario interleaved by one autocannon run for
 * SOAK_SECONDS. Compares the mean RSS of the first and last fifth of the run, after a warm-up.
 */
async function soak(pid: number, baseUrl: string, scenarios: BenchScenario[]) {
  const mix = scenarios.filter((s) => s.soak);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(residentKilobytes(pid)), 1000);
  await runMixedLoad(baseUrl, mix, { seconds: SOAK_SECONDS, connections: CONNECTIONS });
  clearInterval(sampler);
  const settled = samples.slice(Math.min(10, Math.floor(samples.length / 4)));
  const fifth = Math.max(1, Math.floor(settled.length / 5));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const first = mean(settled.slice(0, fifth));
  const last = mean(settled.slice(-fifth));
  return {
    seconds: SOAK_SECONDS,
    startKb: first,
    endKb: last,
    peakKb: Math.max(...samples),
    changePercent: first ? ((last - first) / first) * 100 : 0,
  };
}

function renderMarkdown(report: {
  date: string;
  machine: string;
  seconds: number;
  connections: number;
  rows: Row[];
  batchServerMs: { median: number; max: number };
  live: Awaited<ReturnType<BenchFixtures['measureLive']>>;
  tokens: { warmMedianMs: number; upstreamMedianMs: number; overheadMs: number } | undefined;
  worst?: Awaited<ReturnType<typeof measureWorstInputs>>;
  rss: { seconds: number; startKb: number; endKb: number; peakKb: number; changePercent: number };
  cold: Record<string, number>;
}): string {
  const lines = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` on ${report.date} — do not edit by hand. Machine: ${report.machine}.`,
    `Each load run: autocannon in a separate process, ${report.connections} connections, ${report.seconds} s, best of ${ROUNDS} alternating rounds, 127.0.0.1.`,
    '',
    '| target | scenario | req/s | p50 ms | p99 ms | max ms | errors | non-2xx | vs baseline |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...report.rows.map(
      (row) =>
        `| ${row.target} | ${row.scenario} | ${format(row.result.requestsPerSecond, 0)} | ${row.result.p50} | ${row.result.p99} | ${row.result.max} | ${row.result.errors} | ${row.result.non2xx} | ${row.ratio === null ? '—' : `${format(row.ratio * 100, 0)}%`} |`,
    ),
    '',
    '## Latencies and start-up',
    '',
    '| measurement | value |',
    '|---|---:|',
    `| batch of 1000 references, server time (in-process app.request(), median / max of 30) | ${format(report.batchServerMs.median, 2)} / ${format(report.batchServerMs.max, 2)} ms |`,
    `| live digest resolution, tag (uncached), median | ${format(report.live.uncachedMs, 2)} ms |`,
    `| live digest resolution, digest (cached), median | ${format(report.live.cachedMs, 2)} ms |`,
    `| \`skopeo inspect --raw\` of the same image, median | ${format(report.live.skopeoMs, 2)} ms |`,
    ...(report.tokens
      ? [
          `| warm token minting through the API, median | ${format(report.tokens.warmMedianMs, 2)} ms |`,
          `| the same upstream call alone, median | ${format(report.tokens.upstreamMedianMs, 2)} ms |`,
          `| added by the service over the upstream | ${format(report.tokens.overheadMs, 2)} ms |`,
        ]
      : []),
    `| cold start → first /healthz: baseline / Cloud Run entry / functions-framework (median of 10) | ${format(report.cold.baselineHealthz ?? 0, 0)} / ${format(report.cold.serviceHealthz ?? 0, 0)} / ${format(report.cold.functionsHealthz ?? 0, 0)} ms |`,
    `| cold start → first /v1/images/resolve, Cloud Run entry (median of 10) | ${format(report.cold.serviceResolve ?? 0, 0)} ms (${format((report.cold.serviceResolve ?? 0) / (report.cold.baselineHealthz ?? 1), 2)}× the baseline) |`,
    `| RSS over ${report.rss.seconds} s of interleaved mixed load: mean of the first → last fifth after warm-up (peak) | ${format(report.rss.startKb / 1024, 1)} → ${format(report.rss.endKb / 1024, 1)} MiB (${format(report.rss.peakKb / 1024, 1)} MiB), ${format(report.rss.changePercent, 1)}% |`,
    '',
    ...renderWorstInputs(report),
    ...renderTargets(report),
    ...renderClassifierAccuracy(),
  ];
  return lines.join('\n');
}

function renderWorstInputs(report: Parameters<typeof renderMarkdown>[0]): string[] {
  const worst = report.worst;
  if (!worst) return [];
  return [
    '## Worst manifests',
    '',
    'Each sent alone to the Cloud Run entry while this process asks `/healthz` every 10 ms. Event-loop CPU is the server main thread (Linux schedstat); process CPU counts every thread, the manifest worker included (utime + stime, 10 ms ticks).',
    '',
    '| manifest | bytes | answer | event-loop CPU ms | process CPU ms | wall ms |',
    '|---|---:|---|---:|---:|---:|',
    ...worst.figures.map(
      (figure) =>
        `| ${figure.name} | ${figure.bytes.toLocaleString('en-US')} | ${figure.status}${figure.limit ? ` ${figure.limit}` : ''} | ${format(figure.eventLoopCpuMs, 1)} | ${format(figure.processCpuMs, 0)} | ${format(figure.wallMs, 0)} |`,
    ),
    '',
    '| `/healthz` latency | samples | p50 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    `| idle | ${worst.idle.samples} | ${format(worst.idle.p50, 1)} | ${format(worst.idle.p99, 1)} | ${format(worst.idle.max, 1)} |`,
    `| while the worst manifests arrive | ${worst.underWorst.samples} | ${format(worst.underWorst.p50, 1)} | ${format(worst.underWorst.p99, 1)} | ${format(worst.underWorst.max, 1)} |`,
    '',
  ];
}

function renderTargets(report: Parameters<typeof renderMarkdown>[0]): string[] {
  const results: TargetResult[] = [];
  for (const row of report.rows.filter(
    (r) => r.target === 'Cloud Run entry' && !r.scenario.startsWith('POST /v1/tokens'),
  )) {
    results.push({
      target: `${row.scenario}: ≥ 50% of the baseline's req/s`,
      measured: `${format((row.ratio ?? 0) * 100, 0)}%`,
      met: (row.ratio ?? 0) >= 0.5,
      ...(WHY_NOT[row.scenario] ? { why: WHY_NOT[row.scenario] } : {}),
    });
    results.push({
      target: `${row.scenario}: p99 ≤ 15 ms at ${report.connections} connections`,
      measured: `${row.result.p99} ms`,
      met: row.result.p99 <= 15,
      ...(WHY_NOT[row.scenario] ? { why: WHY_NOT[row.scenario] } : {}),
    });
  }
  results.push({
    target: 'batch of 1000 references ≤ 50 ms server time',
    measured: `${format(report.batchServerMs.median, 1)} ms`,
    met: report.batchServerMs.median <= 50,
  });
  const coldRatio = (report.cold.serviceResolve ?? 0) / (report.cold.baselineHealthz ?? 1);
  results.push({
    target: 'cold start to first /v1/images/resolve ≤ 2× the baseline',
    measured: `${format(coldRatio, 2)}×`,
    met: coldRatio <= 2,
    why: WHY_NOT['cold start'] as string,
  });
  if (report.tokens) {
    results.push({
      target: 'warm token minting adds ≤ 2 ms over the upstream',
      measured: `${format(report.tokens.overheadMs, 2)} ms`,
      met: report.tokens.overheadMs <= 2,
    });
  }
  results.push({
    target: 'cached digest resolution faster than `skopeo inspect`',
    measured: `${format(report.live.cachedMs, 2)} vs ${format(report.live.skopeoMs, 2)} ms`,
    met: report.live.cachedMs < report.live.skopeoMs,
  });
  results.push({
    target: 'uncached digest resolution within 1.5× `skopeo inspect`',
    measured: `${format(report.live.uncachedMs / report.live.skopeoMs, 2)}×`,
    met: report.live.uncachedMs <= 1.5 * report.live.skopeoMs,
  });
  if (report.worst) {
    const costliest = Math.max(...report.worst.figures.map((figure) => figure.eventLoopCpuMs));
    results.push({
      target: 'every worst manifest ≤ 50 ms of event-loop CPU',
      measured: `${format(costliest, 1)} ms`,
      met: costliest <= 50,
    });
    results.push({
      target: '`/healthz` p99 while the worst manifests arrive ≤ 50 ms',
      measured: `${format(report.worst.underWorst.p99, 1)} ms`,
      met: report.worst.underWorst.p99 <= 50,
    });
  }
  results.push({
    target: 'RSS flat (±10%) over the mixed load',
    measured: `${format(report.rss.changePercent, 1)}%`,
    met: Math.abs(report.rss.changePercent) <= 10,
  });
  const unmet = results.filter((r) => !r.met && r.why);
  const explained = [...new Map(unmet.map((r) => [r.why, r])).values()];
  return [
    '## Targets',
    '',
    '| target | measured | met |',
    '|---|---:|:---:|',
    ...results.map((r) => `| ${r.target} | ${r.measured} | ${r.met ? 'yes' : 'no'} |`),
    '',
    ...(explained.length > 0
      ? [
          '### Why the unmet targets are not met',
          '',
          ...(results.some((r) => !r.met && r.target.includes('req/s'))
            ? [`Serving path, common to every endpoint: ${SERVING_PROFILE}`, '']
            : []),
          ...explained.map((r) => `- **${r.target}**: ${r.why}`),
          '',
        ]
      : []),
  ];
}

if (process.argv.includes('--render-only')) {
  // Rewrites BENCHMARKS.md from the last run's .bench/results.json, without measuring again.
  const report = JSON.parse(readFileSync('.bench/results.json', 'utf8')) as Parameters<
    typeof renderMarkdown
  >[0];
  writeFileSync('BENCHMARKS.md', renderMarkdown(report));
} else {
  await main();
}
