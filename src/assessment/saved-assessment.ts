import { z } from 'zod/mini';
import { answersSchema } from './schema';

export const NAME_MAX = 120;
export const OWNER_MAX = 120;
export const DUE_MAX = 20;

/** What the manager types per gap in the action plan: who does it, and by when. */
export const actionItemSchema = z.object({
  owner: z._default(z.string().check(z.maxLength(OWNER_MAX, `is longer than ${OWNER_MAX} characters`)), ''),
  due: z._default(z.string().check(z.maxLength(DUE_MAX, `is longer than ${DUE_MAX} characters`)), ''),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

const timestamp = z.string().check(z.maxLength(40, 'is not a date and time'));

/**
 * When each answer, action-plan entry and the name last changed (keys from `changeKey`), so
 * that two tabs' changes to one assessment merge answer by answer, the newer one winning. A key
 * whose value is gone records that it was cleared.
 */
export const changeTimesSchema = z.record(z.string().check(z.maxLength(140)), timestamp);
export type ChangeTimes = z.infer<typeof changeTimesSchema>;

/**
 * Who gave an answer, when it was not the person filling in the assessment (the "respondent"
 * answer): a colleague's name and role, as the manager typed it when asking them. An answer the
 * manager changes afterwards is theirs again.
 */
export const answeredByNameSchema = z.string().check(z.minLength(1, 'is empty'), z.maxLength(NAME_MAX, `is longer than ${NAME_MAX} characters`));
export const answeredBySchema = z.record(z.string().check(z.maxLength(100)), answeredByNameSchema);
export type AnsweredBy = z.infer<typeof answeredBySchema>;

/**
 * Set on a colleague's copy, made from a manager's request file: which assessment the questions
 * come from, who asked, who answers, and the questions asked. Its answers go back as a file.
 */
export const colleagueRequestSchema = z.object({
  assessmentId: z.string().check(z.maxLength(64)),
  organization: z.string().check(z.maxLength(NAME_MAX, `is longer than ${NAME_MAX} characters`)),
  askedBy: z.string().check(z.maxLength(NAME_MAX, `is longer than ${NAME_MAX} characters`)),
  colleague: answeredByNameSchema,
  questionIds: z.array(z.string().check(z.maxLength(100))).check(z.minLength(1, 'holds no questions'), z.maxLength(200, 'holds more than 200 questions')),
});
export type ColleagueRequest = z.infer<typeof colleagueRequestSchema>;

/** One assessment as saved: its answers, its action plan and when it was made. */
export const savedAssessmentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.maxLength(NAME_MAX, `is longer than ${NAME_MAX} characters`)),
  createdAt: timestamp,
  updatedAt: timestamp,
  answers: answersSchema,
  actionPlan: z._default(z.record(z.string().check(z.maxLength(120)), actionItemSchema), {}),
  answeredBy: z.optional(answeredBySchema),
  request: z.optional(colleagueRequestSchema),
  changedAt: z.optional(changeTimesSchema),
  /** When it was last saved as a file, to remind the manager to keep a copy. */
  exportedAt: z.optional(timestamp),
});
export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;

export type ChangeKey = `answers.${string}` | `actionPlan.${string}` | 'name';

/** The key under which a change to one answer, plan entry or the name is timed. */
export function changeKey(field: 'answers' | 'actionPlan', id: string): ChangeKey;
export function changeKey(field: 'name'): ChangeKey;
export function changeKey(field: 'answers' | 'actionPlan' | 'name', id?: string): ChangeKey {
  return field === 'name' ? 'name' : `${field}.${id ?? ''}`;
}

export const UNTITLED = 'Untitled assessment';

/** The name to show for an assessment: the one given, else the organization's, else "Untitled". */
export function displayName(assessment: Pick<SavedAssessment, 'name' | 'answers'>): string {
  const orgName = assessment.answers['org-name'];
  if (assessment.name.trim() !== '') return assessment.name.trim();
  if (typeof orgName === 'string' && orgName.trim() !== '') return orgName.trim();
  return UNTITLED;
}

/** The facility an assessment is about, when the manager named one. */
export function facilityName(assessment: Pick<SavedAssessment, 'answers'>): string | undefined {
  const facility = assessment.answers['facility-name'];
  return typeof facility === 'string' && facility.trim() !== '' ? facility.trim() : undefined;
}

/** A new id; random so that assessments made in two tabs or imported never collide. */
export function newAssessmentId(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A fresh, empty assessment. */
export function createSavedAssessment(now: string, name = '', id = newAssessmentId()): SavedAssessment {
  return { id, name, createdAt: now, updatedAt: now, answers: {}, actionPlan: {} };
}
