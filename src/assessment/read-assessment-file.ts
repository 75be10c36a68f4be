import { jsonrepair } from 'jsonrepair';
import { z } from 'zod/mini';
import { FILE_FORMAT, FILE_SCHEMA_VERSION, MAX_FILE_BYTES, SAVED_DATA_FORMAT, type ImportResult } from './assessment-file';
import { decodeFileText } from './decode-text';
import { describeFound, plainIssue, plainIssues } from './plain-issues';
import { findQuestion } from './question-bank';
import { RETIRED_QUESTIONS } from './retired-questions';
import { APP_VERSION } from './product';
import { isJson, salvageText, type SetAside } from './salvage';
import { NAME_MAX, actionItemSchema, answeredByNameSchema, type SavedAssessment } from './saved-assessment';
import { answerValueSchema, type Answers } from './schema';
import { checkAnswer } from './check-answer';
import { upgradeAnswers } from './upgrade-answers';

// Reading files is loaded when the manager opens one (or recovers damaged data), not with the
// first page: vite.config.ts keeps this module out of the first page's chunks.

const ENVELOPE_KEYS = ['format', 'schemaVersion', 'appVersion', 'exportedAt', 'assessment'];
const ASSESSMENT_KEYS = ['name', 'createdAt', 'updatedAt', 'answers', 'actionPlan', 'answeredBy'];

const envelopeSchema = z.object({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.int().check(z.gte(1)),
});

const assessmentV2Schema = z.object({
  name: z._default(z.string().check(z.maxLength(NAME_MAX, `is longer than ${NAME_MAX} characters`)), ''),
  createdAt: z.optional(z.string().check(z.maxLength(40))),
  updatedAt: z.optional(z.string().check(z.maxLength(40))),
  answers: z.record(z.string().check(z.maxLength(100)), z.unknown()),
  actionPlan: z._default(z.record(z.string().check(z.maxLength(120)), z.unknown()), {}),
  answeredBy: z.optional(z.record(z.string().check(z.maxLength(100)), z.unknown())),
});

/** Version 1 files held the answers of the single assessment at the top level. */
const fileV1Schema = z.object({ answers: z.record(z.string().check(z.maxLength(100)), z.unknown()), updatedAt: z.optional(z.nullable(z.string().check(z.maxLength(40)))) });

function describeZod(error: z.core.$ZodError, prefix: string[], input: unknown): string[] {
  return plainIssues(error, prefix, 5, input).map((line) => `The file's ${line}.`);
}

/** A file's answers checked against the bank: valid ones kept, retired ones kept and named, others refused. */
export function checkAnswers(raw: Record<string, unknown>, problems: string[], warnings: string[]): Answers {
  const answers: Answers = {};
  for (const [id, value] of Object.entries(raw)) {
    const question = findQuestion(id);
    const retired = RETIRED_QUESTIONS[id];
    if (!question && retired) {
      // Kept as it was, so the file's answers all survive; the report asks the question that replaced it.
      const shape = answerValueSchema.safeParse(value);
      if (shape.success) {
        answers[id] = shape.data;
        warnings.push(`Kept your answer to "${retired.label}", a question this version no longer asks; answer "${findQuestion(retired.askedNowBy)?.label ?? retired.askedNowBy}" instead.`);
      } else warnings.push(`Ignored an answer to "${retired.label}", a question this version no longer asks.`);
      continue;
    }
    if (!question) {
      warnings.push(`Ignored an answer to a question this tool does not have ("${id}").`);
      continue;
    }
    const shape = answerValueSchema.safeParse(value);
    // Text is free: whatever the user typed, within the length limit, is theirs to keep.
    const check = shape.success ? checkAnswer({ ...question, required: question.kind !== 'text' }, shape.data) : null;
    if (!shape.success || !check?.ok) {
      const issue = shape.success ? undefined : shape.error.issues[0];
      const message = check && !check.ok ? check.message : issue ? plainIssue(issue, value) : 'is not a valid answer';
      // Our own messages are sentences ("Choose one answer."); zod's rules read as "is …".
      const sentence = /^[A-Z]/.test(message) ? message : `The answer ${message}.`;
      problems.push(`question ${id} ("${question.label}"): ${sentence}${sentence.includes('(found ') ? '' : ` Found ${describeFound(value)}.`}`);
      continue;
    }
    answers[id] = shape.data;
  }
  return answers;
}

const savedDataSchema = z.object({ format: z.literal(SAVED_DATA_FORMAT), raw: z.string() });

/** A download of damaged saved data: the data as it was, with what the app knew of it. */
export function serializeSavedData(entry: { key: string; raw: string; label: string }, exportedAt: string): string {
  return `${JSON.stringify({ format: SAVED_DATA_FORMAT, version: 1, appVersion: APP_VERSION, exportedAt, label: entry.label, key: entry.key, raw: entry.raw }, null, 2)}\n`;
}

function setAsideWarnings(setAside: SetAside[]): string[] {
  return setAside.map((part) => `Could not be read, left out: ${part.where} ${part.problem}.`);
}

function fromSalvage(text: string, intro: string): ImportResult {
  const salvaged = salvageText(text, { id: 'recovered', now: new Date(0).toISOString() });
  if (!salvaged) {
    const problems = [isJson(text) ? 'The saved data holds no assessment this tool can read.' : 'The saved data is damaged (cut short or changed by hand), so it is not readable as it is.'];
    return isJson(text) ? { ok: false, problems } : { ok: false, problems, damagedText: text };
  }
  const { id: _id, ...assessment } = salvaged.assessment;
  return { ok: true, assessment, warnings: [intro, ...setAsideWarnings(salvaged.setAside)] };
}

