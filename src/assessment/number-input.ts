import type { AnswerValue } from './schema';

/** Longest text a number field takes: far more digits than any answer needs, far fewer than overflow. */
export const NUMBER_INPUT_MAX = 15;

const PLAIN = /^-?(\d+\.?\d*|\.\d+)$/;
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^-?\d*,\d+$/;

/**
 * Reads what the user typed in a number field as they meant it: "0.5", ".5" and "5." are numbers,
 * "1,500" is fifteen hundred and "0,3" a decimal comma (0.3). Anything else is kept as the text
 * typed, so nothing is lost and the step says what to fix; never a number other than the one typed.
 */
export function readNumberInput(text: string): AnswerValue | undefined {
  const typed = text.trim().replace(/\s+/g, '');
  if (typed === '') return undefined;
  const normalized = THOUSANDS.test(typed) ? typed.replace(/,/g, '') : DECIMAL_COMMA.test(typed) ? typed.replace(',', '.') : typed;
  if (!PLAIN.test(normalized)) return text.trim().slice(0, NUMBER_INPUT_MAX);
  const value = Number(normalized);
  return Number.isFinite(value) ? value : text.trim().slice(0, NUMBER_INPUT_MAX);
}
