import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { scoreAssessment } from '../src/assessment/scoring/score-assessment';
import { validateAll } from '../src/assessment/validation';
import { anyAnswersArb } from '../tests/assessment/arbitraries';

export type ScoringTiming = { sets: number; elapsedMs: number; perSetUs: number; validateAllMs: number; gaps: number };

/** Times scoring `count` generated answer sets (fixed seed, so runs compare); no pass or fail. */
export function measureScoring(count = 10_000): ScoringTiming {
  const sets = fc.sample(anyAnswersArb, { numRuns: count, seed: 20240601 });
  for (const answers of sets.slice(0, 200)) scoreAssessment(answers);
  const start = performance.now();
  let gaps = 0;
  for (const answers of sets) gaps += scoreAssessment(answers).gaps.length;
  const elapsedMs = performance.now() - start;
  // validateAll supplies the report's `missing` list; timing it alone shows where the time goes.
  const validateStart = performance.now();
  for (const answers of sets) validateAll(answers);
  const validateAllMs = performance.now() - validateStart;
  return { sets: sets.length, elapsedMs, perSetUs: (elapsedMs * 1000) / sets.length, validateAllMs, gaps };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const timing = measureScoring(Number(process.argv[2] ?? 10_000));
  console.log(`Scored ${timing.sets} generated answer sets in ${timing.elapsedMs.toFixed(0)} ms (${timing.perSetUs.toFixed(0)} µs each, ${timing.gaps} gaps in all).`);
  console.log(`Of which validateAll alone: about ${timing.validateAllMs.toFixed(0)} ms.`);
}
