import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, KB, type Figure } from './budgets';

type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.ttf', '.otf', '.eot']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Gzip at zlib's default level, which is what most servers use for static files. */
function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

/**
 * The JS the first page loads: the page's own script (src/main.tsx, the HTML entry, which only
 * starts the app), the app's chunk it imports once the page is painted (an entry of its own, see
 * scripts/app-entry-url.ts), and, recursively, their static imports; the app's own dynamic
 * imports are what lazy routes load later and are left out.
 */
export function firstPageFiles(manifest: Manifest): { js: string[]; css: string[] } {
  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entryKeys.length === 0) throw new Error('dist/.vite/manifest.json has no entry chunk (is build.manifest on?)');
  const js = new Set<string>();
  const css = new Set<string>();
  const visited = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || visited.has(key)) return;
    visited.add(key);
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of entryKeys) visit(key);
  return { js: [...js], css: [...css] };
}

/** The module that makes the Word file, with the docx library: loaded only when a manager asks for one. */
export const WORD_EXPORT_MODULE = 'src/features/results/word-file.ts';

/** The files only the Word export loads: its chunk, and the chunks it imports that nothing else imports. */
export function wordExportFiles(manifest: Manifest): string[] {
  const entry = manifest[WORD_EXPORT_MODULE];
  if (!entry) throw new Error(`dist/.vite/manifest.json has no chunk for ${WORD_EXPORT_MODULE}`);
  const importedElsewhere = (key: string) => Object.entries(manifest).some(([other, chunk]) => other !== WORD_EXPORT_MODULE && (chunk.imports ?? []).includes(key));
  const own = (entry.imports ?? []).filter((key) => !importedElsewhere(key)).flatMap((key) => manifest[key]?.file ?? []);
  return [entry.file, ...own];
}

/** Size figures from a production build in `distDir` (run `npm run build` first). */
export function measureSizes(distDir = 'dist'): Figure[] {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const first = firstPageFiles(manifest);
  const all = filesUnder(distDir).filter((path) => !path.includes(`${join(distDir, '.vite')}`));
  const word = new Set(wordExportFiles(manifest).map((file) => join(distDir, file)));
  const allJs = all.filter((path) => extname(path) === '.js' && !path.endsWith('sw.js') && !word.has(path));
  const allCss = all.filter((path) => extname(path) === '.css');
  const fonts = all.filter((path) => FONT_EXTENSIONS.has(extname(path)));
  const notWoff2 = fonts.filter((path) => extname(path) !== '.woff2');
  const sum = (paths: string[], size: (path: string) => number) => paths.reduce((total, path) => total + size(path), 0);
  const firstJs = first.js.map((file) => join(distDir, file));
  const rawSize = (path: string) => statSync(path).size;
  // Every page a visit can open first: the prerendered start page and the shells (scripts/prerender.tsx).
  const pages = all.filter((path) => extname(path) === '.html').map((path) => ({ page: relative(distDir, path), gzip: gzipBytes(path) }));
  const largest = [...pages].sort((a, b) => b.gzip - a.gzip)[0] ?? { page: 'none', gzip: Number.NaN };
  const startPage = pages.find((page) => page.page === 'index.html');

  return [
    { label: 'First page JS, gzip', value: sum(firstJs, gzipBytes), unit: 'kb', max: BUDGETS.firstPageJsGzip, note: `${firstJs.length} file(s)` },
    { label: 'First page JS, raw', value: sum(firstJs, rawSize), unit: 'kb' },
    { label: 'All JS, gzip', value: sum(allJs, gzipBytes), unit: 'kb', max: BUDGETS.allJsGzip, note: `${allJs.length} file(s), service worker and Word export not counted` },
    { label: 'Word export JS, gzip (loaded when a Word file is asked for)', value: sum([...word], gzipBytes), unit: 'kb', max: BUDGETS.wordExportGzip, note: `${word.size} file(s)` },
    {
      label: 'First page HTML, gzip (largest page)',
      value: largest.gzip,
      unit: 'kb',
      max: BUDGETS.firstPageHtmlGzip,
      note: `${largest.page}, of ${pages.length} pages; the start page ${startPage ? `${(startPage.gzip / KB).toFixed(1)} KB` : 'missing'}`,
    },
    { label: 'CSS, gzip', value: sum(allCss, gzipBytes), unit: 'kb', max: BUDGETS.cssGzip, note: `${allCss.length} file(s)` },
    { label: 'Fonts', value: sum(fonts, rawSize), unit: 'kb', note: fonts.map((path) => relative(distDir, path)).join(', ') || 'none' },
    // Self-hosted woff2 only: any other font format in the build is a failure.
    { label: 'Font files not in woff2', value: notWoff2.length, unit: 'count', max: 0 },
  ];
}
