import fc from 'fast-check';
import { QUESTION_BANK, getQuestion } from '../../src/assessment/question-bank';
import { DONT_KNOW, type AnswerValue, type Answers, type Question } from '../../src/assessment/schema';

/**
 * Answer-set generators built from the question bank, for property tests. Every question gets
 * an answer whether or not it is asked, so skipped branches carry stale answers that scoring
 * must ignore.
 */

function numberArb(question: Question & { kind: 'number' }): fc.Arbitrary<number> {
  const span = question.max - question.min;
  // Small values are where real clinics live and where thresholds are crossed; keep the full range too.
  const low = question.min + Math.max(1, Math.floor(span / 20));
  const make = (max: number) =>
    question.integer ? fc.integer({ min: question.min, max }) : fc.double({ min: question.min, max, noNaN: true, noDefaultInfinity: true }).map((value) => Math.abs(value) || 0);
  return fc.oneof({ arbitrary: make(low), weight: 3 }, { arbitrary: make(question.max), weight: 1 });
}

/** A valid answer to one question, "Don't know" included where the question allows it. */
export function answerValueArb(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case 'text':
      return fc.string({ maxLength: question.maxLength });
    case 'number':
      return question.allowDontKnow ? fc.oneof({ arbitrary: numberArb(question), weight: 4 }, { arbitrary: fc.constant(DONT_KNOW), weight: 1 }) : numberArb(question);
    case 'single': {
      const values: string[] = question.options.map((option) => option.value);
      if (question.allowDontKnow) values.push(DONT_KNOW);
      return fc.constantFrom(...values);
    }
    case 'multi': {
      const open = question.options.filter((option) => !option.exclusive).map((option) => option.value);
      const lone = question.options.filter((option) => option.exclusive).map((option) => [option.value]);
      if (question.allowDontKnow) lone.push([DONT_KNOW]);
      const some = fc.subarray(open, { minLength: 1 });
      return lone.length > 0 ? fc.oneof({ arbitrary: some, weight: 4 }, { arbitrary: fc.constantFrom(...lone), weight: 1 }) : some;
    }
  }
}

/** Values the store may hold but validation refuses: half-typed numbers, a stray "Don't know", clashing choices. */
function invalidValueArb(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case 'number':
      return fc.constantFrom('', '12a', 'abc', ' 3 ', question.max + 1, question.min - 1);
    case 'single':
      return fc.constantFrom(
        DONT_KNOW,
        'not-an-option',
        '',
        question.options.map((option) => option.value),
      );
    case 'multi':
      return fc.constantFrom(
        [DONT_KNOW, ...question.options.map((option) => option.value)],
        question.options.map((option) => option.value),
        [],
        'x',
      );
    case 'text':
      return fc.constant('x'.repeat(question.maxLength + 1));
  }
}

function record(entries: [string, fc.Arbitrary<AnswerValue | undefined>][]): fc.Arbitrary<Answers> {
  return fc.tuple(...entries.map(([, arbitrary]) => arbitrary)).map((values) => {
    const answers: Answers = {};
    entries.forEach(([id], index) => {
      const value = values[index];
      if (value !== undefined) answers[id] = value;
    });
    return answers;
  });
}

/** A complete, valid answer set: every question answered (including skipped ones, with stale answers). */
export const completeAnswersArb: fc.Arbitrary<Answers> = record(QUESTION_BANK.questions.map((question) => [question.id, answerValueArb(question)]));

/** Any answer set the store can hold: questions may be open, and number fields may hold half-typed text. */
export const anyAnswersArb: fc.Arbitrary<Answers> = record(
  QUESTION_BANK.questions.map((question) => {
    const typed = question.kind === 'number' ? fc.oneof(answerValueArb(question), fc.constantFrom('', '12a', 'abc', ' 3 ')) : answerValueArb(question);
    return [question.id, fc.option(typed, { nil: undefined, freq: 3 })];
  }),
);

/**
 * Answer sets that also break the bank's rules (a stray "Don't know", clashing choices, numbers
 * out of range), as damaged or hand-edited data might: scoring must still cope.
 */
export const unvalidatedAnswersArb: fc.Arbitrary<Answers> = record(
  QUESTION_BANK.questions.map((question) => {
    const typed = fc.oneof({ arbitrary: answerValueArb(question), weight: 6 }, { arbitrary: invalidValueArb(question), weight: 1 });
    return [question.id, fc.option(typed, { nil: undefined, freq: 3 })];
  }),
);

/** Complete answer sets with some answers fixed, for properties about one situation. */
export function answersWith(overrides: Record<string, fc.Arbitrary<AnswerValue>>): fc.Arbitrary<Answers> {
  return fc.tuple(completeAnswersArb, fc.record(overrides)).map(([answers, fixed]) => ({ ...answers, ...fixed }));
}

/** Options of a single-choice question at or above a level (from its `level`). */
export function optionsAtLeast(questionId: string, level: number): string[] {
  const question = getQuestion(questionId);
  if (question.kind !== 'single') throw new Error(`${questionId} is not a single-choice question`);
  return question.options.filter((option) => (option.level ?? 0) >= level).map((option) => option.value);
}

/** Options of a single-choice question below a level. */
export function optionsBelow(questionId: string, level: number): string[] {
  const question = getQuestion(questionId);
  if (question.kind !== 'single') throw new Error(`${questionId} is not a single-choice question`);
  return question.options.filter((option) => (option.level ?? 0) < level).map((option) => option.value);
}

/** The questions that measure IT experience or IT capacity, for the monotonicity property. */
export const RAISABLE_QUESTIONS = ['exp-technology', 'exp-installation', 'exp-networking', 'exp-interfacing', 'exp-security', 'it-routine-load', 'no-hiring-feasible', 'it-project-hours'] as const;

/**
 * The same answers with one experience or capacity answer strictly raised, or null when it is
 * unknown or already at the top. "Don't know" is not on the scale, so it is never raised.
 */
export function raiseAnswer(answers: Answers, questionId: string, pick: number): Answers | null {
  const question = getQuestion(questionId);
  const value = answers[questionId];
  if (question.kind === 'number') {
    if (typeof value !== 'number' || value >= question.max) return null;
    const room = question.max - value;
    const step = question.integer ? Math.max(1, Math.round(room * pick)) : room * Math.max(pick, 0.001);
    return { ...answers, [questionId]: Math.min(question.max, value + step) };
  }
  if (question.kind !== 'single') return null;
  const current = question.options.find((option) => option.value === value);
  if (!current) return null;
  const higher = question.options.filter((option) => (option.level ?? 0) > (current.level ?? 0));
  if (higher.length === 0) return null;
  const chosen = higher[Math.min(higher.length - 1, Math.floor(pick * higher.length))]!;
  return { ...answers, [questionId]: chosen.value };
}
