import type { QuestionDef } from './bank-schema';
import type { Question, Step } from './schema';
import { STEP_INPUTS } from './steps';
import type { QuestionId } from './question-ids';

export type QuestionBank = { questions: Question[]; steps: Step[] };

/** A question of the product's bank: its id is one the bank declares. */
export type BankQuestion = Question & { readonly id: QuestionId };
export type BankStep = Omit<Step, 'questions'> & { readonly questions: QuestionId[] };

/** A question as the bank writes it, with the defaults of the question schema filled in. */
function withDefaults(def: QuestionDef): BankQuestion {
  const defaults = def.kind === 'text' ? { maxLength: 120 } : def.kind === 'number' ? { integer: true, allowDontKnow: false } : { allowDontKnow: false };
  // The bank's literals are read-only in their type only; nothing changes a question.
  return { required: true, ...defaults, ...def } as unknown as BankQuestion;
}

/** The product's question bank (checked by check-question-bank.ts in its tests and the build). */
export const QUESTION_BANK: { questions: BankQuestion[]; steps: BankStep[] } = {
  questions: STEP_INPUTS.flatMap((step) => step.questions.map(withDefaults)),
  steps: STEP_INPUTS.map(({ questions, ...step }) => ({ ...step, questions: questions.map((question) => question.id) })),
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