/**
 * Saved data brought back as a file: a download of damaged data (its `raw` text), or the text of
 * a browser's saved entry itself. What can be read of it is opened, the rest named.
 */
function recoverSavedData(data: unknown): ImportResult | null {
  const download = savedDataSchema.safeParse(data);
  if (download.success) return fromSalvage(download.data.raw, 'This file is a copy of saved data that could not be opened in full; what could be read is opened.');
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (!record || record.format !== undefined) return null;
  const looksSaved = ('id' in record && 'answers' in record) || ('state' in record && 'version' in record);
  return looksSaved ? fromSalvage(JSON.stringify(data), 'This file holds data as a browser saved it, not an exported assessment; what could be read is opened.') : null;
}

/** What can be read of damaged saved data, repaired as far as it goes when it is not JSON any more. */
export function recoverSavedText(raw: string): ImportResult {
  const result = fromSalvage(raw, 'What could be read of the damaged data is opened.');
  return !result.ok && result.damagedText !== undefined ? repairSavedData(result.damagedText) : result;
}

/** Reads damaged saved data that is not JSON any more, repaired as far as it goes. */
export function repairSavedData(text: string): ImportResult {
  let repaired: string;
  try {
    repaired = jsonrepair(text);
  } catch {
    return { ok: false, problems: ['The saved data is too damaged to read: nothing could be recovered from it. Keep the file; someone with technical skills may be able to repair it.'] };
  }
  const result = fromSalvage(repaired, 'The saved data was damaged (cut short or changed by hand); what could be read is opened. Check the answers before you rely on them.');
  return result.ok
    ? result
    : { ok: false, problems: ['The saved data is too damaged to read: nothing could be recovered from it. Keep the file; someone with technical skills may be able to repair it.'] };
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
  const recovered = recoverSavedData(data);
  if (recovered) return recovered;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, problems: ['The file is not a Staffing Readiness assessment (it does not say "format": "staffing-readiness-assessment").'] };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    const found = (data as { schemaVersion?: unknown }).schemaVersion;
    return {
      ok: false,
      problems: [
        found === undefined
          ? 'The file does not say which version of the format it uses ("schemaVersion").'
          : `The file's format version ("schemaVersion") should be a whole number from 1 to ${FILE_SCHEMA_VERSION}, but is ${describeFound(found)}.`,
      ],
    };
  }
  const version = envelope.data.schemaVersion;
  if (version > FILE_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [`The file was made by a newer version of Staffing Readiness (file format ${version}; this version reads up to ${FILE_SCHEMA_VERSION}). Open it with the newer version.`],
    };
  }

  const warnings: string[] = [];
  const problems: string[] = [];
  const record = data as Record<string, unknown>;
  let body: z.infer<typeof assessmentV2Schema>;
  if (version === 1) {
    const old = fileV1Schema.safeParse(record);
    if (!old.success) return { ok: false, problems: describeZod(old.error, [], record) };
    body = { name: '', updatedAt: old.data.updatedAt ?? undefined, answers: old.data.answers, actionPlan: {} };
  } else {
    for (const key of Object.keys(record)) if (!ENVELOPE_KEYS.includes(key)) warnings.push(`Ignored an unknown field "${key}".`);
    const parsed = assessmentV2Schema.safeParse(record.assessment);
    if (!parsed.success) return { ok: false, problems: describeZod(parsed.error, ['assessment'], record.assessment) };
    const inner = record.assessment as Record<string, unknown>;
    for (const key of Object.keys(inner)) if (!ASSESSMENT_KEYS.includes(key)) warnings.push(`Ignored an unknown field "assessment.${key}".`);
    body = parsed.data;
  }

  const answers = checkAnswers(upgradeAnswers(body.answers), problems, warnings);
  const actionPlan: SavedAssessment['actionPlan'] = {};
  for (const [gapId, item] of Object.entries(body.actionPlan)) {
    const parsed = actionItemSchema.safeParse(item);
    if (parsed.success) actionPlan[gapId] = parsed.data;
    else problems.push(...plainIssues(parsed.error, ['actionPlan', gapId], 2, item).map((line) => `The file's ${line}.`));
  }
  const answeredBy: NonNullable<SavedAssessment['answeredBy']> = {};
  for (const [questionId, who] of Object.entries(body.answeredBy ?? {})) {
    const parsed = answeredByNameSchema.safeParse(who);
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    if (issue) problems.push(`The file's record of who gave the answer to "${questionId}" ${plainIssue(issue, who)}.`);
    else if (parsed.success && Object.hasOwn(answers, questionId)) answeredBy[questionId] = parsed.data;
  }
  if (problems.length > 0) return { ok: false, problems };
  const fallback = new Date(0).toISOString();
  return {
    ok: true,
    warnings,
    assessment: {
      name: body.name,
      createdAt: body.createdAt ?? body.updatedAt ?? fallback,
      updatedAt: body.updatedAt ?? body.createdAt ?? fallback,
      answers,
      actionPlan,
      ...(Object.keys(answeredBy).length > 0 ? { answeredBy } : {}),
    },
  };
}

/**
 * Reads a chosen file's bytes: text in UTF-8 (or, said so, Windows-1252), an assessment file,
 * or a download of damaged saved data, repaired as far as it goes.
 */
export function readAssessmentFile(bytes: Uint8Array): ImportResult {
  const { text, warning } = decodeFileText(bytes);
  let result = parseAssessmentFile(text, bytes.byteLength);
  if (!result.ok && result.damagedText !== undefined) result = repairSavedData(result.damagedText);
  return result.ok && warning ? { ...result, warnings: [warning, ...result.warnings] } : result;
}
