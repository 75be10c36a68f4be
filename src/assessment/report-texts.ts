import { formatAnswer } from './format';
import { consultantChecklist, meetingQuestionsFor, nextStepsFor, sharedItQuestionsFor } from './report-content';
import type { Answers } from './schema';
import type { GapReport } from './scoring/gap-report-schema';
import { includesConsultant } from './scoring/report-queries';
import { effectiveAnswers, visibleQuestions, visibleSteps } from './visibility';

/**
 * Fields of the gap report that hold ids, codes or enum values rather than words the report
 * prints (an area id such as "interfacing" is not the word in a sentence).
 */
const NOT_PRINTED = new Set([
  'id',
  'kind',
  'area',
  'severity',
  'level',
  'primary',
  'provider',
  'appliesTo',
  'status',
  'itHoursBasis',
  'role',
  'scope',
  'sourceId',
  'questionIds',
  'dontKnowIds',
  'missingIds',
  'missing',
]);

/**
 * Every sentence of a scored report, read from the whole object rather than field by field, so a
 * new text in the report is covered without a change here.
 */
function gapReportTexts(value: unknown, key = ''): string[] {
  if (NOT_PRINTED.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => gapReportTexts(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => gapReportTexts(item, name));
  return [];
}

/**
 * The words of a report as the results page shows them for these answers (apart from the page's
 * own headings and labels): the scored report, the advice it shows, and the answers appendix.
 * What the glossary of that report is chosen from (glossaryTermsUsed).
 */
export function reportTexts(report: GapReport, answers: Answers): string[] {
  const effective = effectiveAnswers(answers);
  const advice = [
    ...nextStepsFor(report, effective),
    ...meetingQuestionsFor(report, effective),
    ...(includesConsultant(report) ? consultantChecklist(report).flatMap((group) => [{ text: group.heading }, ...group.items]) : []),
    ...sharedItQuestionsFor(report, effective),
  ].map((item) => item.text);
  const appendix = visibleSteps(answers).flatMap((step) => [step.title, ...visibleQuestions(step, answers).flatMap((question) => [question.label, formatAnswer(question, answers[question.id])])]);
  return [...gapReportTexts(report), ...advice, ...appendix];
}
