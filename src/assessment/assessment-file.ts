import { findQuestion } from './question-bank';
import type { SavedAssessment } from './saved-assessment';
import { DONT_KNOW, type Answers } from './schema';
import { APP_VERSION } from './product';

export const FILE_FORMAT = 'staffing-readiness-assessment';
/** A download of saved data the app could not read in full: the data as it was, to bring back. */
export const SAVED_DATA_FORMAT = 'staffing-readiness-saved-data';
export const FILE_SCHEMA_VERSION = 2;
/** A real assessment file is a few kilobytes; anything far larger is not one. */
export const MAX_FILE_BYTES = 1_000_000;

export type ImportedAssessment = Omit<SavedAssessment, 'id'>;
export type ImportResult =
  | { ok: true; assessment: ImportedAssessment; warnings: string[] }
  /** `damagedText`: saved data that is not JSON any more, which a JSON repair may still read. */
  | { ok: false; problems: string[]; damagedText?: string };

/**
 * Splits answers into those a file can carry and the ids of half-typed numbers (text in a
 * number field), which the wizard flags and which an import would refuse.
 */
export function exportableAnswers(answers: Answers): { answers: Answers; dropped: string[] } {
  const kept: Answers = {};
  const dropped: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = findQuestion(id);
    if (question?.kind === 'number' && typeof value === 'string' && value !== DONT_KNOW) dropped.push(id);
    else kept[id] = value;
  }
  return { answers: kept, dropped };
}

/** An assessment as a file to keep or pass on: versioned, with the answers and the action plan. */
export function serializeAssessment(assessment: SavedAssessment, exportedAt: string): string {
  const { name, createdAt, updatedAt, actionPlan, answeredBy } = assessment;
  const { answers } = exportableAnswers(assessment.answers);
  const attribution = answeredBy && Object.keys(answeredBy).length > 0 ? { answeredBy } : {};
  return `${JSON.stringify(
    { format: FILE_FORMAT, schemaVersion: FILE_SCHEMA_VERSION, appVersion: APP_VERSION, exportedAt, assessment: { name, createdAt, updatedAt, answers, actionPlan, ...attribution } },
    null,
    2,
  )}\n`;
}
