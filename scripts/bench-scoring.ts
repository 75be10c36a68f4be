import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { scoreAssessment } from '../src/assessment/scoring/score-assessment';
import { validateAll } from '../src/assessment/validation';
import { anyAnswersArb } from '../tests/assessment/arbitraries';

/** Prints how long scoring 10,000 generated answer sets takes (`npm run bench`); no pass or fail. */
function main(): void {
  const count = Number(process.argv[2] ?? 10_000);
  // A fixed seed keeps runs comparable from one change to the next.
  const sets = fc.sample(anyAnswersArb, { numRuns: count, seed: 20240601 });
  for (const answers of sets.slice(0, 200)) scoreAssessment(answers);
  const start = performance.now();
  let gaps = 0;
  for (const answers of sets) gaps += scoreAssessment(answers).gaps.length;
  const elapsed = performance.now() - start;
  // validateAll supplies the report's `missing` list; timing it alone shows where the time goes.
  const validateStart = performance.now();
  for (const answers of sets) validateAll(answers);
  const validating = performance.now() - validateStart;
  console.log(`Scored ${sets.length} generated answer sets in ${elapsed.toFixed(0)} ms (${((elapsed * 1000) / sets.length).toFixed(0)} µs each, ${gaps} gaps in all).`);
  console.log(`Of which validateAll alone: about ${validating.toFixed(0)} ms.`);
}

main();
