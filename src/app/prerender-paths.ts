import { PATHS, stepPath } from '../assessment/routes';
import { QUESTION_BANK } from '../assessment/question-bank';
import { visibleSteps } from '../assessment/visibility';

/**
 * The paths the build prerenders in full: the start page and every step a first-time visitor
 * can reach. They look the same for everyone until saved answers are applied.
 */
export function prerenderedPaths(): string[] {
  return ['/', ...visibleSteps({}).map((step) => stepPath(step.id))];
}

/**
 * Paths whose page depends on saved data (and steps only some answers open): the build gives
 * them the page frame only.
 */
export function shellPaths(): string[] {
  const prerendered = new Set(prerenderedPaths());
  const otherSteps = QUESTION_BANK.steps.map((step) => stepPath(step.id)).filter((path) => !prerendered.has(path));
  return [PATHS.review, PATHS.results, PATHS.compare, ...otherSteps];
}
