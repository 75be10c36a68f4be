import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';

/**
 * Build step after prerendering (the pages it writes are precached too): writes dist/sw.js from
 * scripts/service-worker.js with Workbox. Vite bundles the worker with the Workbox modules it
 * imports into one file, so the browser loads nothing from elsewhere (no CDN, no importScripts);
 * then Workbox's injectManifest puts the precache manifest into it: every file of the build with
 * an MD5 revision, or none for the files under assets/, whose names carry their content hash.
 * workbox-build and its dependencies run here only; the browser gets sw.js and nothing else.
 */

const SOURCE = 'scripts/service-worker.js';

/** Bundles the worker's source and the Workbox modules into one minified script. */
async function bundleWorker(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // Workbox leaves out its development logging and checks in production.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: SOURCE, formats: ['iife'], name: 'serviceWorker', fileName: () => 'sw.js' },
    },
  });
  return join(outDir, 'sw.js');
}

async function main(): Promise<void> {
  const distDir = process.argv[2] ?? 'dist';
  const work = mkdtempSync(join(tmpdir(), 'staffing-readiness-sw-'));
  try {
    const { count, size, warnings } = await injectManifest({
      swSrc: await bundleWorker(work),
      swDest: join(distDir, 'sw.js'),
      globDirectory: distDir,
      globPatterns: ['**/*'],
      globIgnores: ['.vite/**', 'sw.js', 'robots.txt'],
      dontCacheBustURLsMatching: /^assets\//,
      // Everything, the stylesheet included: the pages inline only their critical CSS and load
      // the whole file after the first paint (scripts/critical-css.ts, decision record 0013), so
      // offline they need it from the cache.
      manifestTransforms: [
        (entries) => {
          if (!entries.some(({ url }) => /^assets\/[^/]+\.css$/.test(url))) throw new Error('no stylesheet in the precache: offline, pages would lack their CSS');
          return { manifest: entries, warnings: [] };
        },
      ],
    });
    for (const warning of warnings) console.warn(`Service worker: ${warning}`);
    console.log(`Service worker: ${count} files precached (${(size / 1024).toFixed(1)} KB)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
