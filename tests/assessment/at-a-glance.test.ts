import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { atAGlance, DECISION_RULES, TOP_ACTIONS } from '../../src/assessment/at-a-glance';
import { workloadBalance } from '../../src/assessment/report-content';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { effectiveAnswers } from '../../src/assessment/visibility';
import { PROFILES } from './profiles';

function summaryOf(name: string, plan = {}) {
  const profile = PROFILES.find((candidate) => candidate.name === name);
  if (!profile) throw new Error(`no profile ${name}`);
  const report = scoreAssessment(profile.answers);
  return { report, summary: atAGlance(report, effectiveAnswers(profile.answers), plan) };
}

describe('the first page of the report', () => {
  test.each(PROFILES.map((profile) => [profile.name]))('%s: says what the body says, nothing of its own', (name) => {
    const { report, summary } = summaryOf(name);
    expect(summary.headline).toBe(report.recommendation.headline);
    expect(summary.primary).toBe(report.recommendation.primary);
    expect(summary.overall).toEqual(report.overall);
    // Each critical risk is a critical gap of the gap table, under the same title.
    for (const risk of summary.risks) expect(report.gaps.find((gap) => gap.id === risk.gapId)).toMatchObject({ severity: 'critical', title: risk.title });
    // The actions are the gap table's first rows, in its order, with its texts.
    expect(summary.actions.map((item) => item.action)).toEqual(report.gaps.slice(0, summary.actions.length).map((gap) => gap.action));
    expect(summary.actions.length + summary.otherGaps).toBe(report.gaps.length);
  });

  test('lists every critical and major action, at least three and at most five', () => {
    for (const profile of PROFILES) {
      const { report, summary } = summaryOf(profile.name);
      const serious = report.gaps.filter((gap) => gap.severity !== 'minor').length;
      expect(summary.actions.length, profile.name).toBe(Math.min(report.gaps.length, TOP_ACTIONS.max, Math.max(TOP_ACTIONS.min, serious)));
    }
  });

  test('shows the owner and date typed in the action plan, and the suggested owner where none was typed', () => {
    const { report } = summaryOf(PROFILES[0]?.name ?? '');
    const [first, second] = report.gaps;
    if (!first || !second) throw new Error('the first profile needs two gaps');
    const { summary } = summaryOf(PROFILES[0]?.name ?? '', { [first.id]: { owner: '  Dana (IT lead) ', due: '2027-01-15' } });
    expect(summary.actions[0]).toMatchObject({ owner: 'Dana (IT lead)', due: '2027-01-15' });
    expect(summary.actions[1]).toMatchObject({ owner: '', due: '', suggestedOwner: second.owner });
  });

  test('the IT time is the workload section’s balance, never a figure when the hours are unknown', () => {
    for (const profile of PROFILES) {
      const { report, summary } = summaryOf(profile.name);
      expect(summary.itTime.balance, profile.name).toEqual(workloadBalance(report, effectiveAnswers(profile.answers)));
      expect(summary.itTime.requiredHours).toBe(Math.round(report.workload.requiredHours));
    }
  });

  test('an undecided recommendation asks the meeting to find out first, and names what', () => {
    const undecided = PROFILES.filter((profile) => profile.expect.status === 'undecided');
    expect(undecided.length).toBeGreaterThan(0);
    for (const profile of undecided) {
      const { report, summary } = summaryOf(profile.name);
      expect(summary.decision.id, profile.name).toBe('find-out');
      expect(summary.findFirst).toEqual(report.recommendation.findFirst);
      expect(summary.findFirst.length).toBeGreaterThan(0);
    }
  });

  test('the decision fits the recommended approach', () => {
    for (const profile of PROFILES.filter((candidate) => (candidate.expect.status ?? 'firm') !== 'undecided')) {
      const { summary } = summaryOf(profile.name);
      const byApproach = { consultant: ['consultant'], 'shared-it': ['shared-it'], 'in-house': ['in-house-help', 'in-house-short', 'in-house'] }[profile.expect.primary];
      // Outside help with no budget for it: the funding is the decision, before any quote.
      const unfunded = 'no-outside-budget' in (profile.expect.gaps ?? {}) && profile.expect.primary !== 'in-house';
      expect(unfunded ? ['funding'] : byApproach, profile.name).toContain(summary.decision.id);
      expect(summary.decision.text).not.toMatch(/[{}]/);
    }
  });

  test('every decision rule cites a source and has no placeholder it cannot fill', () => {
    for (const rule of DECISION_RULES) expect(rule.source, rule.id).toBeTruthy();
    fc.assert(
      fc.property(
        fc.constantFrom(...PROFILES),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.record({ owner: fc.string({ maxLength: 40 }), due: fc.constant('') })),
        (profile, plan) => {
          const report = scoreAssessment(profile.answers);
          const summary = atAGlance(report, effectiveAnswers(profile.answers), plan);
          expect(summary.decision.text).not.toMatch(/[{}]/);
          expect(summary.actions.length).toBeLessThanOrEqual(TOP_ACTIONS.max);
        },
      ),
      { numRuns: 60 },
    );
  });
});
