import { DONT_KNOW, type AnswerValue, type Question } from './schema';

export const DONT_KNOW_LABEL = "Don't know";
export const NOT_ANSWERED_LABEL = 'Not answered';

/** An answer as a reader sees it: option labels, a number with its unit, or "Don't know". */
export function formatAnswer(question: Question, value: AnswerValue | undefined): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return NOT_ANSWERED_LABEL;
  if (value === DONT_KNOW || (Array.isArray(value) && value.includes(DONT_KNOW))) return DONT_KNOW_LABEL;
  switch (question.kind) {
    case 'single':
    case 'multi': {
      const chosen = Array.isArray(value) ? value : [String(value)];
      return chosen.map((item) => question.options.find((option) => option.value === item)?.label ?? item).join('; ');
    }
    case 'number':
      return typeof value === 'number' ? `${value}${question.unit ? ` ${question.unit}` : ''}` : String(value);
    case 'text':
      return String(value);
  }
}

/** True when the answer is "Don't know", in any of its forms. */
export function isDontKnow(value: AnswerValue | undefined): boolean {
  return value === DONT_KNOW || (Array.isArray(value) && value.includes(DONT_KNOW));
}
