import { PATHS, stepPath } from '../assessment/routes';
import { QUESTION_BANK } from '../assessment/question-bank';

/**
 * The paths the build prerenders in full, for the app to hydrate: the start page, which looks the
 * same for everyone until saved assessments are shown (decision record 0004).
 */
export function prerenderedPaths(): string[] {
  return [PATHS.start];
}

/**
 * The paths that get a shell: the page frame and what the page shows before the app has
 * rendered it (a step's indicator, title and introduction; the report's title), the rest
 * rendered by the app, with the saved answers.
 */
export function shellPaths(): string[] {
  return [...QUESTION_BANK.steps.map((step) => stepPath(step.id)), PATHS.review, PATHS.results, PATHS.compare];
}
