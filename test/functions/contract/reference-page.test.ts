// The interactive reference page in a real browser: Debian's Chromium, headless, driven by
// playwright-core over the DevTools protocol. The page is served by the app on 127.0.0.1; every
// request the browser makes elsewhere is refused and counted. `npm test` installs Chromium first
// (scripts/provision-test-tools.mjs); where it is missing this suite fails, it never skips.
// playwright-core is pinned at 1.62.1 for Debian bookworm's chromium 150: that release bundles
// Chromium 151, and each Playwright release is also tested against the stable Chrome before its
// own (150), so it speaks this browser's DevTools protocol. (Puppeteer's releases for Chrome 150,
// 25.x, need Node.js 22.12; this project's tests also run on Node.js 20.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROBLEM_CODES } from '../../../shared/problems';
import { createTestApp } from '../../support/app';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = 'test-results/reference-page.png';

/** The flags this machine's notes give for headless Chromium as root on a closed network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const contract = parse(readFileSync(new URL('../../../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { summary: string; operationId: string }>>;
};
const operations = Object.values(contract.paths).flatMap((item) => Object.values(item));

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const pageErrors: string[] = [];
const offOrigin: string[] = [];

beforeAll(async () => {
  server = createServer(getRequestListener(createTestApp().app.fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // Traffic stays on this machine: anything not addressed to the test server is refused.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  // Content-Security-Policy violations, as the page itself reports them.
  // (The page's own scripts are strings: this project's TypeScript has no DOM types.)
  await page.addInitScript({
    content: `window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)')));`,
  });
}, 60_000);

afterAll(async () => {
  await Promise.race([browser?.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  await new Promise((resolve) => server?.close(resolve));
});

// Bounded: each step waits at most 20 s (the context's default), each test at most 60 s.
describe('the interactive reference page in headless Chromium', { timeout: 60_000 }, () => {
  it('runs the system Chromium that playwright-core drives', () => {
    const installed = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
    const version = browser.version();
    expect(installed).toContain(version);
  });

  it('renders every operation of openapi.yaml with its summary', async () => {
    await page.goto(`${origin}/docs/reference`, { waitUntil: 'load' });
    await page
      .locator('.opblock')
      .nth(operations.length - 1)
      .waitFor();
    expect(await page.locator('.opblock').count()).toBe(operations.length);
    const summaries = await page.locator('.opblock-summary-description').allInnerTexts();
    for (const operation of operations) expect(summaries).toContain(operation.summary);
  });

  it('shows the problem catalogue, every code, and links back to the plain page', async () => {
    const info = await page.locator('.information-container').innerText();
    for (const code of PROBLEM_CODES) expect(info).toContain(code);
    expect(await page.locator('nav a[href="/docs"]').count()).toBe(1);
  });

  it("shows an operation's examples", async () => {
    await page.locator('#operations-Preconditions-describeGkeVersion .opblock-summary').click();
    const operation = page.locator('#operations-Preconditions-describeGkeVersion');
    await operation.locator('.responses-wrapper').waitFor();
    const text = await operation.innerText();
    expect(text).toContain('"minimumPatch": "1.15.9-gke.8"');
    expect(text).toContain('INVALID_GKE_VERSION');
  });

  it('resolves nginx with "Try it out" against this origin and shows the answer', async () => {
    const operation = page.locator('#operations-Images-resolveImageByQuery');
    await operation.locator('.opblock-summary').click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('tr[data-param-name="reference"] input').fill('nginx');
    await operation.locator('tr[data-param-name="platform"] input').fill('');
    await operation.locator('button.execute').click();
    const live = operation.locator('.live-responses-table tr.response');
    await live.waitFor();
    expect((await live.locator('.response-col_status').innerText()).trim()).toBe('200');
    const body = await live.locator('.response-col_description pre').first().innerText();
    expect(JSON.parse(body)).toMatchObject({
      reference: 'nginx',
      normalized: 'docker.io/library/nginx:latest',
      registry: 'docker.io',
    });
    // Sent to the origin serving the page (the contract's relative server `/`).
    expect(await operation.locator('.request-url pre').innerText()).toMatch(
      new RegExp(`^${origin}/v1/images/resolve\\?reference=nginx&`),
    );
    // The picture the README shows: the operation, from its summary to the answer it got.
    await page.evaluate('window.scrollTo(0, 0)');
    const top = (await operation.boundingBox())?.y ?? 0;
    const answer = await live.boundingBox();
    const bottom = answer ? answer.y + answer.height : top + 900;
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({
      path: SCREENSHOT,
      fullPage: true,
      clip: { x: 0, y: Math.max(0, top - 8), width: 1280, height: bottom - top + 16 },
    });
  });

  it('logged no console error, no script error and no CSP violation, and stayed on 127.0.0.1', async () => {
    const violations = await page.evaluate('window.cspViolations');
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });
});
