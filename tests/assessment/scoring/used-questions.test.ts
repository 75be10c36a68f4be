import { expect, test } from 'vitest';
import { QUESTION_BANK, type BankQuestion } from '../../../src/assessment/question-bank';
import type { AnswerValue, Answers } from '../../../src/assessment/schema';
import { RULE_ENTRIES } from '../../../src/assessment/scoring/question-rules';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { WORKED_EXAMPLE } from '../../../scripts/scoring-doc-tables';
import { PROFILES } from '../profiles';

/** Valid answers other than "Don't know" (which always counts, in the confidence). */
function candidates(question: BankQuestion): AnswerValue[] {
  switch (question.kind) {
    case 'single':
      return question.options.map((option) => option.value);
    case 'multi':
      return question.options.map((option) => [option.value]);
    case 'number':
      return [question.min, Math.round((question.min + question.max) / 2), question.max];
    case 'text':
      return [];
  }
}

const BASES: Answers[] = [WORKED_EXAMPLE, ...PROFILES.map((profile) => profile.answers)];

/** True when some answer to the question, in some profile, gives a different report than another answer. */
function changesTheReport(question: BankQuestion): boolean {
  return BASES.some((base) => {
    const reports = new Set(candidates(question).map((value) => JSON.stringify(scoreAssessment({ ...base, [question.id]: value }))));
    return reports.size > 1;
  });
}

test('every asked question that is not free text feeds the report, or its rule entry says why not', () => {
  const unused = QUESTION_BANK.questions.filter((question) => question.kind !== 'text' && !changesTheReport(question)).map((question) => question.id);
  const informational = RULE_ENTRIES.filter(([, rule]) => rule.informational !== undefined).map(([id]) => id);
  expect(unused.sort()).toEqual(informational.sort());
  // None today: the organization type and the consultant relationship got their rules.
  expect(informational).toEqual([]);
});

test('an informational entry says why in a sentence, and carries no rule', () => {
  for (const [id, rule] of RULE_ENTRIES) {
    if (rule.informational === undefined) continue;
    expect(rule.informational.split(' ').length, id).toBeGreaterThan(8);
    expect([rule.gap, rule.weight, rule.findOut], id).toEqual([undefined, undefined, undefined]);
  }
});
