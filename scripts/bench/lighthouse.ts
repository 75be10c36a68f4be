import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/chromium';
import { BUDGETS, GOALS, breaksBudget, median, type Figure } from './budgets';
import { filledInStorage } from './seed';

/** The figures of one Lighthouse run that the budgets speak about. */
export type LighthouseRun = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Requests that finished before the first paint Lighthouse observed (the HTML's, the page script's). */
  requestsBeforePaint: number;
  /** Audits below full marks in the accessibility, best practices and SEO categories. */
  failing: string[];
};

type LighthouseReport = {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string; details?: { items?: Record<string, unknown>[] } }>;
};

/**
 * Requests the page asked for before the first paint Lighthouse observed: the HTML and the page's
 * script; the app's code is asked for once the page has painted (src/main.tsx). Lantern counts
 * every request that finished before that paint into its first paint, needed or not. Times of
 * `network-requests` start at the first request, those of `metrics` at the navigation: the same
 * moment within a few ms.
 */
function requestsBeforePaint(report: LighthouseReport): number {
  const paint = report.audits['metrics']?.details?.items?.[0]?.['observedFirstContentfulPaint'];
  const requests = report.audits['network-requests']?.details?.items;
  if (typeof paint !== 'number' || !requests) return Number.NaN;
  return requests.filter((request) => typeof request['rendererStartTime'] === 'number' && request['rendererStartTime'] < paint && !String(request['url']).startsWith('data:')).length;
}

const LIGHTHOUSE_CLI = 'node_modules/lighthouse/cli/index.js';

function runCli(args: string[], chromePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LIGHTHOUSE_CLI, ...args], { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`lighthouse exited with ${code}: ${err.slice(-2000)}`))));
  });
}

function readRun(json: string): LighthouseRun {
  const report = JSON.parse(json) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const score = (id: string) => report.categories[id]?.score ?? Number.NaN;
  const numeric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const failing = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    (report.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${category}/${ref.id}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    requestsBeforePaint: requestsBeforePaint(report),
    failing,
  };
}

const BASE_ARGS = ['--output=json', '--output-path=stdout', '--quiet', '--max-wait-for-load=30000'];

/** A first visit: Lighthouse launches its own Chromium and resets the origin's storage (the default). */
async function firstVisitRun(url: string, chromePath: string): Promise<LighthouseRun> {
  return readRun(await runCli([url, ...BASE_ARGS, `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`], chromePath));
}

/**
 * A visit with a filled-in assessment saved: Lighthouse attaches to a Chromium we launched and
 * seeded, and keeps its storage. Before each run the origin is cleared (no service worker, no
 * HTTP cache, so the page loads as on a first visit) and the assessment written again.
 */
