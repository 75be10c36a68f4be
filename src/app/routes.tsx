import { Suspense, lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { StartPage } from '../features/start/start-page';
import { ResultsPlaceholder } from '../features/results/report-title';
import { StepPage } from '../features/wizard/step-page';
import { Layout } from './layout';
import { nextTask } from './load-steps/next-task';
import { NotFoundPage } from './not-found-page';
import { selectCurrentAssessment, useAssessmentStore } from '../state/assessment-store';
import { PATHS } from '../assessment/routes';

// The results and report carry the scoring and the report texts: they load when the results
// are opened (usually once, at the end), so the start page and the steps stay small.
// Each of these is a task of its own, none of them long on a slow laptop (load-steps/README.md
// says why that matters): the scoring's code is evaluated, the saved answers are checked, then
// scored (the page reuses that report), the page's code is evaluated.
const ResultsPage = lazy(async () => {
  const { prepareScoring, scoreCached } = await import('../features/results/score-cached');
  await nextTask();
  const answers = selectCurrentAssessment(useAssessmentStore.getState())?.answers;
  if (answers) {
    prepareScoring(answers);
    await nextTask();
    scoreCached(answers);
  }
  await nextTask();
  const { ResultsPage: page } = await import('../features/results/results-page');
  return { default: page };
});

// The review opens after the last step: its code loads then.
const ReviewPage = lazy(() => import('../features/review/review-page').then((module) => ({ default: module.ReviewPage })));

// Comparing is an occasional task: its code loads only when the page is opened, keeping the
// first page small.
const ComparePage = lazy(() => import('../features/compare/compare-page').then((module) => ({ default: module.ComparePage })));

/** The route table; step routes come from the step ids in the question bank. */
export const ROUTES: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      // The start page's file, as some servers, bookmarks and links name it: the start page.
      { path: 'index.html', element: <Navigate to={PATHS.start} replace /> },
      { path: 'assessment/:stepId', element: <StepPage /> },
      {
        path: 'review',
        element: (
          <Suspense fallback={null}>
            <ReviewPage />
          </Suspense>
        ),
      },
      {
        path: 'results',
        element: (
          // The same title the build put in the page's HTML: nothing moves while the code loads.
          <Suspense fallback={<ResultsPlaceholder />}>
            <ResultsPage />
          </Suspense>
        ),
      },
      {
        path: 'compare',
        element: (
          <Suspense fallback={null}>
            <ComparePage />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
