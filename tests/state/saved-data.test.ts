import fc from 'fast-check';
import { expect, test } from 'vitest';
import { salvageText } from '../../src/assessment/salvage';
import { savedAssessmentSchema, type SavedAssessment } from '../../src/assessment/saved-assessment';
import { rehydrateAssessments, resetAssessmentStore, useAssessmentStore } from '../../src/state/assessment-store';
import { mergeAssessments, sameAssessment } from '../../src/state/merge-assessments';
import { loadSavedData, saveAssessments } from '../../src/state/saved-data';
import { BACKUP_KEY_PREFIX, ENTRY_PREFIX, INDEX_KEY, LEGACY_ID, LEGACY_KEY, STATE_VERSION } from '../../src/state/storage-keys';
import { anyAnswersArb } from '../assessment/arbitraries';
import { MemoryStorage } from '../helpers/memory-storage';

const NOW = '2026-12-01T12:00:00.000Z';
const time = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms).toISOString());

const assessmentArb: fc.Arbitrary<SavedAssessment> = fc
  .tuple(
    fc.record({
      id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      name: fc.string({ maxLength: 120 }),
      createdAt: time,
      updatedAt: time,
      answers: anyAnswersArb,
      actionPlan: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.record({ owner: fc.string({ maxLength: 120 }), due: fc.constantFrom('', '2027-01-31') }), { maxKeys: 3 }),
    }),
    fc.dictionary(fc.constantFrom('rural', 'org-name', 'it-fte', 'org-type'), fc.constantFrom('Sam Ortiz, IT contractor', 'Jo Ray, nursing lead'), { maxKeys: 3 }),
  )
  .map(([assessment, answeredBy]) => {
    // As the app keeps it: who gave an answer, only for answers there are.
    const kept = Object.fromEntries(Object.entries(answeredBy).filter(([id]) => Object.hasOwn(assessment.answers, id)));
    return Object.keys(kept).length > 0 ? { ...assessment, answeredBy: kept } : assessment;
  });

/** Saved text as it may be found: intact, cut short, with a value swapped for anything, or noise. */
const damagedTextArb = fc.oneof(
  assessmentArb.map((assessment) => JSON.stringify(assessment)),
  fc.tuple(assessmentArb, fc.nat()).map(([assessment, at]) => {
    const text = JSON.stringify(assessment);
    return text.slice(0, at % text.length);
  }),
  fc.tuple(assessmentArb, fc.string({ maxLength: 8 }), fc.jsonValue()).map(([assessment, id, value]) => JSON.stringify({ ...assessment, answers: { ...assessment.answers, [id || 'x']: value } })),
  fc.tuple(assessmentArb, fc.constantFrom('name', 'createdAt', 'answers', 'actionPlan', 'id'), fc.jsonValue()).map(([assessment, field, value]) => JSON.stringify({ ...assessment, [field]: value })),
  assessmentArb.map((assessment) => JSON.stringify({ ...assessment, answers: { ...assessment.answers, huge: 'BIG' } }).replace('"BIG"', '9'.repeat(400))),
  fc.string(),
  fc.json(),
);

const legacyArb = fc.oneof(
  anyAnswersArb.map((answers) => JSON.stringify({ version: 1, state: { answers, updatedAt: NOW } })),
  fc.jsonValue().map((answers) => JSON.stringify({ version: 1, state: { answers, updatedAt: NOW } })),
  fc.string().map((text) => `{"version":1,"state":${text}`),
);

const storageArb = fc.record({
  entries: fc.dictionary(fc.stringMatching(/^[a-z0-9-]{1,8}$/), damagedTextArb, { maxKeys: 4 }),
  legacy: fc.option(legacyArb, { nil: undefined }),
  index: fc.constantFrom<string | undefined>(undefined, JSON.stringify({ version: STATE_VERSION }), '{"vers', '[]'),
});

