import { z } from 'zod/mini';
import { describeFound, plainIssue } from './plain-issues';
import { findQuestion } from './question-bank';
import { NAME_MAX, actionItemSchema, answeredBySchema, changeTimesSchema, colleagueRequestSchema, savedAssessmentSchema, type SavedAssessment } from './saved-assessment';
import { DONT_KNOW, answerValueSchema, type AnswerValue, type Answers } from './schema';
import { upgradeAnswers } from './upgrade-answers';

/** A part of saved data that could not be kept, named so the manager can find it again. */
export type SetAside = { where: string; problem: string };
export type Salvaged = { assessment: SavedAssessment; setAside: SetAside[] };

const ID = z.string().check(z.minLength(1), z.maxLength(64));
const TIME = z.string().check(z.maxLength(40));
const KEY = z.string().check(z.maxLength(100));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A choice listed twice means nothing more than once (older versions could add one twice). */
function withoutRepeats(value: unknown): unknown {
  return Array.isArray(value) ? [...new Set(value)] : value;
}

function problemOf(schema: z.ZodMiniType, value: unknown): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return issue ? plainIssue(issue, value) : `is not valid (found ${describeFound(value)})`;
}

/** How the manager knows the question: its label, or its id for one this version does not ask. */
function answerName(id: string): string {
  const question = findQuestion(id);
  return question ? `the answer to "${question.label}"` : `the answer "${id.slice(0, 100)}"`;
}

function salvageAnswers(raw: unknown, setAside: SetAside[]): Answers {
  const answers: Answers = {};
  if (raw === undefined) return answers;
  if (!isRecord(raw)) {
    setAside.push({ where: 'the answers', problem: `are not a group of answers (found ${describeFound(raw)})` });
    return answers;
  }
  for (const [id, original] of Object.entries(raw)) {
    const value = withoutRepeats(original);
    // An answer is saved empty (null) only when it was a number too large to read.
    const problem = problemOf(KEY, id)
      ? 'has a question id longer than 100 characters'
      : value === null
        ? 'was saved empty (a number too large to read is saved that way)'
        : problemOf(answerValueSchema, value);
    if (problem) setAside.push({ where: answerName(id), problem });
    else answers[id] = value as AnswerValue;
  }
  return answers;
}

function salvagePlan(raw: unknown, setAside: SetAside[]): SavedAssessment['actionPlan'] {
  const plan: SavedAssessment['actionPlan'] = {};
  if (!isRecord(raw)) {
    if (raw !== undefined) setAside.push({ where: 'the action plan', problem: `is not a group of entries (found ${describeFound(raw)})` });
    return plan;
  }
  for (const [gapId, item] of Object.entries(raw)) {
    const parsed = actionItemSchema.safeParse(item);
    if (parsed.success && !problemOf(KEY, gapId)) plan[gapId] = parsed.data;
    else {
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      const field = issue?.path[0] === 'due' ? ' target date' : issue?.path[0] === 'owner' ? ' owner' : '';
      setAside.push({ where: `action plan entry "${gapId.slice(0, 100)}"${field}`, problem: issue ? plainIssue(issue, item) : 'has an id longer than 100 characters' });
    }
  }
  return plan;
}

/**
 * Keeps every part of one saved assessment that fits, and names each part that does not (an
 * answer of 5,000 characters, a number too large to read) instead of refusing the whole. Null
 * when nothing of an assessment is there (not a group of fields). Never throws.
 */
