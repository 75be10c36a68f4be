import { expect, test } from 'vitest';
import { DONT_KNOW } from '../../../src/assessment/schema';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { STRONG_BASE } from '../profiles';

test('the head counts the manager gives are the people trained and supported, with no assumed mix', () => {
  const { goLive, assumptions } = scoreAssessment(STRONG_BASE).workload;
  expect(Object.fromEntries(goLive.roles.map((role) => [role.role, role.people]))).toEqual({ clerical: 6, 'medical-assistants': 5, nurses: 4, providers: 5 });
  expect(assumptions.map((item) => item.id)).not.toContain('role-mix');
});

test('a head count not known is estimated from the roles counted, with the example mix, and the report says which', () => {
  const { goLive, assumptions, users } = scoreAssessment({ ...STRONG_BASE, 'staff-count-other': 4, 'staff-count-nurses': DONT_KNOW }).workload;
  const people = Object.fromEntries(goLive.roles.map((role) => [role.role, role.people]));
  // 16 counted in the other roles, 80% of the mix: the nurses' 20% is 16 x 0.2 / 0.8 = 4.
  expect(people).toEqual({ clerical: 6, 'medical-assistants': 5, nurses: 4, providers: 5 });
  expect(users).toBe(16 + 4 + 4);
  expect(goLive.roles.filter((role) => role.estimated).map((role) => role.role)).toEqual(['nurses']);
  const said = assumptions.find((item) => item.id === 'users-estimated-roles');
  expect(said?.text).toMatch(
    /^The number of users, 24, is an estimate: you did not give the head count of nurses, so the estimate takes those roles from the head counts you gave, with an example mix of roles \(30% clerical, 25% medical assistants, 20% nurses, 25% providers\)\. Enter the head count to replace it\.$/,
  );
  // One assumption says it, not two.
  expect(assumptions.map((item) => item.id)).not.toContain('role-mix');
});

test('the typical clinic: 4 front-desk staff and 3 medical assistants, providers "Don\'t know", make about 3 providers, not the rest of 25 users a site', () => {
  const answers = {
    ...STRONG_BASE,
    'facility-count': 2,
    'staff-count-clerical': 4,
    'staff-count-medical-assistants': 3,
    'staff-count-nurses': 0,
    'staff-count-providers': DONT_KNOW,
    'staff-count-other': 2,
  };
  const { goLive, users } = scoreAssessment(answers).workload;
  const providers = goLive.roles.find((role) => role.role === 'providers');
  // 7 counted, 55% of the mix: providers 7 x 0.25 / 0.55 = 3.2.
  expect(providers).toMatchObject({ people: 3, estimated: true });
  expect(users).toBe(4 + 3 + 3 + 2);
  expect(goLive.roles.filter((role) => role.estimated)).toHaveLength(1);
});

test('with no role counted, the roles share an estimate of 25 users a site, as before', () => {
  const answers = {
    ...STRONG_BASE,
    'staff-count-clerical': DONT_KNOW,
    'staff-count-medical-assistants': DONT_KNOW,
    'staff-count-nurses': 0,
    'staff-count-providers': DONT_KNOW,
    'staff-count-other': 0,
  };
  const { goLive, users, assumptions } = scoreAssessment(answers).workload;
  expect(users).toBe(25);
  expect(goLive.roles.every((role) => role.estimated)).toBe(true);
  expect(assumptions.map((item) => item.id)).toEqual(expect.arrayContaining(['users-estimated', 'role-mix']));
});

test('a role the organization does not have is not counted, whatever its old head count', () => {
  const { goLive } = scoreAssessment({ ...STRONG_BASE, 'staff-count-medical-assistants': 0, 'staff-count-nurses': 0 }).workload;
  expect(goLive.roles.map((role) => role.role)).toEqual(['clerical', 'providers']);
});

test('too small a part of the staff counted: the roles without a count are not estimated from those counted', () => {
  const fewCounted = {
    ...STRONG_BASE,
    'facility-count': 5,
    'staff-count-clerical': 2,
    'staff-count-medical-assistants': DONT_KNOW,
    'staff-count-nurses': DONT_KNOW,
    'staff-count-providers': DONT_KNOW,
    'staff-count-other': 0,
  };
  // 2 clerical staff are 30% of the mix: the estimate stays at 25 users a site, not 7 users in all.
  expect(scoreAssessment(fewCounted).workload.users).toBe(125);
  expect(scoreAssessment(fewCounted).workload.assumptions.map((item) => item.id)).not.toContain('users-estimated-roles');
});