test('any saved data, however damaged, opens every assessment that can be salvaged and never loses data without a readable copy', () => {
  fc.assert(
    fc.property(storageArb, ({ entries, legacy, index }) => {
      const initial: Record<string, string> = Object.fromEntries(Object.entries(entries).map(([id, text]) => [`${ENTRY_PREFIX}${id}`, text]));
      if (legacy !== undefined) initial[LEGACY_KEY] = legacy;
      if (index !== undefined) initial[INDEX_KEY] = index;
      const storage = new MemoryStorage(initial);

      const loaded = loadSavedData(storage, NOW);
      const saved = saveAssessments(storage, loaded.assessments, loaded.known, loaded.retire);
      expect(saved.failed).toBe(false);
      const after = storage.entries();
      const keptTexts = new Set(Object.values(after));

      for (const [key, raw] of Object.entries(initial)) {
        if (key === INDEX_KEY) continue;
        const id = key === LEGACY_KEY ? LEGACY_ID : key.slice(ENTRY_PREFIX.length);
        const salvaged = salvageText(raw, { id, now: NOW });
        // Whatever can be read opens.
        if (salvaged) expect(loaded.assessments[id]).toBeDefined();
        // The text as it was is still there, under its key or as a copy, unless what is saved now
        // holds all of it (it was read in full).
        if (!keptTexts.has(raw)) {
          expect(salvaged?.setAside ?? ['unreadable']).toEqual([]);
          const now = salvageText(after[`${ENTRY_PREFIX}${id}`] ?? '', { id, now: NOW });
          expect(now?.setAside).toEqual([]);
          expect(sameAssessment(now!.assessment, mergeAssessments(now!.assessment, { ...salvaged!.assessment, id }))).toBe(true);
        }
      }
      // Every damaged entry is listed, and each copy kept is one of them.
      for (const key of Object.keys(after).filter((candidate) => candidate.startsWith(BACKUP_KEY_PREFIX))) expect(loaded.damaged.map((entry) => entry.key)).toContain(key);
      // What is saved now opens as it is in memory, with nothing left to salvage.
      const again = loadSavedData(storage, NOW);
      expect(again.damaged.filter((entry) => !entry.key.startsWith(BACKUP_KEY_PREFIX) && entry.kind !== 'unreadable')).toEqual([]);
      for (const [id, assessment] of Object.entries(loaded.assessments)) expect(sameAssessment(again.assessments[id]!, assessment)).toBe(true);
    }),
    { numRuns: 300 },
  );
});

type Step =
  | { kind: 'answer'; id: string; value: unknown }
  | { kind: 'plan'; gap: string; owner: string; due: string }
  | { kind: 'rename'; name: string }
  | { kind: 'create' }
  | { kind: 'delete' }
  | { kind: 'clear' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    id: fc.constantFrom('rural', 'org-name', 'project-scope', 'it-fte', 'x'.repeat(101)),
    value: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({ maxLength: 2100 }), fc.double()),
  }),
  fc.record({ kind: fc.constant('plan' as const), gap: fc.string({ maxLength: 130 }), owner: fc.string({ maxLength: 130 }), due: fc.string({ maxLength: 25 }) }),
  fc.record({ kind: fc.constant('rename' as const), name: fc.string({ maxLength: 130 }) }),
  fc.constant({ kind: 'create' as const }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'clear' as const }),
);

test('any assessment the store accepts saves and loads back equal', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(stepArb, { maxLength: 12 }), async (steps) => {
      localStorage.clear();
      resetAssessmentStore();
      const store = useAssessmentStore.getState();
      for (const step of steps) {
        const currentId = useAssessmentStore.getState().currentId;
        if (step.kind === 'answer') store.setAnswer(step.id, step.value as never);
        else if (step.kind === 'plan') store.setActionItem(step.gap, { owner: step.owner, due: step.due });
        else if (step.kind === 'rename' && currentId) store.renameAssessment(currentId, step.name);
        else if (step.kind === 'create') store.createAssessment();
        else if (step.kind === 'delete' && currentId) store.deleteAssessment(currentId);
        else if (step.kind === 'clear') store.clearAnswers();
      }
      const inMemory = structuredClone(useAssessmentStore.getState().assessments);
      for (const assessment of Object.values(inMemory)) expect(savedAssessmentSchema.safeParse(assessment).success).toBe(true);
      await rehydrateAssessments();
      const reloaded = useAssessmentStore.getState().assessments;
      expect(Object.keys(reloaded).sort()).toEqual(Object.keys(inMemory).sort());
      for (const [id, assessment] of Object.entries(inMemory)) expect(sameAssessment(reloaded[id]!, assessment)).toBe(true);
    }),
    { numRuns: 100 },
  );
});

const timedArb = fc
  .tuple(assessmentArb, fc.dictionary(fc.constantFrom('answers.rural', 'answers.org-name', 'answers.it-fte', 'actionPlan.a', 'name'), time))
  .map(([assessment, changedAt]) => ({ ...assessment, id: 'same', changedAt }));

test("merging two tabs' copies gives the same assessment whichever merges, and merging twice changes nothing", () => {
  fc.assert(
    fc.property(timedArb, timedArb, (left, right) => {
      const merged = mergeAssessments(left, right);
      expect(sameAssessment(merged, mergeAssessments(right, left))).toBe(true);
      expect(sameAssessment(mergeAssessments(merged, right), merged)).toBe(true);
      expect(sameAssessment(mergeAssessments(left, left), left)).toBe(true);
      expect(savedAssessmentSchema.safeParse(merged).success).toBe(true);
    }),
  );
});

