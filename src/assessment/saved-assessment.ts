import { z } from 'zod/mini';
import { answersSchema } from './schema';

/** What the manager types per gap in the action plan: who does it, and by when. */
export const actionItemSchema = z.object({
  owner: z._default(z.string().check(z.maxLength(120)), ''),
  due: z._default(z.string().check(z.maxLength(20)), ''),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** One assessment as saved: its answers, its action plan and when it was made. */
export const savedAssessmentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.maxLength(120)),
  createdAt: z.string().check(z.maxLength(40)),
  updatedAt: z.string().check(z.maxLength(40)),
  answers: answersSchema,
  actionPlan: z._default(z.record(z.string().check(z.maxLength(120)), actionItemSchema), {}),
});
export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;

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