export function salvageAssessment(value: unknown, fallback: { id: string; now: string }): Salvaged | null {
  if (!isRecord(value) || !('answers' in value || 'actionPlan' in value)) return null;
  const whole = savedAssessmentSchema.safeParse({
    ...value,
    answers: isRecord(value.answers) ? Object.fromEntries(Object.entries(value.answers).map(([id, answer]) => [id, withoutRepeats(answer)])) : value.answers,
  });
  if (whole.success) return { assessment: { ...whole.data, answers: upgradeAnswers(whole.data.answers) }, setAside: [] };

  const setAside: SetAside[] = [];
  const id = ID.safeParse(value.id).success ? (value.id as string) : fallback.id;
  let name = '';
  if (typeof value.name === 'string') {
    name = value.name.slice(0, NAME_MAX);
    if (value.name.length > NAME_MAX) setAside.push({ where: 'the name', problem: `is longer than ${NAME_MAX} characters (kept its first ${NAME_MAX})` });
  } else if (value.name !== undefined) setAside.push({ where: 'the name', problem: `is not text (found ${describeFound(value.name)})` });
  const time = (field: 'createdAt' | 'updatedAt') => (TIME.safeParse(value[field]).success ? (value[field] as string) : undefined);
  const createdAt = time('createdAt') ?? time('updatedAt') ?? fallback.now;
  const updatedAt = time('updatedAt') ?? createdAt;
  const changedAt = z.optional(changeTimesSchema).safeParse(value.changedAt);
  // Who gave which answer is a label: when it is damaged, the answers stay and are the manager's.
  const answeredBy = z.optional(answeredBySchema).safeParse(value.answeredBy);
  if (!answeredBy.success) setAside.push({ where: 'who gave each answer', problem: 'was damaged (the answers are kept, as given by you)' });
  const exportedAt = TIME.safeParse(value.exportedAt);
  const request = z.optional(colleagueRequestSchema).safeParse(value.request);
  if (!request.success) setAside.push({ where: 'the request this copy answers', problem: 'was damaged (the answers are kept)' });
  const assessment: SavedAssessment = {
    id,
    name,
    createdAt,
    updatedAt,
    answers: upgradeAnswers(salvageAnswers(value.answers, setAside)),
    actionPlan: salvagePlan(value.actionPlan, setAside),
    ...(answeredBy.success && answeredBy.data !== undefined ? { answeredBy: answeredBy.data } : {}),
    ...(request.success && request.data !== undefined ? { request: request.data } : {}),
    ...(changedAt.success && changedAt.data !== undefined ? { changedAt: changedAt.data } : {}),
    ...(exportedAt.success ? { exportedAt: exportedAt.data } : {}),
  };
  // Nothing of the manager's was left out, but the data was not as saved: say it was mended.
  if (setAside.length === 0) setAside.push({ where: 'its name or dates', problem: 'were missing or damaged, and were filled in' });
  return { assessment, setAside };
}

/**
 * Formats 0 and 1 kept one assessment under a single key, as `{ version, state }`: version 0
 * had `responses` with null for "Don't know", version 1 `answers` and `updatedAt`. As a saved
 * assessment of today's format, salvaged the same way; null when it is not one.
 */
export function salvageLegacy(envelope: unknown, fallback: { id: string; now: string }): Salvaged | null {
  if (!isRecord(envelope) || !isRecord(envelope.state)) return null;
  const { state } = envelope;
  if (envelope.version === 0 || (state.responses !== undefined && state.answers === undefined)) {
    const responses = isRecord(state.responses) ? Object.fromEntries(Object.entries(state.responses).map(([id, answer]) => [id, answer === null ? DONT_KNOW : answer])) : state.responses;
    const when = typeof state.savedAt === 'string' ? state.savedAt : fallback.now;
    return salvageAssessment({ id: fallback.id, name: '', createdAt: when, updatedAt: when, answers: responses, actionPlan: {} }, fallback);
  }
  const when = typeof state.updatedAt === 'string' ? state.updatedAt : fallback.now;
  return salvageAssessment({ id: fallback.id, name: '', createdAt: when, updatedAt: when, answers: state.answers, actionPlan: {} }, fallback);
}

/**
 * What can be read of saved text: an assessment as this version saves it, or the single
 * assessment of formats 0 and 1. Null when the text is not JSON or holds no assessment.
 */
export function salvageText(raw: string, fallback: { id: string; now: string }): Salvaged | null {
  let json: unknown;
  try {
    json = JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
  const legacy = isRecord(json) && 'state' in json && 'version' in json;
  return legacy ? salvageLegacy(json, fallback) : salvageAssessment(json, fallback);
}

/** True when the text is JSON at all (damaged data that is not JSON may still be repaired). */
export function isJson(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}
