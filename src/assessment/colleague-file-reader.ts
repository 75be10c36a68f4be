import { z } from 'zod/mini';
import { FILE_FORMAT, MAX_FILE_BYTES } from './assessment-file';
import { ANSWERS_FORMAT, COLLEAGUE_FILE_VERSION, REQUEST_FORMAT, type ColleagueFile } from './colleague-file';
import { decodeFileText } from './decode-text';
import { plainIssues } from './plain-issues';
import { findQuestion } from './question-bank';
import { checkAnswers, readAssessmentFile } from './read-assessment-file';
import type { ImportResult } from './assessment-file';
import { NAME_MAX, answeredByNameSchema } from './saved-assessment';

// Read when a file is opened (vite.config.ts keeps it out of the first page, as the assessment file's reader).

export type ColleagueFileResult = { ok: true; file: ColleagueFile; warnings: string[] } | { ok: false; problems: string[] };

const text = (max: number) => z.string().check(z.maxLength(max, `is longer than ${max} characters`));

const fileSchema = z.object({
  format: z.enum([REQUEST_FORMAT, ANSWERS_FORMAT]),
  schemaVersion: z.int().check(z.gte(1)),
  exportedAt: z._default(text(40), ''),
  assessmentId: text(64),
  organization: z._default(text(NAME_MAX), ''),
  askedBy: z._default(text(NAME_MAX), ''),
  colleague: answeredByNameSchema,
  questionIds: z.array(text(100)).check(z.minLength(1, 'holds no questions'), z.maxLength(200, 'holds more than 200 questions')),
  answers: z._default(z.record(text(100), z.unknown()), {}),
});

const KNOWN_KEYS = ['format', 'schemaVersion', 'appVersion', 'exportedAt', 'assessmentId', 'organization', 'askedBy', 'colleague', 'questionIds', 'answers'];

/** True when the text names one of the colleague formats, to send it to this reader. */
export function isColleagueFile(data: unknown): boolean {
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  return format === REQUEST_FORMAT || format === ANSWERS_FORMAT;
}

function refused(problems: string[]): ColleagueFileResult {
  return { ok: false, problems };
}

/**
 * Reads a request or answers file: every problem in plain words, naming where, or the file with
 * warnings for what was left out. Answers to questions not asked are left out. Never throws.
 */
export function parseColleagueFile(textContent: string, byteLength: number = new Blob([textContent]).size): ColleagueFileResult {
  if (byteLength > MAX_FILE_BYTES) return refused([`The file is too large (${(byteLength / 1_000_000).toFixed(1)} MB). A file of answers is at most 1 MB.`]);
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch {
    return refused(['The file is not in JSON format: it may be damaged, or a different kind of file.']);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refused(['The file holds no questions or answers of Staffing Readiness.']);
  const record = data as Record<string, unknown>;
  if (record.format === FILE_FORMAT) return refused(['This is a whole assessment, not a colleague\u2019s answers: open it from the start page instead ("Open a saved file").']);
  if (!isColleagueFile(record)) return refused(['The file holds no questions or answers of Staffing Readiness (it does not say "format": "staffing-readiness-answers").']);
  const version = record.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > COLLEAGUE_FILE_VERSION) {
    return refused([`The file was made by a newer version of Staffing Readiness (format ${version}; this version reads up to ${COLLEAGUE_FILE_VERSION}). Open it with the newer version.`]);
  }
  const parsed = fileSchema.safeParse(record);
  if (!parsed.success) return refused(plainIssues(parsed.error, [], 5, record).map((line) => `The file's ${line}.`));
  const body = parsed.data;
  const warnings: string[] = [];
  for (const key of Object.keys(record)) if (!KNOWN_KEYS.includes(key)) warnings.push(`Ignored an unknown field "${key}".`);
  const questionIds = [...new Set(body.questionIds)].filter((id) => {
    if (findQuestion(id)) return true;
    warnings.push(`Left out a question this version does not have ("${id}").`);
    return false;
  });
  if (questionIds.length === 0) return refused(['None of the questions in the file is one this version of Staffing Readiness asks.']);
  const asked = Object.fromEntries(Object.entries(body.answers).filter(([id]) => questionIds.includes(id)));
  const notAsked = Object.keys(body.answers).filter((id) => !questionIds.includes(id));
  if (notAsked.length > 0)
    warnings.push(
      `Left out ${notAsked.length === 1 ? 'an answer to a question' : `${notAsked.length} answers to questions`} that were not asked (${notAsked.slice(0, 3).join(', ')}${notAsked.length > 3 ? ', …' : ''}).`,
    );
  const problems: string[] = [];
  const answers = checkAnswers(asked, problems, warnings);
  if (problems.length > 0) return refused(problems.map((problem) => `The file's answer to ${problem}`));
  return {
    ok: true,
    warnings,
    file: {
      kind: body.format === REQUEST_FORMAT ? 'request' : 'answers',
      exportedAt: body.exportedAt,
      assessmentId: body.assessmentId,
      organization: body.organization,
      askedBy: body.askedBy,
      colleague: body.colleague,
      questionIds,
      answers,
    },
  };
}

/** Reads a chosen file's bytes (UTF-8, or said so, Windows-1252) as a request or answers file. */
export function readColleagueFile(bytes: Uint8Array): ColleagueFileResult {
  const { text: content, warning } = decodeFileText(bytes);
  const result = parseColleagueFile(content, bytes.byteLength);
  return result.ok && warning ? { ...result, warnings: [warning, ...result.warnings] } : result;
}

/** Any file the start page is given: an assessment, or a colleague's questions or answers. */
export type AnyFileResult = { kind: 'assessment'; result: ImportResult } | { kind: 'colleague'; result: ColleagueFileResult; text: string };

/** Reads a chosen file as whichever kind it says it is (an assessment unless it names a colleague format). */
export function readAnyFile(bytes: Uint8Array): AnyFileResult {
  const { text: content } = decodeFileText(bytes);
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    data = undefined;
  }
  return isColleagueFile(data) ? { kind: 'colleague', result: readColleagueFile(bytes), text: content } : { kind: 'assessment', result: readAssessmentFile(bytes) };
}
