#!/usr/bin/env node
// Sums the unit (Vitest) and browser (Playwright) test results into one line: "N passed, N failed".
// A missing or unreadable result file counts as a failure, never as zero tests.
// Exit code: 0 when nothing failed, 1 otherwise.
import { readFileSync } from 'node:fs';

const files = {
  vitest: process.argv[2] ?? 'test-results/vitest.json',
  playwright: process.argv[3] ?? 'test-results/e2e.json',
};

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { error: error.code === 'ENOENT' ? `${path} is missing` : `${path} is unreadable: ${error.message}` };
  }
}

/** Vitest's json reporter (Jest format). Suites that failed to load count once each. */
function vitestTotals(json) {
  if (json.error) return { passed: 0, failed: 1, skipped: 0, notes: [json.error] };
  const passed = json.numPassedTests ?? 0;
  let failed = json.numFailedTests ?? 0;
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  const notes = [];
  const brokenSuites = (json.testResults ?? []).filter((suite) => suite.status === 'failed' && (suite.assertionResults ?? []).every((test) => test.status !== 'failed'));
  if (brokenSuites.length > 0) {
    failed += brokenSuites.length;
    notes.push(`${brokenSuites.length} test file(s) failed outside any test: ${brokenSuites.map((suite) => suite.name).join(', ')}`);
  }
  if (failed === 0 && json.success === false) {
    failed = 1;
    notes.push('vitest reported the run as failed');
  }
  if (passed + failed === 0) {
    failed = 1;
    notes.push('vitest ran no tests');
  }
  return { passed, failed, skipped, notes };
}

/** Playwright's json reporter: stats plus top-level errors (config, webServer, globalTimeout…). */
function playwrightTotals(json) {
  if (json.error) return { passed: 0, failed: 1, skipped: 0, notes: [json.error] };
  const stats = json.stats ?? {};
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  let failed = stats.unexpected ?? 0;
  const skipped = stats.skipped ?? 0;
  const notes = [];
  const errors = json.errors ?? [];
  if (errors.length > 0) {
    failed += errors.length;
    notes.push(`${errors.length} error(s) outside tests: ${errors.map((error) => (error.message ?? '').split('\n')[0]).join(' | ')}`);
  }
  if (passed + failed === 0) {
    failed = 1;
    notes.push('playwright ran no tests (all skipped or none found)');
  }
  return { passed, failed, skipped, notes };
}

const results = [
  ['unit (vitest)', vitestTotals(readJson(files.vitest))],
  ['browser (playwright)', playwrightTotals(readJson(files.playwright))],
];

for (const [name, totals] of results) {
  // Deliberately not in the "N passed, N failed" form: that line appears once, last.
  console.log(`${name}: passed=${totals.passed} failed=${totals.failed} skipped=${totals.skipped}`);
  for (const note of totals.notes) console.log(`  ${note}`);
}
const passed = results.reduce((sum, [, totals]) => sum + totals.passed, 0);
const failed = results.reduce((sum, [, totals]) => sum + totals.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
