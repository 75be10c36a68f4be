import { z } from 'zod/mini';
import { stepSchema } from './bank-schema';
import { SOURCES } from './sources';
import type { QuestionBank } from './question-bank';

// The bank is data written in this repository: it is checked by its tests and by the build
// (scripts/prerender.tsx), not at every start-up in the browser.

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

/** Parses and cross-checks a question bank (its steps); throws with every problem listed when it is invalid. */
export function parseQuestionBank(input: unknown): QuestionBank {
  const steps = bankSchema.parse(input);
  return {
    questions: steps.flatMap((step) => step.questions),
    steps: steps.map((step) => ({ ...step, questions: step.questions.map((question) => question.id) })),
  };
}
