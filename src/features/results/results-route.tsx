import { Suspense, lazy } from 'react';
import { selectCurrentAssessment, useAssessmentStore } from '../../state/assessment-store';
import { nextTask } from '../../ui/next-task';
import { ResultsPlaceholder } from './report-title';

// The results and report carry the scoring and the report texts: they load when the results
// are opened (usually once, at the end), so the start page and the steps stay small.
// Each of these is a task of its own, none of them long on a slow laptop (decision record 0006
// says why that matters): the scoring's code is evaluated, the saved answers are scored (the
// page reuses that report, score-cached.ts), the page's code is evaluated.
const ResultsPage = lazy(async () => {
  const { scoreCached } = await import('./score-cached');
  await nextTask();
  const answers = selectCurrentAssessment(useAssessmentStore.getState())?.answers;
  if (answers) scoreCached(answers);
  await nextTask();
  const { ResultsPage: page } = await import('./results-page');
  return { default: page };
});

/** The results route: the report's title (as in the page's HTML) until the page is ready. */
export function ResultsRoute() {
  return (
    // The same title the build put in the page's HTML: nothing moves while the code loads.
    <Suspense fallback={<ResultsPlaceholder />}>
      <ResultsPage />
    </Suspense>
  );
}
