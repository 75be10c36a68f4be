import { cpSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stepPath } from '../../src/assessment/routes';
import { expect, test } from './fixtures';
import { startStaticServer } from './static-server';
import { PLAN, answerByPointer, expectAnswerShown, plannedSteps } from './wizard-helpers';

const MARK = 'next';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * A copy of the build as the next release would be: the app's code changed (it marks the page
 * with data-deployed="next"), so its file and the file of the script that loads it have new
 * names, as Vite names files by their contents; the pages and the service worker name them.
 */
function nextRelease(build: string, to: string): void {
  cpSync(build, to, { recursive: true });
  const assets = join(to, 'assets');
  const renamed = readdirSync(assets).filter((name) => /^(index|start-app)-[^.]+\.js$/.test(name));
  if (renamed.length !== 2) throw new Error(`expected the entry and the app chunk in ${assets}, found ${renamed.join(', ')}`);
  for (const name of renamed) {
    const next = name.replace(/\.js$/, `-${MARK}.js`);
    renameSync(join(assets, name), join(assets, next));
    if (name.startsWith('start-app')) writeFileSync(join(assets, next), `${readFileSync(join(assets, next), 'utf8')}\ndocument.documentElement.dataset.deployed = ${JSON.stringify(MARK)};\n`);
  }
  for (const file of filesUnder(to).filter((path) => /\.(html|js)$/.test(path))) {
    let text = readFileSync(file, 'utf8');
    for (const name of renamed) text = text.split(name).join(name.replace(/\.js$/, `-${MARK}.js`));
    // The pages changed, so their revisions in the worker's precache manifest do (Workbox's
    // injectManifest writes an MD5 of each file; the files under assets/ are named by theirs).
    if (file.endsWith('sw.js')) {
      const revised = text.replace(/"revision":"([^"]+)","url":"([^"]+\.html)"/g, `"revision":"$1-${MARK}","url":"$2"`);
      if (revised === text) throw new Error(`no page's revision found in the precache manifest of ${file}`);
      text = revised;
    }
    writeFileSync(file, text);
  }
}

test('a new version is used on the next visit after it is deployed, and the answers are kept', async ({ browser }, testInfo) => {
  const current = testInfo.outputPath('current');
  const next = testInfo.outputPath('next');
  cpSync('dist', current, { recursive: true });
  nextRelease('dist', next);
  const server = await startStaticServer(current);
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    const [first] = plannedSteps();
    const question = first?.questions[0];
    if (!first || !question) throw new Error('the plan has no first question');
    const answer = PLAN[question.id];
    if (answer === undefined) throw new Error(`the plan has no answer for ${question.id}`);

    // A visit to the version deployed now: the service worker takes control, an answer is saved.
    await page.goto('/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    await page.goto(stepPath(first.step.id));
    await answerByPointer(page, question, answer);
    await expect(page.getByTestId('live-announcer')).toHaveText('Your answers are saved in this browser.');
    await expect(page.locator('html')).not.toHaveAttribute('data-deployed', MARK);

    // The next release is deployed. The very next visit runs it, with the answer still there.
    server.serve(next);
    await page.goto(stepPath(first.step.id));
    await expect(page.locator('html')).toHaveAttribute('data-deployed', MARK);
    await expectAnswerShown(page, question, answer);

    // Its service worker takes over and caches it: with the network off, it is what opens.
    const appChunk = readdirSync(join(next, 'assets')).find((name) => name.startsWith('start-app-') && name.endsWith(`-${MARK}.js`));
    const settledOnNext = () =>
      page.evaluate(async (chunk) => {
        const registration = await navigator.serviceWorker.getRegistration();
        const settled = registration !== undefined && !registration.installing && !registration.waiting && registration.active?.state === 'activated';
        const precache = (await caches.keys()).find((name) => name.startsWith('staffing-readiness-precache-'));
        const cached = precache === undefined ? [] : (await (await caches.open(precache)).keys()).map((request) => new URL(request.url).pathname);
        return settled && cached.includes(`/assets/${chunk}`);
      }, appChunk);
    await expect.poll(settledOnNext, { timeout: 15_000 }).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-deployed', MARK);
    await expectAnswerShown(page, question, answer);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});
