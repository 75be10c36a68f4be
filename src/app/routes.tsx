import { Suspense, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { ReviewPage } from '../features/review/review-page';
import { ResultsPage } from '../features/results/results-page';
import { StartPage } from '../features/start/start-page';
import { StepPage } from '../features/wizard/step-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

// Comparing is an occasional task: its code loads only when the page is opened, keeping the
// first page small.
const ComparePage = lazy(() => import('../features/compare/compare-page').then((module) => ({ default: module.ComparePage })));

/** The route table; step routes come from the step ids in the question bank. */
export const ROUTES: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'assessment/:stepId', element: <StepPage /> },
      { path: 'review', element: <ReviewPage /> },
      { path: 'results', element: <ResultsPage /> },
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
