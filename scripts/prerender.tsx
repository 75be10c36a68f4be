import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// Constants only (no store): safe to load before the in-memory storage is set up.
import { PATHS, stepPath } from '../src/assessment/routes';
import { withStyleHashes } from './content-security-policy';
import { criticalCssProcessor } from './critical-css';

/**
 * Build step after `vite build`: writes the start page, rendered as a first-time visitor sees it,
 * into index.html, so the browser paints it before any script runs; the app then hydrates it
 * (src/app/boot/start-app.tsx). Every other page gets a shell: the page frame and what the page
 * shows before the app has rendered it (a step's indicator, title and introduction; the report's
 * title: src/app/prerender-page.tsx), the rest rendered by the app. Each path gets
 * `<path>.html`, which static servers (and `vite preview`) serve for `/<path>`; any other path
 * falls back to index.html.
 *
 * Each page then gets only the CSS its HTML needs for the first paint, inlined, and the whole
 * stylesheet deferred (scripts/critical-css.ts, decision record 0013); every page's policy
 * allows the inline styles of all pages, so that one header can serve them all.
 */

/** localStorage and sessionStorage as a first visit has them: empty. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ROOT_TAG = '<div id="root"></div>';

function fillTemplate(template: string, root: string, title: string | null): string {
  if (!template.includes(ROOT_TAG)) throw new Error(`index.html has no ${ROOT_TAG} to fill`);
  let page = template.replace(ROOT_TAG, () => root);
  if (title !== null) page = page.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
  return page;
}

function write(distDir: string, file: string, content: string): void {
  const path = join(distDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** The HTML file a path is served from: `/` → index.html, `/a/b` → a/b.html. */
export function htmlFileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

type Manifest = Record<string, { file: string; imports?: string[] }>;

/** The app, which src/main.tsx loads. */
const APP_MODULE = 'src/app/boot/start-app.tsx';

/** The lazily loaded page of each shell path that has one (src/app/routes.tsx). */
const LAZY_PAGE_MODULES: Record<string, string> = {
  [PATHS.review]: 'src/features/review/review-page.tsx',
  [PATHS.results]: 'src/features/results/results-page.tsx',
  [PATHS.compare]: 'src/features/compare/compare-page.tsx',
};

function lazyPageModule(path: string): string | undefined {
  return path.startsWith(stepPath('')) ? 'src/features/wizard/step-page.tsx' : LAZY_PAGE_MODULES[path];
}

/** The files of these modules' chunks and of every chunk they import, each once. */
function chunksOf(manifest: Manifest, modules: string[]): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of modules) visit(key);
  return [...files];
}

async function main(): Promise<void> {
  const distDir = process.argv[2] ?? 'dist';
  // Before the app's modules load: the store reads saved data as soon as it is created.
  Object.assign(globalThis, { localStorage: new MemoryStorage(), sessionStorage: new MemoryStorage() });
  // The bank is checked here and by its tests, not in the browser: a bad bank fails the build.
  const { parseQuestionBank } = await import('../src/assessment/check-question-bank');
  const { STEP_INPUTS } = await import('../src/assessment/steps');
  parseQuestionBank(STEP_INPUTS);
  const { prerenderPage, prerenderShell } = await import('../src/app/prerender-page');
  const { prerenderedPaths, shellPaths } = await import('../src/app/prerender-paths');

  const template = readFileSync(join(distDir, 'index.html'), 'utf8');
  // Every page paints without the app's code: its one script (src/main.tsx) loads the app once
  // the page is painted, and first asks for every chunk the page needs, listed here on the root
  // element (for a shell, the app and its page's lazily loaded code).
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const chunksAttribute = (modules: string[]) =>
    escapeHtml(
      chunksOf(manifest, modules)
        .map((file) => `/${file}`)
        .join(' '),
    );
  const appChunks = chunksAttribute([APP_MODULE]);
  const pages: { file: string; html: string }[] = [];
  for (const path of prerenderedPaths()) {
    const { html, title } = await prerenderPage(path);
    pages.push({ file: htmlFileFor(path), html: fillTemplate(template, `<div id="root" data-prerendered="${escapeHtml(path)}" data-chunks="${appChunks}">${html}</div>`, title) });
  }
  for (const path of shellPaths()) {
    const { html, title } = await prerenderShell(path);
    const lazy = lazyPageModule(path);
    const chunks = chunksAttribute([APP_MODULE, ...(lazy ? [lazy] : [])]);
    pages.push({ file: htmlFileFor(path), html: fillTemplate(template, `<div id="root" data-shell="" data-chunks="${chunks}">${html}</div>`, title) });
  }
  const inlineCritical = criticalCssProcessor(distDir);
  const critical = await Promise.all(pages.map(async (page) => ({ file: page.file, ...(await inlineCritical(page.html, page.file)) })));
  const hashes = [...new Set(critical.map((page) => page.hash))].sort();
  for (const page of critical) write(distDir, page.file, withStyleHashes(page.html, hashes));
  const cssBytes = critical.map((page) => Buffer.byteLength(page.css));
  console.log(`Critical CSS: ${Math.min(...cssBytes)}-${Math.max(...cssBytes)} bytes per page, ${hashes.length} different`);
  console.log(`Prerendered ${prerenderedPaths().length} page(s) and ${shellPaths().length} shell(s) into ${distDir}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
