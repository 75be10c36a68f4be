import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Build step after prerendering: writes dist/sw.js, the service worker that precaches every file
 * of the build, named by a hash of their contents so that any change makes a new version.
 * Hand-written rather than vite-plugin-pwa/Workbox: the app needs one cache of a few dozen
 * static files and a page-to-file rule matching its prerendered pages, which is some 60 lines,
 * where Workbox's build tooling would add a large dependency tree.
 */

const LEFT_OUT = [/^\.vite\//, /^sw\.js$/, /^robots\.txt$/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function main(): void {
  const distDir = process.argv[2] ?? 'dist';
  let files = filesUnder(distDir)
    .map((path) => relative(distDir, path).split(sep).join('/'))
    .filter((path) => !LEFT_OUT.some((pattern) => pattern.test(path)))
    .sort();
  // The stylesheet is inlined into every page (scripts/content-security-policy.ts): its file
  // stays in dist/ but nothing loads it, so it is not worth caching. Any stylesheet a page or
  // a script does name is kept.
  const referencing = files.filter((file) => /\.(html|js)$/.test(file)).map((file) => readFileSync(join(distDir, file), 'utf8'));
  const unused = new Set(files.filter((file) => file.endsWith('.css') && !referencing.some((text) => text.includes(`/${file}`))));
  files = files.filter((file) => !unused.has(file));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(distDir, file)));
  const version = hash.digest('hex').slice(0, 12);
  const precache = files.map((file) => `/${file}`);
  const template = readFileSync('scripts/service-worker-template.js', 'utf8');
  writeFileSync(join(distDir, 'sw.js'), `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(precache)};\n${template}`);
  console.log(`Service worker ${version}: ${precache.length} files precached`);
}

main();
