import { actionItemFor } from './action-plan';
import { formatAnswer } from './format';
import type { Gap } from './scoring/gap-report-schema';
import type { SavedAssessment } from './saved-assessment';
import { visibleQuestions, visibleSteps } from './visibility';

/**
 * What a spreadsheet may skip before it reads a formula sign, yet a reader does not see: blanks
 * (no-break and ideographic spaces, tabs, line breaks), zero-width and other invisible
 * characters, and control characters.
 */
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]*/u;

/** Characters that make a spreadsheet read a cell as a formula, with their full-width and small forms. */
const FORMULA_SIGN = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

/** A tab or carriage return at the very start also starts a formula in some spreadsheets. */
const FORMULA_START = /^[\t\r]/;

/** True when a spreadsheet could read the value as a formula. */
function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) || FORMULA_SIGN.test(value.replace(INVISIBLE, ''));
}

/**
 * One CSV cell: a value a spreadsheet would run as a formula, also after leading blanks or
 * invisible characters, is prefixed with an apostrophe (OWASP's advice for CSV injection; the
 * spreadsheet shows the text as it was typed), and cells with commas, quotes or line breaks are
 * quoted.
 */
export function csvCell(value: string): string {
  const safe = looksLikeFormula(value) ? `'${value}` : value;
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
  const rows = gaps.map((gap) => {
    const item = actionItemFor(actionPlan, gap);
    return [gap.severity, gap.title, gap.explanation, gap.action, gap.owner, item.owner, item.due];
  });
  return toCsv([GAP_COLUMNS, ...rows]);
}
