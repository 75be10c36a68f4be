import { describe, expect, test } from 'vitest';
import { QUESTION_BANK, getQuestion } from '../../../src/assessment/question-bank';
import { SOURCES, findSource } from '../../../src/assessment/sources';
import { SCOPE_ITEMS, SCORING_CONSTANTS, SUPPORT_AREAS } from '../../../src/assessment/scoring/constants';
import { SEVERITIES } from '../../../src/assessment/scoring/gap-report-schema';
import { ANSWER_GAPS, RULE_ENTRIES, experienceQuestion, weightedQuestions } from '../../../src/assessment/scoring/question-rules';
import { STAFF_ROLES } from '../../../src/assessment/bank/staff-skills';

function optionValues(questionId: string): string[] {
  const question = getQuestion(questionId);
  return question.kind === 'single' || question.kind === 'multi' ? question.options.map((option) => option.value) : [];
}

function levelOf(questionId: string, value: string): number {
  const question = getQuestion(questionId);
  if (question.kind !== 'single') throw new Error(questionId);
  return question.options.find((option) => option.value === value)?.level ?? 0;
}

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((total, value) => total + value, 0);
}

describe('scoring constants', () => {
  test.each(Object.entries(SCORING_CONSTANTS))('%s cites a known source and explains itself', (_id, constant) => {
    expect(findSource(constant.source)).toBeDefined();
    expect(constant.note.length).toBeGreaterThan(20);
  });

  test('planning assumptions are flagged as examples, not standards', () => {
    expect(findSource('scoring-assumptions')?.kind).toBe('example');
    for (const id of ['go-live-schedule', 'super-users'] as const) expect(SOURCES.find((source) => source.id === id)?.kind).toBe('example');
  });

  test('weights add up to 1 and name real areas and questions', () => {
    expect(sum(SCORING_CONSTANTS.areaWeights.value)).toBeCloseTo(1);
    const weights = (area: Parameters<typeof weightedQuestions>[0]) => weightedQuestions(area).map((item) => item.weight);
    expect(SCORING_CONSTANTS.wisnRatioWeight.value + weights('it-capacity').reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(weights('implementation').reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    for (const [id, rule] of RULE_ENTRIES) if (rule.weight !== undefined) expect(getQuestion(id).kind, id).toBe('single');
    expect(sum(SCORING_CONSTANTS.roleMix.value)).toBeCloseTo(1);
  });

  test("tables keyed by answers cover exactly the bank's options", () => {
    expect([...SCOPE_ITEMS].sort()).toEqual(optionValues('project-scope').sort());
    expect(Object.keys(SCORING_CONSTANTS.timelineWeeks.value).sort()).toEqual(optionValues('go-live').sort());
    expect(Object.keys(SCORING_CONSTANTS.roleMix.value).sort()).toEqual(STAFF_ROLES.map((role) => role.value).sort());
  });

  test('every support area maps to an experience question in the bank', () => {
    for (const area of SUPPORT_AREAS) expect(getQuestion(experienceQuestion(area)).kind).toBe('single');
    expect(RULE_ENTRIES.filter(([, rule]) => rule.supportArea !== undefined)).toHaveLength(SUPPORT_AREAS.length);
  });
});

describe('gap rules', () => {
  test.each(ANSWER_GAPS.map(({ question, gap }) => [gap.id ?? question, { question, severityByValue: gap.severityByValue as Record<string, (typeof SEVERITIES)[number] | undefined> }] as const))(
    '%s: values exist and severity never rises with the level',
    (_id, rule) => {
      const values = optionValues(rule.question);
      for (const value of Object.keys(rule.severityByValue)) expect(values).toContain(value);
      const question = getQuestion(rule.question);
      if (question.kind !== 'single' || !question.options.some((option) => option.level !== undefined)) return;
      const rank = (value: string) => {
        const severity = rule.severityByValue[value];
        return severity ? SEVERITIES.length - SEVERITIES.indexOf(severity) : 0;
      };
      for (const low of values) {
        for (const high of values) {
          if (levelOf(rule.question, high) > levelOf(rule.question, low)) expect(rank(high)).toBeLessThanOrEqual(rank(low));
        }
      }
    },
  );

  test('expertise and staff severities soften as the level rises', () => {
    const order = (list: readonly string[]) => list.map((severity) => SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]));
    for (const list of [...Object.values(SCORING_CONSTANTS.expertiseGapSeverity.value), ...Object.values(SCORING_CONSTANTS.staffGapSeverity.value)]) {
      const ranks = order(list);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });

  test('every question that allows "Don\'t know" has its own find-out wording', () => {
    const dontKnow = QUESTION_BANK.questions.filter((question) => 'allowDontKnow' in question && question.allowDontKnow).map((question) => question.id);
    expect(
      RULE_ENTRIES.filter(([, rule]) => rule.findOut)
        .map(([id]) => id)
        .sort(),
    ).toEqual(dontKnow.sort());
  });
});
