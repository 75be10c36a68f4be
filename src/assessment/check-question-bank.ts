import { z } from 'zod/mini';
import { stepSchema } from './bank-schema';
import { SOURCES } from './sources';
import type { QuestionBank } from './question-bank';
import type { Question } from './schema';

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
    for (const problem of gridProblems(steps)) ctx.addIssue({ code: 'custom', message: problem });
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
        const values = 'in' in condition ? condition.in : 'notIn' in condition ? condition.notIn : 'unlessOnly' in condition ? condition.unlessOnly : condition.unless;
        if (target.kind === 'number') {
          if (!values.every((value) => typeof value === 'number')) ctx.addIssue({ code: 'custom', message: `question ${question.id} depends on number question ${target.id} but names an option` });
          continue;
        }
        const known = target.kind === 'single' || target.kind === 'multi' ? target.options.map((option) => option.value) : [];
        for (const value of values) {
          if (typeof value !== 'string' || !known.includes(value)) ctx.addIssue({ code: 'custom', message: `question ${question.id} depends on unknown option ${target.id}=${value}` });
        }
      }
    }
  }),
);

/** What a grid's rows must share: their kind and answer scale, so one set of columns fits all. */
function scaleOf(question: Question): string {
  if (question.kind === 'single') return JSON.stringify({ kind: question.kind, dontKnow: question.allowDontKnow, options: question.options.map(({ value, label, hint }) => [value, label, hint]) });
  if (question.kind === 'number')
    return JSON.stringify({ kind: question.kind, dontKnow: question.allowDontKnow, min: question.min, max: question.max, integer: question.integer, unit: question.unit });
  return question.kind;
}

/** A grid's rows are one after the other in one step, single choices or numbers, on one scale. */
function gridProblems(steps: readonly { id: string; questions: readonly Question[] }[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const step of steps) {
    step.questions.forEach((question, index) => {
      const grid = question.grid?.id;
      if (!grid || step.questions[index - 1]?.grid?.id === grid) return;
      if (seen.has(grid)) problems.push(`grid ${grid}: its rows are not one after the other in one step`);
      seen.add(grid);
      const after = step.questions.slice(index).findIndex((row) => row.grid?.id !== grid);
      const rows = step.questions.slice(index, after === -1 ? undefined : index + after);
      if (rows[0] && rows[0].kind !== 'single' && rows[0].kind !== 'number') problems.push(`grid ${grid}: rows must be single choices or numbers`);
      if (rows.some((row) => scaleOf(row) !== scaleOf(rows[0] ?? row))) problems.push(`grid ${grid}: rows differ in kind or scale`);
    });
  }
  return problems;
}

/** Parses and cross-checks a question bank (its steps); throws with every problem listed when it is invalid. */
export function parseQuestionBank(input: unknown): QuestionBank {
  const steps = bankSchema.parse(input);
  return {
    questions: steps.flatMap((step) => step.questions),
    steps: steps.map((step) => ({ ...step, questions: step.questions.map((question) => question.id) })),
  };
}
