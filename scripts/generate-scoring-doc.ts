import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fillScoringDoc, renderScoringDocBlocks } from './scoring-doc-tables';

/** Rewrites the generated blocks of docs/scoring.md from the scoring constants: `npx tsx scripts/generate-scoring-doc.ts`. */
function main(): void {
  const path = fileURLToPath(new URL('../docs/scoring.md', import.meta.url));
  const doc = readFileSync(path, 'utf8');
  writeFileSync(path, fillScoringDoc(doc, renderScoringDocBlocks()));
  console.log(`Updated ${path}`);
}

main();