test('who gave an answer goes with the answer that wins the merge', () => {
  fc.assert(
    fc.property(timedArb, timedArb, (left, right) => {
      const merged = mergeAssessments(left, right);
      for (const [id, who] of Object.entries(merged.answeredBy ?? {})) {
        const from = [left, right].filter((side) => side.answeredBy?.[id] === who);
        expect(from.length, id).toBeGreaterThan(0);
        expect(
          from.some((side) => JSON.stringify(side.answers[id]) === JSON.stringify(merged.answers[id])),
          id,
        ).toBe(true);
      }
    }),
  );
  const base: SavedAssessment = { id: 'a', name: '', createdAt: NOW, updatedAt: NOW, answers: { rural: 'yes' }, actionPlan: {} };
  const colleague = { ...base, answeredBy: { rural: 'Sam Ortiz, IT contractor' }, changedAt: { 'answers.rural': '2026-12-01T12:00:01.000Z' } };
  const manager = { ...base, answers: { rural: 'no' }, changedAt: { 'answers.rural': '2026-12-01T12:00:02.000Z' } };
  expect(mergeAssessments(colleague, manager)).not.toHaveProperty('answeredBy');
  expect(mergeAssessments(manager, { ...colleague, changedAt: { 'answers.rural': '2026-12-01T12:00:03.000Z' } }).answeredBy).toEqual({ rural: 'Sam Ortiz, IT contractor' });
});

test('for each answer, the newer change wins, and an answer cleared later stays cleared', () => {
  const base: SavedAssessment = { id: 'a', name: '', createdAt: NOW, updatedAt: NOW, answers: { rural: 'yes', 'org-name': 'Valley' }, actionPlan: {} };
  const mine = { ...base, answers: { rural: 'no', 'org-name': 'Valley' }, changedAt: { 'answers.rural': '2026-12-01T12:00:02.000Z' } };
  const theirs = { ...base, answers: { rural: 'yes' }, changedAt: { 'answers.rural': '2026-12-01T12:00:01.000Z', 'answers.org-name': '2026-12-01T12:00:03.000Z' } };
  expect(mergeAssessments(mine, theirs).answers).toEqual({ rural: 'no' });
});

test('every entry written or removed is told to the crash copies, and nothing else', () => {
  const storage = new MemoryStorage();
  const known = new Map<string, string>();
  const told: [string, string | null][] = [];
  const first: SavedAssessment = { id: 'a', name: 'A', createdAt: NOW, updatedAt: NOW, answers: { rural: 'yes' }, actionPlan: {} };
  saveAssessments(storage, { a: first }, known, [], (key, text) => told.push([key, text]));
  // Unchanged: nothing written, nothing told.
  saveAssessments(storage, { a: first }, known, [], (key, text) => told.push([key, text]));
  saveAssessments(storage, {}, known, [], (key, text) => told.push([key, text]));
  expect(told).toEqual([
    [`${ENTRY_PREFIX}a`, JSON.stringify(first)],
    [`${ENTRY_PREFIX}a`, null],
  ]);
});

test('a damaged record of who gave the answers loses only that record, and says so', () => {
  const saved = { id: 'a', name: 'Hill', createdAt: NOW, updatedAt: NOW, answers: { rural: 'yes' }, actionPlan: {}, answeredBy: { rural: 7 } };
  const salvaged = salvageText(JSON.stringify(saved), { id: 'a', now: NOW });
  expect(salvaged?.assessment.answers).toEqual({ rural: 'yes' });
  expect(salvaged?.assessment).not.toHaveProperty('answeredBy');
  expect(salvaged?.setAside).toEqual([{ where: 'who gave each answer', problem: 'was damaged (the answers are kept, as given by you)' }]);
});

test('a key that reading JSON would take as a prototype ("__proto__") is never saved, so what is saved reads back equal', async () => {
  const store = useAssessmentStore.getState();
  store.setAnswer('rural', 'yes');
  expect(store.setAnswer('__proto__', 'yes')).toBe(false);
  store.setActionItem('__proto__', { owner: 'Dana', due: '' });
  const inMemory = structuredClone(useAssessmentStore.getState().assessments);
  const [assessment] = Object.values(inMemory);
  expect(Object.keys(assessment?.actionPlan ?? {})).toEqual([]);
  await rehydrateAssessments();
  expect(useAssessmentStore.getState().assessments).toEqual(inMemory);
});
