import type { ColleagueFile } from './colleague-file';
import { QUESTION_BANK } from './question-bank';
import { NAME_MAX, createSavedAssessment, type SavedAssessment } from './saved-assessment';
import type { TakenAnswer } from './taken-answers';
import { DONT_KNOW, type AnswerValue } from './schema';

/** One answer on offer: the manager's own, or that of the colleague of file `file` (an index). */
export type Candidate = { from: 'yours' | number; value: AnswerValue; by: string | undefined };

/** A question whose answers differ: what is saved now, each colleague's, and the one to start from. */
export type Difference = { questionId: string; yours: Candidate | undefined; theirs: Candidate[]; preselected: Candidate['from'] };

function comparable(value: AnswerValue | undefined): string {
  // The order of ticked options carries no meaning.
  return JSON.stringify(Array.isArray(value) ? [...value].sort() : value) ?? '';
}

export function sameAnswer(left: AnswerValue | undefined, right: AnswerValue | undefined): boolean {
  return comparable(left) === comparable(right);
}

/**
 * The questions where a colleague's answer differs from the saved one, in the bank's order. A
 * colleague's answer is preselected, the latest file's first, except a "Don't know" over an
 * answer the manager has: a known answer is not given up for not knowing. A question a colleague
 * left open offers nothing.
 */
export function answerDifferences(assessment: Pick<SavedAssessment, 'answers' | 'answeredBy'>, files: readonly ColleagueFile[], respondent?: string): Difference[] {
  const differences: Difference[] = [];
  for (const question of QUESTION_BANK.questions) {
    const id = question.id;
    const mine = Object.hasOwn(assessment.answers, id) ? assessment.answers[id] : undefined;
    const theirs: Candidate[] = [];
    files.forEach((file, index) => {
      const value = Object.hasOwn(file.answers, id) ? file.answers[id] : undefined;
      if (value === undefined || sameAnswer(value, mine)) return;
      theirs.push({ from: index, value, by: file.colleague });
    });
    if (theirs.length === 0) continue;
    const yours: Candidate | undefined = mine === undefined ? undefined : { from: 'yours', value: mine, by: assessment.answeredBy?.[id] ?? respondent };
    const known = theirs.filter((candidate) => candidate.value !== DONT_KNOW);
    const latest = (known.length > 0 ? known : theirs).at(-1) as Candidate;
    const keepYours = yours !== undefined && yours.value !== DONT_KNOW && known.length === 0;
    differences.push({ questionId: id, yours, theirs, preselected: keepYours ? 'yours' : latest.from });
  }
  return differences;
}

/**
 * How many questions the colleagues' files answer, and how many of those every file answers as
 * the assessment already does (the merge page says so, so that a short list of differences is
 * not read as colleagues having answered little).
 */
export function answerAgreement(assessment: Pick<SavedAssessment, 'answers'>, files: readonly ColleagueFile[]): { answered: number; same: number } {
  const ids = new Set(files.flatMap((file) => Object.keys(file.answers)));
  const mine = (id: string) => (Object.hasOwn(assessment.answers, id) ? assessment.answers[id] : undefined);
  let same = 0;
  for (const id of ids) if (files.every((file) => !Object.hasOwn(file.answers, id) || sameAnswer(file.answers[id], mine(id)))) same += 1;
  return { answered: ids.size, same };
}

/** The answers the manager's choices take from colleagues (a choice of "yours" takes nothing). */
export function takenAnswers(differences: readonly Difference[], choices: Readonly<Record<string, Candidate['from']>>): TakenAnswer[] {
  return differences.flatMap((difference) => {
    const choice = choices[difference.questionId] ?? difference.preselected;
    const candidate = difference.theirs.find((item) => item.from === choice);
    return candidate && candidate.by !== undefined ? [{ questionId: difference.questionId, value: candidate.value, by: candidate.by }] : [];
  });
}

/** A colleague's copy, made from a request: only the questions asked, the manager's answers to start from. */
export function colleagueCopy(request: ColleagueFile, when: string, id?: string): SavedAssessment {
  const { kind: _kind, exportedAt: _exportedAt, answers, ...rest } = request;
  const base = createSavedAssessment(when, `Questions from ${rest.organization || 'a colleague'}`.slice(0, NAME_MAX), id);
  return { ...base, answers: { ...answers }, request: rest };
}

/** An answers file from another assessment, opened as an assessment of its own (its answers, given by the colleague). */
export function assessmentFromAnswers(file: ColleagueFile, when: string, id?: string): SavedAssessment {
  const base = createSavedAssessment(when, file.organization, id);
  const answers = { ...file.answers };
  return { ...base, answers, ...(Object.keys(answers).length > 0 ? { answeredBy: Object.fromEntries(Object.keys(answers).map((questionId) => [questionId, file.colleague])) } : {}) };
}
