import { z } from 'zod/mini';
import { GRID_IDS } from './grids';
import { KNOWER_IDS } from './known-by';
import type { SourceId } from './sources';

// The zod schemas of the question bank: used by check-question-bank.ts (tests and the build)
// and for the bank's types in schema.ts; nothing in the browser parses the bank.

export const optionSchema = z.object({
  value: z.string().check(z.minLength(1), z.regex(/^[a-z0-9-]+$/, 'option values are kebab-case')),
  label: z.string().check(z.minLength(1)),
  hint: z.optional(z.string().check(z.minLength(1))),
  /** Ordinal position for ordered scales (0 = weakest); scoring reads it, the UI does not. */
  level: z.optional(z.int().check(z.gte(0))),
  /** Picking this option clears the others (e.g. "Nobody", "None"). */
  exclusive: z.optional(z.boolean()),
});
export type Option = z.infer<typeof optionSchema>;

/**
 * A skip rule: the question is shown only when the answer to `question` has at least one
 * of `in`, or (with `notIn`) is answered and has none of them, or (with `unless`) is anything
 * but one of those options or numbers, unanswered and "Don't know" included, or (with
 * `unlessOnly`) is unanswered or has an option besides those.
 */
export const conditionSchema = z.union([
  z.strictObject({ question: z.string().check(z.minLength(1)), in: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) }),
  z.strictObject({ question: z.string().check(z.minLength(1)), notIn: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) }),
  z.strictObject({ question: z.string().check(z.minLength(1)), unless: z.array(z.union([z.string().check(z.minLength(1)), z.number()])).check(z.minLength(1)) }),
  z.strictObject({ question: z.string().check(z.minLength(1)), unlessOnly: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) }),
]);
export type Condition = z.infer<typeof conditionSchema>;

const questionBase = {
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'question ids are kebab-case')),
  label: z.string().check(z.minLength(1)),
  /** Short "why we ask", tied to a point of the source text. */
  why: z.string().check(z.minLength(1)),
  /** Id of an entry in the sources list. */
  source: z.string().check(z.minLength(1)),
  hint: z.optional(z.string().check(z.minLength(1))),
  required: z._default(z.boolean(), true),
  /** All conditions must hold for the question to be asked. */
  showIf: z.optional(z.array(conditionSchema)),
  /** Who usually knows the answer, where it is not the step's `knownBy`. */
  knownBy: z.optional(z.enum(KNOWER_IDS)),
  /** Asked as a row of a grid (grids.ts): the row's own label, the question's hint beside it. */
  grid: z.optional(z.strictObject({ id: z.enum(GRID_IDS), row: z.string().check(z.minLength(1)) })),
};

export const singleQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('single'),
  options: z.array(optionSchema).check(z.minLength(2)),
  allowDontKnow: z._default(z.boolean(), false),
});

export const multiQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('multi'),
  options: z.array(optionSchema).check(z.minLength(2)),
  allowDontKnow: z._default(z.boolean(), false),
});

export const numberQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('number'),
  min: z.number(),
  max: z.number(),
  integer: z._default(z.boolean(), true),
  unit: z.optional(z.string().check(z.minLength(1))),
  allowDontKnow: z._default(z.boolean(), false),
});

export const textQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('text'),
  maxLength: z._default(z.int().check(z.positive()), 120),
});

export const questionSchema = z.discriminatedUnion('kind', [singleQuestionSchema, multiQuestionSchema, numberQuestionSchema, textQuestionSchema]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;

/**
 * How the bank writes a question: the input of questionSchema, read-only, so that bank files
 * can be declared `as const satisfies readonly QuestionDef[]` and keep their literal ids and
 * option values (QuestionId and OptionValue in question-types.ts come from them).
 */
export type OptionDef = Readonly<z.input<typeof optionSchema>>;
export type ConditionDef =
  | { readonly question: string; readonly in: readonly string[] }
  | { readonly question: string; readonly notIn: readonly string[] }
  | { readonly question: string; readonly unless: readonly (string | number)[] }
  | { readonly question: string; readonly unlessOnly: readonly string[] };
type DefOf<T> = Readonly<Omit<T, 'options' | 'showIf' | 'source'>> & {
  /** Id of an entry in the sources list. */
  readonly source: SourceId;
  readonly showIf?: readonly ConditionDef[];
};
export type QuestionDef =
  | (DefOf<z.input<typeof singleQuestionSchema>> & { readonly options: readonly OptionDef[] })
  | (DefOf<z.input<typeof multiQuestionSchema>> & { readonly options: readonly OptionDef[] })
  | DefOf<z.input<typeof numberQuestionSchema>>
  | DefOf<z.input<typeof textQuestionSchema>>;
export type QuestionKind = Question['kind'];

/** A step as the bank writes it: it holds the definitions of the questions it asks, in order. */
export const stepSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: z.string().check(z.minLength(1)),
  /** One or two sentences telling the manager what this step is about and who can answer it. */
  intro: z.string().check(z.minLength(1)),
  /** Who usually knows most of the step's answers. */
  knownBy: z.enum(KNOWER_IDS),
  questions: z.array(questionSchema).check(z.minLength(1)),
});
export type StepDef = Readonly<Omit<z.input<typeof stepSchema>, 'questions'>> & { readonly questions: readonly QuestionDef[] };
/** A step of the parsed bank; `questions` are the ids of the questions it holds, in order. */
export type Step = Omit<z.infer<typeof stepSchema>, 'questions'> & { questions: string[] };

export const sourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  /** The passage or figure the product relies on, in brief. */
  note: z.string().check(z.minLength(1)),
  /** 'standard' sources state guidance; 'example' ones (vendor, anecdote) are shown as examples only. */
  kind: z.enum(['standard', 'study', 'example']),
});
export type Source = z.infer<typeof sourceSchema>;
