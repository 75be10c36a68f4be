import { RESPONDENT_ID } from './answered-by';
import { exportableAnswers } from './assessment-file';
import { knownBy, type Knower } from './known-by';
import { APP_VERSION } from './product';
import { NAME_MAX, displayName, type ColleagueRequest, type SavedAssessment } from './saved-assessment';
import type { Answers, Question, Step } from './schema';
import { visibleQuestions, visibleSteps } from './visibility';

/** The file a manager sends a colleague: the questions to answer, with the manager's answers as a start. */
export const REQUEST_FORMAT = 'staffing-readiness-questions';
/** The file the colleague sends back: their answers to those questions. */
export const ANSWERS_FORMAT = 'staffing-readiness-answers';
export const COLLEAGUE_FILE_VERSION = 1;

/** What a request or answers file holds besides its envelope. */
export type ColleagueFile = ColleagueRequest & {
  kind: 'request' | 'answers';
  exportedAt: string;
  /** The manager's answers (a request), or the colleague's (answers), to the questions asked only. */
  answers: Answers;
};

/** A question a manager can hand to a colleague, with the step that asks it. */
export type AskableQuestion = { step: Step; question: Question };

/**
 * The questions a manager can hand to a colleague, in the wizard's order: every question the
 * answers so far make the wizard ask, except who the manager is, which stays the manager's to say.
 */
export function askableQuestions(answers: Answers): AskableQuestion[] {
  return visibleSteps(answers).flatMap((step) =>
    visibleQuestions(step, answers)
      .filter((question) => question.id !== RESPONDENT_ID)
      .map((question) => ({ step, question })),
  );
}

/** Of these questions, the ids of those this person usually knows: what a request starts with. */
export function usuallyKnownBy(items: readonly AskableQuestion[], knower: Knower): Set<string> {
  return new Set(items.filter(({ step, question }) => knownBy(question, step) === knower).map(({ question }) => question.id));
}

/** The answers to these questions that a file can carry (never a half-typed number). */
function pick(all: Answers, ids: readonly string[]): Answers {
  const { answers } = exportableAnswers(all);
  return Object.fromEntries(ids.filter((id) => Object.hasOwn(answers, id)).map((id) => [id, answers[id]])) as Answers;
}

function serialize(file: ColleagueFile): string {
  const { kind, ...rest } = file;
  return `${JSON.stringify({ format: kind === 'request' ? REQUEST_FORMAT : ANSWERS_FORMAT, schemaVersion: COLLEAGUE_FILE_VERSION, appVersion: APP_VERSION, ...rest }, null, 2)}\n`;
}

/** The request a manager sends: these questions of this assessment, to this colleague. */
export function requestFor(assessment: SavedAssessment, colleague: string, askedBy: string, questionIds: readonly string[], exportedAt: string): ColleagueFile {
  const ids = [...new Set(questionIds)];
  return {
    kind: 'request',
    exportedAt,
    assessmentId: assessment.id,
    organization: displayName(assessment),
    askedBy: askedBy.trim().slice(0, NAME_MAX),
    colleague: colleague.trim().slice(0, NAME_MAX),
    questionIds: ids,
    answers: pick(assessment.answers, ids),
  };
}

export function serializeRequest(request: ColleagueFile): string {
  return serialize({ ...request, kind: 'request' });
}

/** The colleague's answers, from their copy made from the request. */
export function answersFileFor(copy: SavedAssessment & { request: ColleagueRequest }, exportedAt: string): ColleagueFile {
  return { ...copy.request, kind: 'answers', exportedAt, answers: pick(copy.answers, copy.request.questionIds) };
}

export function serializeAnswers(file: ColleagueFile): string {
  return serialize({ ...file, kind: 'answers' });
}
