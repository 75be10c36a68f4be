import { z } from 'zod';

/** The stored value for "Don't know", kept as an answer and never read as a good one. */
export const DONT_KNOW = 'dont-know';

export const optionSchema = z.object({
  value: z.string().min(1).regex(/^[a-z0-9-]+$/, 'option values are kebab-case'),
  label: z.string().min(1),
  hint: z.string().min(1).optional(),
  /** Ordinal position for ordered scales (0 = weakest); scoring reads it, the UI does not. */
  level: z.number().int().min(0).optional(),
  /** Picking this option clears the others (e.g. "Nobody", "None"). */
  exclusive: z.boolean().optional(),
});
export type Option = z.infer<typeof optionSchema>;

/**
 * A skip rule: the question is shown only when the answer to `question` has at least one
 * of `in`, or (with `notIn`) is answered and has none of them.
 */
export const conditionSchema = z.union([
  z.object({ question: z.string().min(1), in: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ question: z.string().min(1), notIn: z.array(z.string().min(1)).min(1) }).strict(),
]);
export type Condition = z.infer<typeof conditionSchema>;

const questionBase = {
  id: z.string().regex(/^[a-z0-9-]+$/, 'question ids are kebab-case'),
  label: z.string().min(1),
  /** Short "why we ask", tied to a point of the source text. */
  why: z.string().min(1),
  /** Id of an entry in the sources list. */
  source: z.string().min(1),
  hint: z.string().min(1).optional(),
  required: z.boolean().default(true),
  /** All conditions must hold for the question to be asked. */
  showIf: z.array(conditionSchema).optional(),
};

export const singleQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('single'),
  options: z.array(optionSchema).min(2),
  allowDontKnow: z.boolean().default(false),
});

export const multiQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('multi'),
  options: z.array(optionSchema).min(2),
  allowDontKnow: z.boolean().default(false),
});

export const numberQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('number'),
  min: z.number(),
  max: z.number(),
  integer: z.boolean().default(true),
  unit: z.string().min(1).optional(),
  allowDontKnow: z.boolean().default(false),
});

export const textQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('text'),
  maxLength: z.number().int().positive().default(120),
});

export const questionSchema = z.discriminatedUnion('kind', [
  singleQuestionSchema,
  multiQuestionSchema,
  numberQuestionSchema,
  textQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionKind = Question['kind'];

export const stepSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** One or two sentences telling the manager what this step is about and who can answer it. */
  intro: z.string().min(1),
  questions: z.array(z.string().min(1)).min(1),
});
export type Step = z.infer<typeof stepSchema>;

export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** The passage or figure the product relies on, in brief. */
  note: z.string().min(1),
  /** 'standard' sources state guidance; 'example' ones (vendor, anecdote) are shown as examples only. */
  kind: z.enum(['standard', 'study', 'example']),
});
export type Source = z.infer<typeof sourceSchema>;

/** One answer: a choice, several choices, a number, text, or DONT_KNOW. */
export const answerValueSchema = z.union([
  z.string().max(2000),
  z.array(z.string().max(200)).max(50),
  z.number().finite(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answersSchema = z.record(z.string().max(100), answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;
