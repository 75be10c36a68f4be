import { Suspense, lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { StartPage } from '../features/start/start-page';
import { ResultsRoute } from '../features/results/results-route';
import { StepShellRoute } from '../features/wizard/step-shell';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PATHS } from '../assessment/routes';
import { preloadableLazy } from './preloadable-lazy';

/**
 * The wizard's steps, loaded by the first step opened or, on the start page, once the app has
 * started (start-app.tsx), so that the first step opens at once: docs/decisions/0003.
 */
const stepPage = preloadableLazy(
  () => import('../features/wizard/step-page'),
  (module) => module.StepPage,
);
export const loadStepPage = stepPage.preload;
const StepPage = stepPage.Component;

// Loaded when opened, so the first page stays small: the steps, the review (after the last step)
// and the comparison, a colleague's questions and the merge of their answers (occasional tasks).
// The results load in tasks of their own (results-route.tsx).
const ReviewPage = lazy(() => import('../features/review/review-page').then((module) => ({ default: module.ReviewPage })));
const ColleaguePage = lazy(() => import('../features/wizard/colleague-page').then((module) => ({ default: module.ColleaguePage })));
const MergePage = lazy(() => import('../features/merge/merge-page').then((module) => ({ default: module.MergePage })));
const ComparePage = lazy(() => import('../features/compare/compare-page').then((module) => ({ default: module.ComparePage })));

/** The route table; step routes come from the step ids in the question bank. */
export const ROUTES: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      // The start page's file, as some servers, bookmarks and links name it: the start page.
      { path: 'index.html', element: <Navigate to={PATHS.start} replace /> },
      {
        path: 'assessment/:stepId',
        element: (
          // The step's shell while its code loads: what the page's HTML already shows.
          <Suspense fallback={<StepShellRoute />}>
            <StepPage />
          </Suspense>
        ),
      },
      {
        path: 'review',
        element: (
          <Suspense fallback={null}>
            <ReviewPage />
          </Suspense>
        ),
      },
      { path: 'results', element: <ResultsRoute /> },
      {
        path: 'compare',
        element: (
          <Suspense fallback={null}>
            <ComparePage />
          </Suspense>
        ),
      },
      {
        path: 'colleague',
        element: (
          <Suspense fallback={null}>
            <ColleaguePage />
          </Suspense>
        ),
      },
      {
        path: 'merge',
        element: (
          <Suspense fallback={null}>
            <MergePage />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
