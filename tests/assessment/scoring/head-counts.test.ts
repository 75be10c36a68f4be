import { expect, test } from 'vitest';
import { DONT_KNOW } from '../../../src/assessment/schema';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { STRONG_BASE } from '../profiles';

test('the head counts the manager gives are the people trained and supported, with no assumed mix', () => {
  const { goLive, assumptions } = scoreAssessment(STRONG_BASE).workload;
  expect(Object.fromEntries(goLive.roles.map((role) => [role.role, role.people]))).toEqual({ clerical: 6, 'medical-assistants': 5, nurses: 4, providers: 5 });
  expect(assumptions.map((item) => item.id)).not.toContain('role-mix');
});

test('a head count not known is estimated from the users the others leave, and the report says which', () => {
  const { goLive, assumptions } = scoreAssessment({ ...STRONG_BASE, 'staff-count-other': 4, 'staff-count-nurses': DONT_KNOW }).workload;
  const people = Object.fromEntries(goLive.roles.map((role) => [role.role, role.people]));
  // An estimated 25 users less the 16 counted by role and the 4 other staff leave 5; the nurses are the only role without a count.
  expect(people).toEqual({ clerical: 6, 'medical-assistants': 5, nurses: 5, providers: 5 });
  const mix = assumptions.find((item) => item.id === 'role-mix');
  expect(mix?.text).toMatch(/You did not give the head count of nurses/);
});

test('a role the organization does not have is not counted, whatever its old head count', () => {
  const { goLive } = scoreAssessment({ ...STRONG_BASE, 'staff-count-medical-assistants': 0, 'staff-count-nurses': 0 }).workload;
  expect(goLive.roles.map((role) => role.role)).toEqual(['clerical', 'providers']);
});
