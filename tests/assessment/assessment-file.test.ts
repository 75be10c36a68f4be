import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { FILE_FORMAT, FILE_SCHEMA_VERSION, MAX_FILE_BYTES, exportableAnswers, serializeAssessment } from '../../src/assessment/assessment-file';
import { actionItemFor } from '../../src/assessment/action-plan';
import { parseAssessmentFile } from '../../src/assessment/read-assessment-file';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { APP_VERSION } from '../../src/assessment/product';
import type { SavedAssessment } from '../../src/assessment/saved-assessment';
import packageJson from '../../package.json';
import { anyAnswersArb } from './arbitraries';

const EXPORTED_AT = '2026-11-25T12:00:00.000Z';

const assessmentArb: fc.Arbitrary<SavedAssessment> = fc.record({
  id: fc.uuid(),
  name: fc.string({ maxLength: 120 }),
  createdAt: fc.constant('2026-01-02T03:04:05.000Z'),
  updatedAt: fc.constant('2026-02-03T04:05:06.000Z'),
  answers: anyAnswersArb,
  // Keyed by gap ids, as the app's action plans are (a key such as "__proto__" is not one: see the
  // test of a file that has it).
  actionPlan: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,39}$/), fc.record({ owner: fc.string({ maxLength: 120 }), due: fc.constantFrom('', '2027-01-31') }), { maxKeys: 5 }),
});

function validFile(overrides: Record<string, unknown> = {}, assessment: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: FILE_FORMAT,
    schemaVersion: FILE_SCHEMA_VERSION,
    appVersion: APP_VERSION,
    exportedAt: EXPORTED_AT,
    assessment: { name: 'Hill Clinic', createdAt: EXPORTED_AT, updatedAt: EXPORTED_AT, answers: { rural: 'yes', 'facility-count': 2 }, actionPlan: {}, ...assessment },
    ...overrides,
  });
}

function problems(text: string, size?: number): string[] {
  const result = parseAssessmentFile(text, size);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

test('the app version written into files is the package version', () => {
  expect(APP_VERSION).toBe(packageJson.version);
});

test('export then import gives back the same assessment, for any assessment the app can hold', () => {
  fc.assert(
    fc.property(assessmentArb, (assessment) => {
      const result = parseAssessmentFile(serializeAssessment(assessment, EXPORTED_AT));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { id: _id, ...rest } = assessment;
      // Only half-typed numbers stay behind (the export tells the user which).
      const { answers, dropped } = exportableAnswers(assessment.answers);
      expect(result.assessment).toEqual({ ...rest, answers });
      for (const id of dropped) expect(typeof assessment.answers[id]).toBe('string');
      expect(result.warnings).toEqual([]);
    }),
    { numRuns: 150 },
  );
});

test('a file whose action plan has a "__proto__" entry is read without it, and changes no object\'s prototype', () => {
  const text = validFile({}, { actionPlan: { 'gap-a': { owner: 'Maria', due: '' } } }).replace('"actionPlan":{', '"actionPlan":{"__proto__":{"owner":"x","due":""},');
  expect(text).toContain('"__proto__":{"owner":"x"');
  const result = parseAssessmentFile(text);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.assessment.actionPlan).toEqual({ 'gap-a': { owner: 'Maria', due: '' } });
  expect(Object.getPrototypeOf(result.assessment.actionPlan)).toBe(Object.prototype);
  expect(({} as Record<string, unknown>).owner).toBeUndefined();
});

