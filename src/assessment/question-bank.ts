import { z } from 'zod/mini';
import { stepSchema, type Question, type Step } from './schema';
import { STEP_INPUTS } from './steps';
import { SOURCES } from './sources';
import type { QuestionId } from './question-ids';

const bankSchema = z.array(stepSchema).check(
  z.minLength(1),
  z.superRefine((steps, ctx) => {
    const questions = steps.flatMap((step) => step.questions);
    const questionIds = new Set<string>();
    for (const question of questions) {
      if (questionIds.has(question.id)) ctx.addIssue({ code: 'custom', message: `duplicate question id ${question.id}` });
      questionIds.add(question.id);
      if (!SOURCES.some((source) => source.id === question.source)) {
        ctx.addIssue({ code: 'custom', message: `question ${question.id} cites unknown source ${question.source}` });
      }
      if (question.kind === 'single' || question.kind === 'multi') {
        const values = question.options.map((option) => option.value);
        if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', message: `question ${question.id} repeats an option value` });
        if (values.includes('dont-know')) ctx.addIssue({ code: 'custom', message: `question ${question.id}: use allowDontKnow, not a dont-know option` });
      }
      if (question.kind === 'number' && question.min > question.max) {
        ctx.addIssue({ code: 'custom', message: `question ${question.id}: min above max` });
      }
    }
    const stepIds = new Set<string>();
    for (const step of steps) {
      if (stepIds.has(step.id)) ctx.addIssue({ code: 'custom', message: `duplicate step id ${step.id}` });
      stepIds.add(step.id);
    }
    // A skip rule may only look back at questions asked earlier, and at options that exist.
    const order = questions.map((question) => question.id);
    for (const question of questions) {
      for (const condition of question.showIf ?? []) {
        const target = questions.find((candidate) => candidate.id === condition.question);
        if (!target) {
          ctx.addIssue({ code: 'custom', message: `question ${question.id} depends on unknown question ${condition.question}` });
          continue;
        }
        if (order.indexOf(target.id) >= order.indexOf(question.id)) {
          ctx.addIssue({ code: 'custom', message: `question ${question.id} depends on a later question ${target.id}` });
        }
        const values = 'in' in condition ? condition.in : condition.notIn;
        const known = target.kind === 'single' || target.kind === 'multi' ? target.options.map((option) => option.value) : [];
        for (const value of values) {
          if (!known.includes(value)) ctx.addIssue({ code: 'custom', message: `question ${question.id} depends on unknown option ${target.id}=${value}` });
        }
      }
    }
  }),
);

export type QuestionBank = { questions: Question[]; steps: Step[] };

/** A question of the product's bank: its id is one the bank declares. */
export type BankQuestion = Question & { readonly id: QuestionId };
export type BankStep = Omit<Step, 'questions'> & { readonly questions: QuestionId[] };

/** Parses and cross-checks a question bank (its steps); throws with every problem listed when it is invalid. */
export function parseQuestionBank(input: unknown): QuestionBank {
  const steps = bankSchema.parse(input);
  return {
    questions: steps.flatMap((step) => step.questions),
    steps: steps.map((step) => ({ ...step, questions: step.questions.map((question) => question.id) })),
  };
}

/** The product's question bank, validated once at start-up. */
export const QUESTION_BANK = parseQuestionBank(STEP_INPUTS) as {
  questions: BankQuestion[];
  steps: BankStep[];
};

const QUESTIONS_BY_ID = new Map<string, BankQuestion>(QUESTION_BANK.questions.map((question) => [question.id, question]));

/** The question with this id, or undefined. */
export function findQuestion(id: string): BankQuestion | undefined {
  return QUESTIONS_BY_ID.get(id);
}

/** The question with this id; throws for an id the bank does not have (a programming error). */
export function getQuestion(id: string): BankQuestion {
  const question = QUESTIONS_BY_ID.get(id);
  if (!question) throw new Error(`Unknown question ${id}`);
  return question;
}

/** The step with this id, or undefined. */
export function findStep(id: string): BankStep | undefined {
  return QUESTION_BANK.steps.find((step) => step.id === id);
}

/** The step a question belongs to. */
export function stepOfQuestion(questionId: string): BankStep | undefined {
  return QUESTION_BANK.steps.find((step) => (step.questions as string[]).includes(questionId));
}
