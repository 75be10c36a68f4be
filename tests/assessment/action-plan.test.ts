import { expect, test } from 'vitest';
import { actionItemFor } from '../../src/assessment/action-plan';
import type { Gap } from '../../src/assessment/scoring/gap-report-schema';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { PROFILES } from './profiles';

function profileGap(profileName: string, gapId: string): Gap {
  const profile = PROFILES.find((item) => item.name === profileName);
  const gap = profile && scoreAssessment(profile.answers).gaps.find((item) => item.id === gapId);
  if (!gap) throw new Error(`${profileName}: no gap ${gapId}`);
  return gap;
}

const THREE_AREAS = 'IT with hours but little experience in three areas, member of an HCCN';

test("an owner and date typed for one area's gap, before the areas became one gap, show on that gap", () => {
  const plan = {
    'expertise-networking': { owner: 'Dana (IT lead)', due: '2027-03-01' },
    'expertise-installation': { owner: 'Sam', due: '2027-02-01' },
    'clinical-load': { owner: 'Medical director', due: '2027-01-10' },
  };
  expect(actionItemFor(plan, profileGap(THREE_AREAS, 'expertise'))).toEqual({ owner: 'Sam / Dana (IT lead)', due: '2027-02-01' });
});

test("the gap's own entry wins once the manager has edited it", () => {
  const plan = { expertise: { owner: 'Lee', due: '' }, 'expertise-networking': { owner: 'Dana', due: '2027-03-01' } };
  expect(actionItemFor(plan, profileGap(THREE_AREAS, 'expertise'))).toEqual({ owner: 'Lee', due: '' });
});

test('a grouped "find out" gap gathers the entries of the questions it lists, and nothing else', () => {
  const gap = profileGap('all "don\'t know"', 'find-out-others');
  const listed = gap.questionIds[0]!;
  const plan = { [`find-out-${listed}`]: { owner: 'Office lead', due: '' }, 'find-out-not-a-question': { owner: 'Nobody', due: '2026-01-01' } };
  expect(actionItemFor(plan, gap)).toEqual({ owner: 'Office lead', due: '' });
});

test('a gap with nothing typed for it, now or before, has an empty entry', () => {
  expect(actionItemFor({ 'expertise-networking': { owner: 'Dana', due: '' } }, profileGap('everything weak', 'clinical-load'))).toEqual({ owner: '', due: '' });
});
