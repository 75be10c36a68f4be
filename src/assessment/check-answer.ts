import { DONT_KNOW, type AnswerValue, type Question } from './schema';

/** Plain-words messages; kept here so every view shows the same wording. */
export const VALIDATION_MESSAGES = {
  chooseOne: 'Choose one answer, or "Don\'t know".',
  chooseOneStrict: 'Choose one answer.',
  chooseSome: 'Choose at least one answer.',
  unknownChoice: 'Choose only from the answers listed.',
  exclusive: (label: string) => `"${label}" cannot be combined with other answers.`,
  number: (min: number, max: number, unit?: string) => `Enter a number from ${min} to ${max}${unit ? ` (${unit})` : ''}.`,
  whole: 'Enter a whole number, without decimals.',
  /** Added to a number field's message where "Don't know" is offered, so nobody guesses a figure. */
  orDontKnow: (message: string) => `${message.replace(/\.$/, '')}, or choose "Don't know" if you are not sure.`,
  tooLong: (max: number) => `Keep this under ${max} characters.`,
  enterAnswer: 'Enter an answer.',
} as const;

/**
 * How one answer reads. Anything that is not a valid choice or an in-range number (missing,
 * "Don't know", a half-typed string) is never "known", so it can never count as a strength.
 */
export type Reading = { state: 'missing' } | { state: 'dont-know' } | { state: 'known'; values: string[]; number: number | null };

/** The one decision on an answer: how it reads, or why it is not acceptable for the question. */
export type AnswerCheck = { ok: true; reading: Reading } | { ok: false; message: string };

const MISSING: AnswerCheck = { ok: true, reading: { state: 'missing' } };
const DONT_KNOW_READING: AnswerCheck = { ok: true, reading: { state: 'dont-know' } };

function refuse(message: string): AnswerCheck {
  return { ok: false, message };
}

function chooseOneMessage(question: Question & { kind: 'single' }): string {
  return question.allowDontKnow ? VALIDATION_MESSAGES.chooseOne : VALIDATION_MESSAGES.chooseOneStrict;
}

function checkSingle(question: Question & { kind: 'single' }, value: AnswerValue): AnswerCheck {
  const message = chooseOneMessage(question);
  if (typeof value !== 'string') return refuse(message);
  if (question.allowDontKnow && value === DONT_KNOW) return DONT_KNOW_READING;
  return question.options.some((option) => option.value === value) ? { ok: true, reading: { state: 'known', values: [value], number: null } } : refuse(message);
}

function checkMulti(question: Question & { kind: 'multi' }, value: AnswerValue): AnswerCheck {
  if (!Array.isArray(value)) return refuse(VALIDATION_MESSAGES.chooseSome);
  if (value.length === 0) return question.required ? refuse(VALIDATION_MESSAGES.chooseSome) : MISSING;
  const offered = (choice: string) => question.options.some((option) => option.value === choice) || (question.allowDontKnow && choice === DONT_KNOW);
  if (!value.every(offered)) return refuse(VALIDATION_MESSAGES.unknownChoice);
  const lone = value.find((choice) => choice === DONT_KNOW || question.options.some((option) => option.value === choice && option.exclusive));
  if (lone !== undefined && value.length > 1) {
    const label = question.options.find((option) => option.value === lone)?.label ?? "Don't know";
    return refuse(VALIDATION_MESSAGES.exclusive(label));
  }
  if (lone === DONT_KNOW) return DONT_KNOW_READING;
  return { ok: true, reading: { state: 'known', values: [...value], number: null } };
}

function checkNumber(question: Question & { kind: 'number' }, value: AnswerValue): AnswerCheck {
  if (question.allowDontKnow && value === DONT_KNOW) return DONT_KNOW_READING;
  const offer = (message: string) => (question.allowDontKnow ? VALIDATION_MESSAGES.orDontKnow(message) : message);
  const range = offer(VALIDATION_MESSAGES.number(question.min, question.max, question.unit));
  if (typeof value !== 'number' || !Number.isFinite(value) || value < question.min || value > question.max) return refuse(range);
  if (question.integer && !Number.isInteger(value)) return refuse(offer(VALIDATION_MESSAGES.whole));
  return { ok: true, reading: { state: 'known', values: [], number: value } };
}

function checkText(question: Question & { kind: 'text' }, value: AnswerValue): AnswerCheck {
  if (typeof value !== 'string') return refuse(VALIDATION_MESSAGES.enterAnswer);
  if (value.length > question.maxLength) return refuse(VALIDATION_MESSAGES.tooLong(question.maxLength));
  if (value.trim() === '') return question.required ? refuse(VALIDATION_MESSAGES.enterAnswer) : MISSING;
  return { ok: true, reading: { state: 'known', values: [value], number: null } };
}

/**
 * Decides an answer once, for the step's field messages, the review, the import and the
 * scoring alike. A missing answer is refused only when the question is required.
 */
export function checkAnswer(question: Question, value: AnswerValue | undefined): AnswerCheck {
  if (value === undefined) {
    if (!question.required) return MISSING;
    switch (question.kind) {
      case 'single':
        return refuse(chooseOneMessage(question));
      case 'multi':
        return refuse(VALIDATION_MESSAGES.chooseSome);
      case 'number': {
        const range = VALIDATION_MESSAGES.number(question.min, question.max, question.unit);
        return refuse(question.allowDontKnow ? VALIDATION_MESSAGES.orDontKnow(range) : range);
      }
      case 'text':
        return refuse(VALIDATION_MESSAGES.enterAnswer);
    }
  }
  switch (question.kind) {
    case 'single':
      return checkSingle(question, value);
    case 'multi':
      return checkMulti(question, value);
    case 'number':
      return checkNumber(question, value);
    case 'text':
      return checkText(question, value);
  }
}

/** How an answer reads for scoring: an answer that is not acceptable reads as missing. */
export function readingOf(question: Question, value: AnswerValue | undefined): Reading {
  const check = checkAnswer(question, value);
  return check.ok ? check.reading : { state: 'missing' };
}
