import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseAssessmentFile } from '../../../src/assessment/read-assessment-file';
import { salvageAssessment } from '../../../src/assessment/salvage';
import { DONT_KNOW, type Answers } from '../../../src/assessment/schema';
import { USER_COUNT_QUESTIONS } from '../../../src/assessment/scoring/facts';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { QUESTION_BANK, findQuestion } from '../../../src/assessment/question-bank';
import { effectiveAnswers, isQuestionVisible } from '../../../src/assessment/visibility';
import { unvalidatedAnswersArb } from '../arbitraries';
import { STRONG_BASE } from '../profiles';

// The number of users is asked once: as the head counts by role plus the other staff, added up.

function usersOf(answers: Answers) {
  const { workload } = scoreAssessment(answers);
  const said = workload.assumptions.filter((item) => item.id.startsWith('users-'));
  return { users: workload.users, basis: workload.usersBasis, required: workload.requiredHours, said: said.map((item) => item.text) };
}

function fixture(name: string): Answers {
  const result = parseAssessmentFile(readFileSync(join(process.cwd(), 'tests/fixtures', name), 'utf8'));
  if (!result.ok) throw new Error(result.problems.join(' '));
  return result.assessment.answers;
}

test('the number of users is the head counts by role and the other staff, added up, and said as nothing else', () => {
  expect(usersOf(STRONG_BASE)).toMatchObject({ users: 20, basis: 'counted', said: [] });
  const withOthers = usersOf({ ...STRONG_BASE, 'staff-count-other': 5 });
  expect(withOthers).toMatchObject({ users: 25, basis: 'counted', said: [] });
  // 5 more users at 1.75 IT hours each (set-up, installation, security); nobody more is trained.
  expect(withOthers.required - usersOf(STRONG_BASE).required).toBeCloseTo(5 * 1.75, 0);
  expect(scoreAssessment({ ...STRONG_BASE, 'staff-count-other': 5 }).workload.goLive).toEqual(scoreAssessment(STRONG_BASE).workload.goLive);
});

test('only the rows asked are added: a role the organization does not have is not counted, whatever was saved for it', () => {
  expect(usersOf({ ...STRONG_BASE, 'staff-count-medical-assistants': 0, 'staff-count-nurses': 0 })).toMatchObject({ users: 11, basis: 'counted' });
});

test('with any row not known, the number of users is an estimate and the report says so', () => {
  const other = usersOf({ ...STRONG_BASE, 'staff-count-other': DONT_KNOW });
  expect(other).toMatchObject({ users: 25, basis: 'estimated' });
  expect(other.said).toEqual([
    'The number of users is an estimate: you did not give the head count of other staff, so the estimate counts 25 per site (25 in all, 20 of them in the rows you answered).',
  ]);
  // A role without a count, others counted: estimated from those counts with the example mix (16 x 0.2 / 0.8 = 4).
  const many = usersOf({ ...STRONG_BASE, 'staff-count-other': 30, 'staff-count-nurses': DONT_KNOW });
  expect(many).toMatchObject({ users: 16 + 4 + 30, basis: 'estimated' });
  expect(many.said[0]).toMatch(/^The number of users, 50, is an estimate: you did not give the head count of nurses, so the estimate takes those roles from the head counts you gave/);
  // The other staff not known as well: the report says there may be more.
  expect(usersOf({ ...STRONG_BASE, 'staff-count-other': DONT_KNOW, 'staff-count-nurses': DONT_KNOW }).said[0]).toMatch(/other staff are not counted, so there may be more\./);
});

test('midway, before the staff step is answered, the number of users is an estimate, never a count', () => {
  const organizationOnly: Answers = { 'org-type': 'health-center', 'facility-count': 2, rural: 'no', 'project-scope': ['new-ehr'], 'go-live': '6-12' };
  const midway = usersOf(organizationOnly);
  expect(midway).toMatchObject({ users: 50, basis: 'estimated' });
  expect(midway.said[0]).toMatch(/^The number of users is an estimate: .*25 per site \(50 in all\)\.$/);
});

