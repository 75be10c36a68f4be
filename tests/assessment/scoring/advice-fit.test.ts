import fc from 'fast-check';
import { expect, test } from 'vitest';
import { workloadBalance } from '../../../src/assessment/report-content';
import type { Answers } from '../../../src/assessment/schema';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { effectiveAnswers } from '../../../src/assessment/visibility';
import { unvalidatedAnswersArb } from '../arbitraries';
import { PROFILES } from '../profiles';

// Advice that must fit the organization it is given to: what a consultant would not say to it.

function profile(name: string): Answers {
  const found = PROFILES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no profile named ${name}`);
  return found.answers;
}

function gapAction(answers: Answers, id: string): string | undefined {
  return scoreAssessment(answers).gaps.find((gap) => gap.id === id)?.action;
}

test.each([
  ['health-center', /health center controlled network \(HCCN\) or primary care association/],
  ['rural-health-clinic', /State Office of Rural Health what assistance it offers/],
  ['critical-access-hospital', /State Office of Rural Health and the state's Flex program/],
])('without a budget for outside help, a %s is pointed to where it can ask for assistance', (type, where) => {
  const action = gapAction({ ...profile('everything weak'), 'org-type': type }, 'no-outside-budget');
  expect(action).toMatch(where);
  // Regional extension centers lost their federal funding around 2014-2016: none is named as funded help.
  expect(action).not.toMatch(/\bREC\b|funded/);
});

test('a private practice without a budget is not sent to networks it cannot join', () => {
  const action = gapAction(profile('everything weak'), 'no-outside-budget');
  expect(action).toBe('Budget for the help named in the recommendation, or cut the scope or move the date to fit your own staff.');
});

test('property: the workload never reads "about even" beside a major or critical shortfall of hours', () => {
  fc.assert(
    fc.property(unvalidatedAnswersArb, (answers) => {
      const report = scoreAssessment(answers);
      const shortfall = report.gaps.find((gap) => gap.id === 'it-capacity-shortfall');
      if (shortfall && shortfall.severity !== 'minor') expect(workloadBalance(report, effectiveAnswers(answers)).kind).toBe('shortfall');
    }),
    { numRuns: 300 },
  );
});

test('a small project a quarter short of hours is short, not "about even", though under 0.1 FTE', () => {
  const answers: Answers = { ...profile('one experienced IT person with the hours'), 'project-scope': ['telehealth'], hosting: 'vendor-hosted', 'go-live': '6-12' };
  const tight = { ...answers, 'it-project-hours': Math.max(0, Math.floor(scoreAssessment(answers).workload.requiredHours / (26 * 0.88)) - 1) };
  const report = scoreAssessment(tight);
  const balance = workloadBalance(report, tight);
  expect(report.workload.wisnRatio).toBeLessThan(0.95);
  expect(balance.fte).toBeLessThan(0.1);
  expect(balance.kind).toBe('shortfall');
});
