export { APP_NAME } from './product';

/** The URL of a wizard step: one route per step, generated from the step ids. */
export function stepPath(stepId: string): string {
  return `/assessment/${stepId}`;
}

/** The URL of a step with focus on one question (used by "Change" links). */
export function questionPath(stepId: string, questionId: string): string {
  return `${stepPath(stepId)}#q-${questionId}`;
}

export const PATHS = {
  start: '/',
  review: '/review',
  results: '/results',
  compare: '/compare',
  colleague: '/colleague',
  merge: '/merge',
} as const;