test('a file saved before the head counts made up the total: its total stands in, as answered before, until the other staff are counted', () => {
  const answers = fixture('assessment-2026-12.json');
  // Kept as saved, but not asked, shown or counted as a question any more.
  expect(answers['system-users']).toBe(45);
  expect(findQuestion('system-users')).toBeUndefined();
  expect(effectiveAnswers(answers)).not.toHaveProperty('system-users');
  const report = scoreAssessment(answers);
  expect(report.confidence.askedCount).toBe(QUESTION_BANK.questions.filter((question) => question.kind !== 'text' && isQuestionVisible(question, answers)).length);
  expect(report.missing).toEqual(['staff-count-other']);
  expect(report.provisional).toBe(true);
  // 45 answered then, 39 counted by role now: the 6 left are taken as other staff, and said so.
  expect(usersOf(answers)).toMatchObject({ users: 45, basis: 'answered-before' });
  expect(usersOf(answers).said).toEqual([
    'The number of users, 45, is the total as you answered it before ("About how many staff will use the new system?"); this version asks for it by role: the 6 beyond the head counts you gave are counted as other staff. Answer "Other staff who will log in" to confirm it.',
  ]);
  expect(Object.fromEntries(report.workload.goLive.roles.map((role) => [role.role, role.people]))).toEqual({ clerical: 12, 'medical-assistants': 10, nurses: 8, providers: 9 });
  // Once the other staff are answered, the rows decide, whatever was saved before.
  expect(usersOf({ ...answers, 'staff-count-other': 2 })).toMatchObject({ users: 41, basis: 'counted', said: [] });
  expect(usersOf({ ...answers, 'staff-count-other': DONT_KNOW }).basis).toBe('estimated');
});

test('a total saved before that is less than the head counts given now is not used as the count: the counts are, as an estimate', () => {
  const answers = { ...fixture('assessment-2026-12.json'), 'system-users': 30 };
  const read = usersOf(answers);
  expect(read).toMatchObject({ users: 39, basis: 'estimated' });
  expect(read.said).toEqual([
    'The number of users is an estimate: the head counts you gave come to 39, more than the total of 30 you answered before, and the head count of other staff is not given yet.',
  ]);
});

test('an older file with the total and no head counts: the roles are estimated from the total answered before', () => {
  const answers = fixture('assessment-2026-11.json');
  const report = scoreAssessment(answers);
  expect(report.workload.users).toBe(45);
  expect(report.workload.usersBasis).toBe('answered-before');
  const people = report.workload.goLive.roles.reduce((sum, role) => sum + role.people, 0);
  expect(people).toBe(45);
  expect(report.workload.assumptions.map((item) => item.id)).toEqual(expect.arrayContaining(['users-answered-before', 'role-mix']));
});

test('saved in the browser, the total answered before is kept with the other answers and read the same way', () => {
  const saved = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/assessment-2026-12.json'), 'utf8')) as { assessment: Record<string, unknown> };
  const salvaged = salvageAssessment({ ...saved.assessment, id: 'valley' }, { id: 'valley', now: '2026-12-03T10:14:00.000Z' });
  expect(salvaged?.setAside).toEqual([]);
  expect(salvaged?.assessment.answers['system-users']).toBe(45);
  expect(scoreAssessment(salvaged!.assessment.answers).workload).toMatchObject({ users: 45, usersBasis: 'answered-before' });
});

test('whenever a head-count row asked is not known, the number of users is never given as a count', () => {
  fc.assert(
    fc.property(unvalidatedAnswersArb, (answers) => {
      const { workload } = scoreAssessment(answers);
      const asked = USER_COUNT_QUESTIONS.filter((id) => {
        const question = findQuestion(id);
        return question !== undefined && isQuestionVisible(question, answers);
      });
      const allKnown = asked.every((id) => typeof effectiveAnswers(answers)[id] === 'number');
      const said = workload.assumptions.filter((item) => item.id.startsWith('users-'));
      if (workload.usersBasis === 'counted') {
        expect(said).toEqual([]);
      } else {
        expect(said).toHaveLength(1);
        expect(said[0]!.text).toMatch(/is an estimate|as you answered it before/);
      }
      if (!allKnown) expect(workload.usersBasis).not.toBe('counted');
    }),
    { numRuns: 300 },
  );
});
