import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ROLE_COUNT_QUESTIONS, STAFF_ROLES, type StaffRole } from '../../src/assessment/bank/staff-skills';
import { parseAssessmentFile } from '../../src/assessment/read-assessment-file';
import { salvageAssessment } from '../../src/assessment/salvage';
import { deriveFacts } from '../../src/assessment/scoring/facts';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { upgradeAnswers } from '../../src/assessment/upgrade-answers';
import { effectiveAnswers, visibleQuestions } from '../../src/assessment/visibility';
import { findStep } from '../../src/assessment/question-bank';

const ROLES = STAFF_ROLES.map((role) => role.value);

/** Today's file of a four-role clinic, as an earlier version saved it for a clinic without nurses or medical assistants. */
function earlierFile(): { text: string; answers: Record<string, unknown> } {
  const file = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/assessment-2026-12.json'), 'utf8')) as { assessment: { answers: Record<string, unknown> } };
  // A count typed for nurses, then the nurses unticked: the earlier version hid and ignored it.
  file.assessment.answers['roles-present'] = ['clerical', 'providers'];
  return { text: JSON.stringify(file), answers: file.assessment.answers };
}

test('a file that said which roles the clinic has opens with those roles counted and the others at 0', () => {
  const { text, answers } = earlierFile();
  const result = parseAssessmentFile(text);
  if (!result.ok) throw new Error(result.problems.join(' '));
  const opened = result.assessment.answers;
  expect(opened).not.toHaveProperty('roles-present');
  expect(opened).toMatchObject({
    'staff-count-clerical': answers['staff-count-clerical'],
    'staff-count-providers': answers['staff-count-providers'],
    'staff-count-nurses': 0,
    'staff-count-medical-assistants': 0,
  });
  // The same roles as before: the nurses' and medical assistants' skills are not asked, nor scored.
  expect(deriveFacts(effectiveAnswers(opened)).rolesPresent).toEqual(['clerical', 'providers']);
  const asked = visibleQuestions(findStep('staff-skills')!, opened).map((question) => question.id);
  expect(asked).not.toContain('skill-computer-nurses');
  expect(asked).toContain('skill-system-providers');
  // Nothing new to answer because of the change (the other-staff row is newer than this file).
  expect(scoreAssessment(opened).missing.filter((id) => id.startsWith('staff-count-') || id.startsWith('skill-'))).toEqual(['staff-count-other']);
  expect(result.warnings.join(' ')).not.toMatch(/roles-present/);
});

test('saved data in the browser is brought up the same way, and a count changed later stays changed', () => {
  const { answers } = earlierFile();
  const salvaged = salvageAssessment(
    { id: 'a', name: '', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', answers, actionPlan: {} },
    { id: 'a', now: '2026-12-03T00:00:00.000Z' },
  );
  expect(salvaged?.assessment.answers['staff-count-nurses']).toBe(0);
  // The manager then counts 6 nurses; the next load keeps it.
  const changed = { ...salvaged!.assessment.answers, 'staff-count-nurses': 6 };
  expect(upgradeAnswers(changed)).toEqual(changed);
});

test('for any roles chosen before, the roles present after are exactly those, and upgrading twice changes nothing more', () => {
  fc.assert(
    fc.property(fc.subarray(ROLES), fc.dictionary(fc.constantFrom(...ROLES), fc.integer({ min: 1, max: 50 })), (chosen, counts) => {
      const before: Record<string, unknown> = { 'roles-present': chosen };
      for (const [role, count] of Object.entries(counts)) before[ROLE_COUNT_QUESTIONS[role as StaffRole]] = count;
      const after = upgradeAnswers(before);
      expect(upgradeAnswers(after)).toEqual(after);
      expect(deriveFacts(after as never).rolesPresent).toEqual(ROLES.filter((role) => chosen.includes(role)));
      for (const role of chosen) expect(after[ROLE_COUNT_QUESTIONS[role]]).toBe(before[ROLE_COUNT_QUESTIONS[role]]);
    }),
  );
});

test('answers without the earlier roles question are returned as they are', () => {
  const answers = { 'staff-count-nurses': 3, 'roles-present': 'not a list' };
  expect(upgradeAnswers(answers)).toBe(answers);
});
