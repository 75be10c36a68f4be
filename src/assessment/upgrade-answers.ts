import { ROLE_COUNT_QUESTIONS, STAFF_ROLES } from './bank/staff-skills';

/** The question that asked which roles the organization has, before the head counts said it. */
const ROLES_QUESTION = 'roles-present';

/**
 * Brings answers saved by an earlier version to the questions this one asks, without losing
 * what they say. "Which roles does your organization have?" became the head counts: a role not
 * chosen is counted 0 (its skills are then not asked, as before), a role chosen keeps its count
 * or stays to be counted. The old answer is then carried in full by the counts and is dropped,
 * so a count changed later is never set back. Anything else is returned as it was.
 */
export function upgradeAnswers<T extends Record<string, unknown>>(answers: T): T {
  const roles = answers[ROLES_QUESTION];
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string')) return answers;
  const upgraded: Record<string, unknown> = { ...answers };
  delete upgraded[ROLES_QUESTION];
  // Chosen roles keep their counts; for the others, whatever count was saved had been hidden.
  for (const role of STAFF_ROLES) if (!roles.includes(role.value)) upgraded[ROLE_COUNT_QUESTIONS[role.value]] = 0;
  return upgraded as T;
}
