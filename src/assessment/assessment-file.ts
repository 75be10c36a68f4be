import { z } from 'zod/mini';
import { findQuestion } from './question-bank';
import { actionItemSchema, type SavedAssessment } from './saved-assessment';
import { DONT_KNOW, answerValueSchema, type Answers } from './schema';
import { APP_VERSION } from './product';
import { answerSchemaFor } from './validation';

export const FILE_FORMAT = 'staffing-readiness-assessment';
export const FILE_SCHEMA_VERSION = 2;
/** A real assessment file is a few kilobytes; anything far larger is not one. */
export const MAX_FILE_BYTES = 1_000_000;

export type ImportedAssessment = Omit<SavedAssessment, 'id'>;
export type ImportResult =
  | { ok: true; assessment: ImportedAssessment; warnings: string[] }
  | { ok: false; problems: string[] };

const ENVELOPE_KEYS = ['format', 'schemaVersion', 'appVersion', 'exportedAt', 'assessment'];
const ASSESSMENT_KEYS = ['name', 'createdAt', 'updatedAt', 'answers', 'actionPlan'];

const envelopeSchema = z.object({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.int().check(z.gte(1)),
});

const assessmentV2Schema = z.object({
  name: z._default(z.string().check(z.maxLength(120, 'the name is longer than 120 characters')), ''),
  createdAt: z.optional(z.string().check(z.maxLength(40))),
  updatedAt: z.optional(z.string().check(z.maxLength(40))),
  answers: z.record(z.string().check(z.maxLength(100)), z.unknown()),
  actionPlan: z._default(z.record(z.string().check(z.maxLength(120)), z.unknown()), {}),
});

/** Version 1 files held the answers of the single assessment at the top level. */
const fileV1Schema = z.object({ answers: z.record(z.string().check(z.maxLength(100)), z.unknown()), updatedAt: z.optional(z.nullable(z.string().check(z.maxLength(40)))) });

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
  const { name, createdAt, updatedAt, actionPlan } = assessment;
  const { answers } = exportableAnswers(assessment.answers);
  return `${JSON.stringify(
    { format: FILE_FORMAT, schemaVersion: FILE_SCHEMA_VERSION, appVersion: APP_VERSION, exportedAt, assessment: { name, createdAt, updatedAt, answers, actionPlan } },
    null,
    2,
  )}\n`;
}

function describeZod(error: z.core.$ZodError, prefix: string): string[] {
  return error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? `${prefix}${issue.path.join('.')}: ` : prefix ? `${prefix.replace(/[.:]\s*$/, '')}: ` : '';
    return `${where}${issue.message}`;
  });
}

function checkAnswers(raw: Record<string, unknown>, problems: string[], warnings: string[]): Answers {
  const answers: Answers = {};
  for (const [id, value] of Object.entries(raw)) {
    const question = findQuestion(id);
    if (!question) {
      warnings.push(`Ignored an answer to a question this tool does not have ("${id}").`);
      continue;
    }
    const shape = answerValueSchema.safeParse(value);
    // Text is free: whatever the user typed, within the length limit, is theirs to keep.
    const schema = question.kind === 'text' ? z.string().check(z.maxLength(question.maxLength, `longer than ${question.maxLength} characters`)) : answerSchemaFor({ ...question, required: true });
    const valid = shape.success ? schema.safeParse(shape.data) : shape;
    if (!valid.success || !shape.success) {
      const message = valid.success ? 'not a valid answer' : (valid.error.issues[0]?.message ?? 'not a valid answer');
      problems.push(`question ${id}: ${message} (found ${JSON.stringify(value)?.slice(0, 40) ?? 'nothing'})`);
      continue;
    }
    answers[id] = shape.data;
  }
  return answers;
}

/**
 * Reads an assessment file. Returns the assessment with any warnings (ignored extra fields),
 * or every problem found, in plain words naming where. Never throws.
 */
export function parseAssessmentFile(text: string, byteLength: number = new Blob([text]).size): ImportResult {
  if (byteLength > MAX_FILE_BYTES) {
    return { ok: false, problems: [`The file is too large (${(byteLength / 1_000_000).toFixed(1)} MB). An assessment file is at most 1 MB.`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['The file is not an assessment file: it is not in JSON format (it may be damaged, or a different kind of file).'] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, problems: ['The file is not a Staffing Readiness assessment (it does not say "format": "staffing-readiness-assessment").'] };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problems: ['The file does not say which version of the format it uses ("schemaVersion").'] };
  const version = envelope.data.schemaVersion;
  if (version > FILE_SCHEMA_VERSION) {
    return { ok: false, problems: [`The file was made by a newer version of Staffing Readiness (file format ${version}; this version reads up to ${FILE_SCHEMA_VERSION}). Open it with the newer version.`] };
  }

  const warnings: string[] = [];
  const problems: string[] = [];
  const record = data as Record<string, unknown>;
  let body: z.infer<typeof assessmentV2Schema>;
  if (version === 1) {
    const old = fileV1Schema.safeParse(record);
    if (!old.success) return { ok: false, problems: describeZod(old.error, '') };
    body = { name: '', updatedAt: old.data.updatedAt ?? undefined, answers: old.data.answers, actionPlan: {} };
  } else {
    for (const key of Object.keys(record)) if (!ENVELOPE_KEYS.includes(key)) warnings.push(`Ignored an unknown field "${key}".`);
    const parsed = assessmentV2Schema.safeParse(record.assessment);
    if (!parsed.success) return { ok: false, problems: describeZod(parsed.error, 'assessment.') };
    const inner = record.assessment as Record<string, unknown>;
    for (const key of Object.keys(inner)) if (!ASSESSMENT_KEYS.includes(key)) warnings.push(`Ignored an unknown field "assessment.${key}".`);
    body = parsed.data;
  }

  const answers = checkAnswers(body.answers, problems, warnings);
  const actionPlan: SavedAssessment['actionPlan'] = {};
  for (const [gapId, item] of Object.entries(body.actionPlan)) {
    const parsed = actionItemSchema.safeParse(item);
    if (parsed.success) actionPlan[gapId] = parsed.data;
    else problems.push(`action plan "${gapId}": ${parsed.error.issues[0]?.message ?? 'not a valid entry'}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const fallback = new Date(0).toISOString();
  return {
    ok: true,
    warnings,
    assessment: { name: body.name, createdAt: body.createdAt ?? body.updatedAt ?? fallback, updatedAt: body.updatedAt ?? body.createdAt ?? fallback, answers, actionPlan },
  };
}
