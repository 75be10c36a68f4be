import { QUESTION_BANK } from '../question-bank';
import type { Answers } from '../schema';
import { isQuestionVisible } from '../visibility';
import { k } from './constants';
import type { Confidence } from './gap-report-schema';
import { CONFIDENCE_TEXTS, fill } from './labels';
import { readAnswer } from './read-answers';

/**
 * How much of the report rests on "Don't know" or open answers, over the questions actually
 * asked. Free-text questions (names) do not count: they change nothing in the scoring.
 */
export function assessConfidence(answers: Answers): Confidence {
  const asked = QUESTION_BANK.questions.filter((question) => question.kind !== 'text' && isQuestionVisible(question, answers));
  const dontKnowIds: string[] = [];
  const missingIds: string[] = [];
  for (const question of asked) {
    const state = readAnswer(answers, question.id).state;
    if (state === 'dont-know') dontKnowIds.push(question.id);
    else if (state === 'missing') missingIds.push(question.id);
  }
  const unknown = dontKnowIds.length + missingIds.length;
  const unknownShare = asked.length === 0 ? 1 : unknown / asked.length;
  const thresholds = k('confidenceThresholds');
  const level = unknownShare <= thresholds.high ? 'high' : unknownShare <= thresholds.medium ? 'medium' : 'low';
  const summary = fill(CONFIDENCE_TEXTS[level], { unknown, asked: asked.length, percent: Math.round(unknownShare * 100) });
  return { level, unknownShare: Math.round(unknownShare * 1000) / 1000, askedCount: asked.length, dontKnowIds, missingIds, summary };
}
