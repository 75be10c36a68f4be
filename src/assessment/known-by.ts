import type { Question, Step } from './schema';

/** Who in a small organization usually knows an answer (the bank's `knownBy`). */
export const KNOWER_IDS = ['practice-manager', 'it-lead', 'nursing-lead', 'medical-director'] as const;
export type Knower = (typeof KNOWER_IDS)[number];

/**
 * Who usually knows an answer, in the words the wizard and the review show. The roles are those
 * of the planning team the HRSA Toolbox expects (management, IT, the clinical and office leads).
 */
export const KNOWERS: Readonly<Record<Knower, { label: string; phrase: string }>> = {
  'practice-manager': { label: 'Practice manager', phrase: 'the practice or office manager' },
  'it-lead': { label: 'IT lead or contractor', phrase: 'your IT lead or IT contractor' },
  'nursing-lead': { label: 'Nursing or office lead', phrase: 'the nursing or front-office lead' },
  'medical-director': { label: 'Medical director', phrase: 'the medical director or lead provider' },
};

/** Who usually knows the answer to a question: its own `knownBy`, else its step's. */
export function knownBy(question: Pick<Question, 'knownBy'>, step: Pick<Step, 'knownBy'>): Knower {
  return question.knownBy ?? step.knownBy;
}
