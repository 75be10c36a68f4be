import { cpSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * A copy of the build as a later release would be, with every chunk of code under a new name
 * (Vite names files by their contents, and the release changed them all): the files the current
 * build names are gone. The pages and chunks name the new files; the app's chunk marks the page
 * with data-deployed=`mark`. `missing` chunks are left out, as a broken deployment would.
 */
export function deployRenamedChunks(build: string, to: string, mark: string, missing: RegExp | null = null): void {
  cpSync(build, to, { recursive: true });
  const assets = join(to, 'assets');
  const chunks = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const renamed = new Map(chunks.map((name) => [name, name.replace(/\.js$/, `-${mark}.js`)]));
  for (const [name, next] of renamed) {
    renameSync(join(assets, name), join(assets, next));
    if (name.startsWith('start-app-')) writeFileSync(join(assets, next), `${readFileSync(join(assets, next), 'utf8')}\ndocument.documentElement.dataset.deployed = ${JSON.stringify(mark)};\n`);
  }
  for (const file of filesUnder(to).filter((path) => /\.(html|js)$/.test(path))) {
    let text = readFileSync(file, 'utf8');
    for (const [name, next] of renamed) text = text.split(name).join(next);
    writeFileSync(file, text);
  }
  if (missing === null) return;
  const dropped = [...renamed.values()].filter((name) => missing.test(name));
  if (dropped.length === 0) throw new Error(`no chunk in ${assets} matches ${missing}`);
  for (const name of dropped) rmSync(join(assets, name));
}
