// zod/mini: the same validation as zod with a fraction of the bundle, since the schemas ship
// on the first page.
import { z } from 'zod/mini';
import type { conditionSchema, optionSchema, questionSchema, sourceSchema, stepSchema } from './bank-schema';

export type Option = z.infer<typeof optionSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type Step = Omit<z.infer<typeof stepSchema>, 'questions'> & { questions: string[] };
export type Source = z.infer<typeof sourceSchema>;

/** The stored value for "Don't know", kept as an answer and never read as a good one. */
export const DONT_KNOW = 'dont-know';

/** One answer: a choice, several choices, a number, text, or DONT_KNOW. */
export const ANSWER_TEXT_MAX = 2000;
export const CHOICES_MAX = 50;

/** The shape every saved answer has; loading and the store's changes both check it. */
export const answerValueSchema = z.union([
  z.string().check(z.maxLength(ANSWER_TEXT_MAX, 'is longer than 2,000 characters')),
  z.array(z.string().check(z.maxLength(200, 'has a choice longer than 200 characters'))).check(z.maxLength(CHOICES_MAX, `has more than ${CHOICES_MAX} choices`)),
  // zod refuses Infinity and NaN: a number too large to read is not an answer.
  z.number(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answersSchema = z.record(z.string().check(z.maxLength(100)), answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;