async function seededRuns(url: string, chromePath: string, runs: number, port: number): Promise<LighthouseRun[]> {
  const origin = new URL(url).origin;
  const profile = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    headless: true,
  });
  try {
    const results: LighthouseRun[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      await cdp.send('Network.clearBrowserCache');
      // robots.txt: same origin, but no app code runs (and so no service worker is registered).
      await page.goto(`${origin}/robots.txt`);
      await page.evaluate((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, filledInStorage());
      await page.close();
      results.push(readRun(await runCli([url, ...BASE_ARGS, `--port=${port}`, '--disable-storage-reset'], chromePath)));
    }
    return results;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** `lcpGoal`: the LCP goal applies to the page (the start page and the steps: record 0013). */
export type LighthouseTarget = { name: string; path: string; seeded: boolean; lcpGoal?: boolean };

function figuresOf(target: LighthouseTarget, results: LighthouseRun[], note: string): Figure[] {
  const pick = (key: Exclude<keyof LighthouseRun, 'failing'>) => median(results.map((result) => result[key]));
  const failing = [...new Set(results.flatMap((result) => result.failing))];
  const label = (what: string) => `Lighthouse ${target.name} (${target.path}) ${what}`;
  return [
    { label: label('performance'), value: pick('performance'), unit: 'score', min: BUDGETS.performance, note },
    { label: label('accessibility'), value: pick('accessibility'), unit: 'score', min: BUDGETS.accessibility, ...(failing.length ? { note: `below full marks: ${failing.join(', ')}` } : {}) },
    { label: label('best practices'), value: pick('bestPractices'), unit: 'score', min: BUDGETS.bestPractices },
    { label: label('SEO'), value: pick('seo'), unit: 'score', min: BUDGETS.seo },
    { label: label('LCP'), value: pick('lcpMs'), unit: 's', max: BUDGETS.lcpMs, ...(target.lcpGoal ? { goal: GOALS.lcpMs } : {}) },
    { label: label('TBT'), value: pick('tbtMs'), unit: 'ms', max: BUDGETS.tbtMs, ceiling: BUDGETS.tbtCeilingMs },
    { label: label('CLS'), value: pick('cls'), unit: 'cls', max: BUDGETS.cls },
    { label: label('requests before the first paint'), value: pick('requestsBeforePaint'), unit: 'count', max: BUDGETS.requestsBeforePaint },
  ];
}

/**
 * Median of `runs` Lighthouse runs (mobile preset, simulated throttling) per figure, per page.
 * With `confirmRuns`, a page with a figure that fails (outside its budget, or a noisy figure
 * above its ceiling) is measured that many times more, and the median over all its runs is what
 * counts: on a shared machine one run can be off by a second, and a real regression stays
 * outside the budget however often it is measured.
 */
export async function measureLighthouse(origin: string, targets: LighthouseTarget[], chromePath: string, runs: number, debuggingPort: number, confirmRuns = 0): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const target of targets) {
    const url = `${origin}${target.path}`;
    const started = Date.now();
    const measure = async (count: number) => {
      if (target.seeded) return seededRuns(url, chromePath, count, debuggingPort);
      const results: LighthouseRun[] = [];
      for (let run = 0; run < count; run += 1) results.push(await firstVisitRun(url, chromePath));
      return results;
    };
    const results = await measure(runs);
    const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
    let pageFigures = figuresOf(target, results, `median of ${runs}, ${seconds()} s`);
    if (confirmRuns > 0 && pageFigures.some(breaksBudget)) {
      results.push(...(await measure(confirmRuns)));
      pageFigures = figuresOf(target, results, `median of ${results.length}: measured ${confirmRuns} more times after a figure failed, ${seconds()} s`);
    }
    figures.push(...pageFigures);
  }
  return figures;
}

/**
 * The plain HTML reference form (scripts/bench/plain-reference.html, served by
 * ./reference-server.ts): its LCP, median of `runs` first-visit runs, the floor the app's pages
 * are compared with. Printed, never gated: its other figures are not the app's.
 */
export async function measureReference(url: string, chromePath: string, runs: number): Promise<Figure> {
  const started = Date.now();
  const results: LighthouseRun[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await firstVisitRun(url, chromePath));
  const lcps = results.map((result) => result.lcpMs);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  return {
    label: 'Lighthouse plain HTML reference form (scripts/bench/plain-reference.html) LCP',
    value: median(lcps),
    unit: 's',
    note: `median of ${runs}: ${lcps.map((lcp) => (lcp / 1000).toFixed(2)).join(', ')} s; performance ${median(results.map((result) => result.performance)).toFixed(2)}, ${seconds} s`,
  };
}

/**
 * Each page's LCP over the reference's, measured in the same run (so a slow hour slows both); the
 * goal (start page and steps) is 1.35x, i.e. 0.9 s on a reference of about 0.67 s.
 */
export function lcpRatioFigures(targets: LighthouseTarget[], figures: Figure[], reference: Figure): Figure[] {
  return targets.map((target) => {
    const lcp = figures.find((figure) => figure.label === `Lighthouse ${target.name} (${target.path}) LCP`);
    return {
      label: `Lighthouse ${target.name} (${target.path}) LCP / the reference's`,
      value: (lcp?.value ?? Number.NaN) / reference.value,
      unit: 'ratio',
      ...(target.lcpGoal ? { goal: GOALS.lcpToReference } : {}),
      note: `${((lcp?.value ?? Number.NaN) / 1000).toFixed(2)} s / ${(reference.value / 1000).toFixed(2)} s`,
    };
  });
}
