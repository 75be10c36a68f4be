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

// The rule table and the answer readers take the same types.
import type { QuestionRules } from '../../src/assessment/scoring/question-rules';
import { choice } from '../../src/assessment/scoring/read-answers';

const gapText = { title: 't', explanation: 'e', action: 'a', owner: 'o', source: 'wisn' } as const;
export const goodRule: QuestionRules = { rollout: { area: 'implementation', gap: { severityByValue: { 'all-at-once': 'major' }, ...gapText } } };
// @ts-expect-error a misspelt option value in a rule's severities
export const misspeltRuleValue: QuestionRules = { rollout: { area: 'implementation', gap: { severityByValue: { 'all-at-onec': 'major' }, ...gapText } } };
// @ts-expect-error a rule for a question the bank does not have
export const misspeltRuleId: QuestionRules = { rolout: { area: 'implementation' } };
// @ts-expect-error a misspelt question id given to a reader
export const misspeltRead = choice({}, 'go-lives');
// @ts-expect-error comparing an answer with a value its question does not offer
export const misspeltCompare = choice({}, 'go-live') === 'not-sett';
