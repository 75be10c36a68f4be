// Checked by `npm run typecheck` (tsconfig includes tests/): each @ts-expect-error below must
// meet a type error, so a bank that stopped typing its ids or option values fails the check.
import type { OptionValue, QuestionId } from '../../src/assessment/question-ids';

export const known: QuestionId[] = ['it-routine-load', 'skill-computer-nurses', 'no-hiring-feasible'];
export const knownValue: OptionValue<'clinical-load'> = 'backfilled';

// @ts-expect-error a misspelt question id
export const misspeltId: QuestionId = 'it-routine-loads';
// @ts-expect-error an id built for a role the bank does not ask about
export const unknownRole: QuestionId = 'skill-computer-dentists';
// @ts-expect-error a misspelt option value
export const misspeltValue: OptionValue<'clinical-load'> = 'backfill';
// @ts-expect-error a value of another question
export const otherValue: OptionValue<'rollout'> = 'reduced';
