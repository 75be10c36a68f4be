import { formatAnswer } from './format';
import type { Gap } from './scoring/gap-report-schema';
import type { SavedAssessment } from './saved-assessment';
import { visibleQuestions, visibleSteps } from './visibility';

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a value a spreadsheet would run as a formula is prefixed with an apostrophe,
 * and cells with commas, quotes or line breaks are quoted.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toCsv(rows: string[][]): string {
  // CRLF line ends and a byte-order mark so Excel opens the file as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const ANSWER_COLUMNS = ['Step', 'Question', 'Answer', 'Question id'];

/** Every asked question and its answer, in wizard order, as CSV. */
export function answersCsv(assessment: Pick<SavedAssessment, 'answers'>): string {
  const rows = visibleSteps(assessment.answers).flatMap((step) =>
    visibleQuestions(step, assessment.answers).map((question) => [step.title, question.label, formatAnswer(question, assessment.answers[question.id]), question.id]),
  );
  return toCsv([ANSWER_COLUMNS, ...rows]);
}

export const GAP_COLUMNS = ['Severity', 'Gap', 'Why it matters', 'Action', 'Suggested owner', 'Owner', 'Target date'];

/** The gap table with the action plan the manager filled in, as CSV. */
export function gapsCsv(gaps: Gap[], actionPlan: SavedAssessment['actionPlan']): string {
  const rows = gaps.map((gap) => [gap.severity, gap.title, gap.explanation, gap.action, gap.owner, actionPlan[gap.id]?.owner ?? '', actionPlan[gap.id]?.due ?? '']);
  return toCsv([GAP_COLUMNS, ...rows]);
}
