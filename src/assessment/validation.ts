import { z } from 'zod/mini';
import { DONT_KNOW, type Answers, type Question, type Step } from './schema';
import { visibleQuestions, visibleSteps } from './visibility';

/** Plain-words messages; kept here so every view shows the same wording. */
export const VALIDATION_MESSAGES = {
  chooseOne: 'Choose one answer, or "Don\'t know".',
  chooseOneStrict: 'Choose one answer.',
  chooseSome: 'Choose at least one answer.',
  unknownChoice: 'Choose only from the answers listed.',
  exclusive: (label: string) => `"${label}" cannot be combined with other answers.`,
  number: (min: number, max: number, unit?: string) => `Enter a number from ${min} to ${max}${unit ? ` (${unit})` : ''}.`,
  whole: 'Enter a whole number, without decimals.',
  tooLong: (max: number) => `Keep this under ${max} characters.`,
} as const;

function formatMax(question: Question & { kind: 'number' }): string {
  return VALIDATION_MESSAGES.number(question.min, question.max, question.unit);
}

// Built once per question: validation runs on every keystroke and for every saved assessment.
const schemaCache = new WeakMap<Question, z.ZodMiniType>();

/** The zod schema for one question's answer, with the plain-words message for each failure. */
export function answerSchemaFor(question: Question): z.ZodMiniType {
  const cached = schemaCache.get(question);
  if (cached) return cached;
  const schema = buildAnswerSchema(question);
  schemaCache.set(question, schema);
  return schema;
}

function buildAnswerSchema(question: Question): z.ZodMiniType {
  switch (question.kind) {
    case 'text': {
      const tooLong = z.maxLength(question.maxLength, VALIDATION_MESSAGES.tooLong(question.maxLength));
      return question.required ? z.string().check(tooLong, z.trim(), z.minLength(1, 'Enter an answer.')) : z.optional(z.string().check(tooLong));
    }
    case 'single': {
      const values = question.options.map((option) => option.value);
      if (question.allowDontKnow) values.push(DONT_KNOW);
      const message = question.allowDontKnow ? VALIDATION_MESSAGES.chooseOne : VALIDATION_MESSAGES.chooseOneStrict;
      const schema = z.string({ error: message }).check(z.refine((value) => values.includes(value), { message }));
      return question.required ? schema : z.optional(schema);
    }
    case 'multi': {
      const values = question.options.map((option) => option.value);
      const exclusive = question.options.filter((option) => option.exclusive).map((option) => option.value);
      if (question.allowDontKnow) {
        values.push(DONT_KNOW);
        exclusive.push(DONT_KNOW);
      }
      const schema = z.array(z.string(), { error: VALIDATION_MESSAGES.chooseSome }).check(
        z.minLength(question.required ? 1 : 0, VALIDATION_MESSAGES.chooseSome),
        z.refine((chosen) => chosen.every((value) => values.includes(value)), { message: VALIDATION_MESSAGES.unknownChoice }),
        z.superRefine((chosen, ctx) => {
          const lone = chosen.find((value) => exclusive.includes(value));
          if (lone && chosen.length > 1) {
            const label = question.options.find((option) => option.value === lone)?.label ?? "Don't know";
            ctx.addIssue({ code: 'custom', message: VALIDATION_MESSAGES.exclusive(label), input: chosen });
          }
        }),
      );
      return question.required ? schema : z.optional(schema);
    }
    case 'number': {
      const rangeMessage = formatMax(question);
      const checks = [z.gte(question.min, rangeMessage), z.lte(question.max, rangeMessage)];
      const number = z.number({ error: rangeMessage }).check(...checks, ...(question.integer ? [z.refine((value) => Number.isInteger(value), { message: VALIDATION_MESSAGES.whole })] : []));
      const schema = question.allowDontKnow ? z.union([number, z.literal(DONT_KNOW)], { error: rangeMessage }) : number;
      return question.required ? schema : z.optional(schema);
    }
  }
}

export type FieldError = { questionId: string; message: string };

/**
 * Validates the answers to one step, asking only the questions the step shows for these
 * answers. Returns the errors in question order; empty when the step is complete.
 */
export function validateStep(step: Step, answers: Answers): FieldError[] {
  const questions = visibleQuestions(step, answers);
  const shape = Object.fromEntries(questions.map((question) => [question.id, answerSchemaFor(question)]));
  const result = z.object(shape).safeParse(answers);
  if (result.success) return [];
  const byQuestion = new Map<string, string>();
  for (const issue of result.error.issues) {
    const id = String(issue.path[0]);
    if (!byQuestion.has(id)) byQuestion.set(id, issue.message);
  }
  return questions
    .filter((question) => byQuestion.has(question.id))
    .map((question) => ({
      questionId: question.id,
      message: byQuestion.get(question.id) ?? VALIDATION_MESSAGES.chooseOneStrict,
    }));
}

/** True when every question the step asks has a valid answer. */
export function isStepComplete(step: Step, answers: Answers): boolean {
  return validateStep(step, answers).length === 0;
}

/** Every problem left in the whole assessment, step by step; empty when it is complete. */
export function validateAll(answers: Answers): (FieldError & { stepId: string })[] {
  return visibleSteps(answers).flatMap((step) => validateStep(step, answers).map((error) => ({ ...error, stepId: step.id })));
}

/** Share of asked questions that have a valid answer, from 0 to 1. */
export function completeness(answers: Answers): number {
  const steps = visibleSteps(answers);
  const asked = steps.flatMap((step) => visibleQuestions(step, answers)).filter((question) => question.required);
  if (asked.length === 0) return 0;
  const failing = new Set(validateAll(answers).map((error) => error.questionId));
  return (asked.length - asked.filter((question) => failing.has(question.id)).length) / asked.length;
}