test('any mutated or random file is either imported or refused with a message, and never throws', () => {
  const mutation = fc.oneof(
    fc.string(),
    fc.json(),
    fc.tuple(assessmentArb, fc.nat(), fc.string({ maxLength: 5 })).map(([assessment, at, insert]) => {
      const text = serializeAssessment(assessment, EXPORTED_AT);
      const cut = at % (text.length + 1);
      return text.slice(0, cut) + insert + text.slice(cut + 1);
    }),
    fc.tuple(assessmentArb, fc.jsonValue()).map(([assessment, value]) => {
      const data = JSON.parse(serializeAssessment(assessment, EXPORTED_AT));
      data.assessment.answers['it-project-hours'] = value;
      return JSON.stringify(data);
    }),
  );
  fc.assert(
    fc.property(mutation, (text) => {
      const result = parseAssessmentFile(text);
      if (result.ok) expect(result.assessment.answers).toBeTypeOf('object');
      else {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(problem.trim()).not.toBe('');
          // Every refusal says what is wrong in words, never zod's bare "Invalid input".
          expect(problem).not.toMatch(/Invalid input|found null/);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test.each<[string, string, number | undefined, RegExp]>([
  ['a file that is not JSON', 'Name,Answer\nrural,yes', undefined, /not in JSON format/],
  ['JSON of another tool', JSON.stringify({ title: 'survey', answers: {} }), undefined, /not a Staffing Readiness assessment/],
  ['a file without a format version', JSON.stringify({ format: FILE_FORMAT }), undefined, /which version of the format/],
  ['a file from a newer version', validFile({ schemaVersion: 9 }), undefined, /newer version of Staffing Readiness \(file format 9/],
  ['a file that is too large', validFile(), MAX_FILE_BYTES + 1, /too large/],
  [
    'a number question holding text',
    validFile({}, { answers: { 'it-project-hours': 'lots' } }),
    undefined,
    /question it-project-hours \("[^"]+"\): Enter a number from 0 to 400.* Found the text "lots"\./,
  ],
  ['an option the question does not have', validFile({}, { answers: { 'org-type': 'spaceship' } }), undefined, /question org-type \("[^"]+"\): Choose one answer/],
  ['an answer of the wrong kind', validFile({}, { answers: { rural: { yes: true } } }), undefined, /question rural/],
  ['a format version that is not a number', validFile({ schemaVersion: 'two' }), undefined, /format version \("schemaVersion"\) should be a whole number from 1 to 2, but is the text "two"/],
  [
    'a number too large to read',
    validFile({}, { answers: { 'it-project-hours': 'BIG' } }).replace('"BIG"', '9'.repeat(5000)),
    undefined,
    /question it-project-hours .* \(found a number too large to read\)\./,
  ],
  [
    'an owner longer than 120 characters',
    validFile({}, { actionPlan: { g: { owner: 'o'.repeat(121), due: '' } } }),
    undefined,
    /The file's action plan entry "g" owner is longer than 120 characters\./,
  ],
  ['a name longer than 120 characters', validFile({}, { name: 'n'.repeat(121) }), undefined, /The file's assessment name is longer than 120 characters\./],
  ['answers that are not a list of answers', validFile({}, { answers: 'all good' }), undefined, /The file's assessment answers should be a group of fields, but is the text "all good"/],
])('import refuses %s, saying which and where', (_name, text, size, message) => {
  expect(problems(text, size).join('\n')).toMatch(message);
});

test('unknown extra fields are ignored, and said so', () => {
  const result = parseAssessmentFile(validFile({ colour: 'blue' }, { answers: { rural: 'yes', 'favourite-fruit': 'apple' }, notes: 'x' }));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.assessment.answers).toEqual({ rural: 'yes' });
  expect(result.warnings.join('\n')).toMatch(/"colour"/);
  expect(result.warnings.join('\n')).toMatch(/"assessment.notes"/);
  expect(result.warnings.join('\n')).toMatch(/"favourite-fruit"/);
});

test('a version-1 file (answers at the top level) is migrated on import', () => {
  const result = parseAssessmentFile(JSON.stringify({ format: FILE_FORMAT, schemaVersion: 1, answers: { rural: 'no' }, updatedAt: '2026-03-01T00:00:00.000Z' }));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.assessment.answers).toEqual({ rural: 'no' });
  expect(result.assessment.updatedAt).toBe('2026-03-01T00:00:00.000Z');
  expect(result.assessment.actionPlan).toEqual({});
});

test('a half-typed number is left out of the export and named', () => {
  expect(exportableAnswers({ 'it-project-hours': '12a', 'it-fte': 'dont-know', rural: 'yes' })).toEqual({ answers: { 'it-fte': 'dont-know', rural: 'yes' }, dropped: ['it-project-hours'] });
});

test('text that looks like HTML survives the round trip as plain text', () => {
  const assessment: SavedAssessment = {
    id: 'x',
    name: '<img src=x onerror=alert(1)>',
    createdAt: EXPORTED_AT,
    updatedAt: EXPORTED_AT,
    answers: { 'org-name': '<script>alert("hi")</script>' },
    actionPlan: {},
  };
  const result = parseAssessmentFile(serializeAssessment(assessment, EXPORTED_AT));
  expect(result.ok && result.assessment.answers['org-name']).toBe('<script>alert("hi")</script>');
});

test('a file saved before the advice questions were added opens with every answer, the retired FTE one kept, and the report asks for the new ones', () => {
  const text = readFileSync(join(process.cwd(), 'tests/fixtures/assessment-2026-11.json'), 'utf8');
  const saved = JSON.parse(text) as { assessment: { answers: Record<string, unknown>; actionPlan: Record<string, { owner: string; due: string }> } };
  const result = parseAssessmentFile(text);
  if (!result.ok) throw new Error(result.problems.join(' '));
  // "Which roles does your organization have?" is said by the head counts now (all four roles here).
  const { 'roles-present': roles, ...others } = saved.assessment.answers;
  expect(roles).toHaveLength(4);
  expect(result.assessment.answers).toEqual(others);
  expect(result.assessment.actionPlan).toEqual(saved.assessment.actionPlan);
  // The IT staff time in FTE is no longer asked (the hours a week are): kept, and said so.
  expect(result.assessment.answers['it-fte']).toBe(1.5);
  expect(result.warnings.join(' ')).toMatch(/Kept your answer to "How much IT staff time do you have, in full-time equivalents \(FTE\)\?".*"How many hours a week could they give the project\?"/);
  const report = scoreAssessment(result.assessment.answers);
  expect(report.missing).toEqual(expect.arrayContaining(['hosting', 'site-internet', 'it-people', 'patient-internet']));
  expect(report.provisional).toBe(true);
  // The owner typed for the old per-area gap shows on the gap that now gathers the areas.
  const expertise = report.gaps.find((gap) => gap.id === 'expertise');
  expect(expertise && actionItemFor(result.assessment.actionPlan, expertise)).toEqual({ owner: 'Dana (IT lead)', due: '2027-02-15' });
});

test('who gave each answer travels with the file, and a damaged record of it is refused with where', () => {
  const assessment: SavedAssessment = {
    id: 'x',
    name: 'Hill Clinic',
    createdAt: EXPORTED_AT,
    updatedAt: EXPORTED_AT,
    answers: { rural: 'yes', 'facility-count': 2 },
    actionPlan: {},
    answeredBy: { 'facility-count': 'Sam Ortiz, IT contractor' },
  };
  const back = parseAssessmentFile(serializeAssessment(assessment, EXPORTED_AT));
  expect(back.ok && back.assessment.answeredBy).toEqual({ 'facility-count': 'Sam Ortiz, IT contractor' });
  expect(back.ok && back.warnings).toEqual([]);
  // A record for an answer the file does not hold is no one's answer: dropped, not refused.
  const stray = parseAssessmentFile(validFile({}, { answeredBy: { hosting: 'Sam' } }));
  expect(stray.ok && stray).not.toHaveProperty('assessment.answeredBy');
  expect(problems(validFile({}, { answeredBy: { rural: 42 } }))).toEqual(['The file\'s record of who gave the answer to "rural" should be text, but is the number 42.']);
  expect(problems(validFile({}, { answeredBy: { rural: '' } }))).toEqual(['The file\'s record of who gave the answer to "rural" is empty.']);
});
