import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Build step after `vite build`: writes the start page and every step, rendered as a first-time
 * visitor sees them, into their own HTML files, so the browser paints them before any script
 * runs; the app then hydrates them (src/main.tsx). Pages that depend on saved data get the page
 * frame only. Each path gets `<path>.html`, which static servers (and `vite preview`) serve for
 * `/<path>`; any other path falls back to index.html.
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

async function main(): Promise<void> {
  const distDir = process.argv[2] ?? 'dist';
  // Before the app's modules load: the store reads saved data as soon as it is created.
  Object.assign(globalThis, { localStorage: new MemoryStorage(), sessionStorage: new MemoryStorage() });
  const { prerenderPage, prerenderShell } = await import('../src/app/prerender-page');
  const { prerenderedPaths, shellPaths } = await import('../src/app/prerender-paths');

  const template = readFileSync(join(distDir, 'index.html'), 'utf8');
  // Prerendered pages paint without the script, which only makes them interactive: fetching it
  // at low priority leaves the bandwidth to the stylesheet and fonts the first paint needs.
  // (Shells need the script for their content, so they keep the normal priority.)
  const prerenderedTemplate = template.replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin');
  for (const path of prerenderedPaths()) {
    const { html, title } = await prerenderPage(path);
    write(distDir, htmlFileFor(path), fillTemplate(prerenderedTemplate, `<div id="root" data-prerendered="${escapeHtml(path)}">${html}</div>`, title));
  }
  const shell = await prerenderShell();
  for (const path of shellPaths()) write(distDir, htmlFileFor(path), fillTemplate(template, `<div id="root" data-shell="">${shell}</div>`, null));
  console.log(`Prerendered ${prerenderedPaths().length} page(s) and ${shellPaths().length} shell(s) into ${distDir}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
