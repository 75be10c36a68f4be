import { z } from 'zod/mini';
import { DONT_KNOW, answerValueSchema, answersSchema, type Answers } from '../assessment/schema';
import { createSavedAssessment, savedAssessmentSchema, type SavedAssessment } from '../assessment/saved-assessment';

/** Version 1 and earlier kept one assessment under this key. */
export const LEGACY_KEY = 'staffing-readiness:assessment';
/** Holds the format version of everything saved. */
export const INDEX_KEY = 'staffing-readiness:index';
/** Each assessment has its own key, so one damaged entry never takes the others down. */
export const ENTRY_PREFIX = 'staffing-readiness:assessment:';
export const BACKUP_KEY_PREFIX = 'staffing-readiness:damaged:';
export const STATE_VERSION = 2;

export const persistedStateSchema = z.object({
  assessments: z.record(z.string(), savedAssessmentSchema),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

/** Version 0 (the first prototype) kept answers under `responses`, with null for "Don't know". */
const versionZeroSchema = z.object({
  responses: z.record(z.string(), z.union([answerValueSchema, z.null()])),
  savedAt: z.optional(z.string()),
});

/** Version 1 kept a single assessment: its answers and when they changed. */
const versionOneSchema = z.object({
  answers: answersSchema,
  updatedAt: z.nullable(z.string()),
});

function single(answers: Answers, updatedAt: string | null | undefined): PersistedState {
  const when = updatedAt ?? new Date(0).toISOString();
  const assessment: SavedAssessment = { ...createSavedAssessment(when), answers };
  return { assessments: { [assessment.id]: assessment } };
}

/**
 * Brings saved data from an older version up to the current one. Throws, in plain words, for
 * data this version cannot read (a newer version, or not this tool's data).
 */
export function migrateState(persisted: unknown, version: number): PersistedState {
  if (version > STATE_VERSION) {
    throw new Error(`it was saved by a newer version of this tool (format ${version}; this one reads up to ${STATE_VERSION})`);
  }
  if (version === 0) {
    const old = versionZeroSchema.parse(persisted);
    const answers: Answers = {};
    for (const [id, value] of Object.entries(old.responses)) answers[id] = value === null ? DONT_KNOW : value;
    return single(answers, old.savedAt);
  }
  if (version === 1) {
    const old = versionOneSchema.parse(persisted);
    return single(old.answers, old.updatedAt);
  }
  return persistedStateSchema.parse(persisted);
}

/** Turns a zod or JSON error into a short reason a manager can read. */
export function describeProblem(error: unknown): string {
  if (error instanceof z.core.$ZodError) {
    const issue = error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    return `the saved answers are not in the expected form${where}`;
  }
  if (error instanceof SyntaxError) return 'the saved data is not readable (it may have been cut short or edited by hand)';
  if (error instanceof Error) return error.message;
  return 'the saved data could not be read';
}
