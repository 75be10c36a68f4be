import { render, type RenderOptions } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { ROUTES, loadStepPage } from '../../src/app/routes';

// The app loads the steps' code on demand, and the start page asks for it once the app has
// started (src/app/boot/start-app.tsx): here it is in from the start, as after that request, so
// that a step renders at once. Loading it later is for the browser tests (tests/e2e/prerender.spec.ts).
await loadStepPage();

/**
 * Renders the whole app at a path, as a user arriving by link would see it: the app's own route
 * table (src/app/routes.tsx) in a memory router. The router is returned, so that a test reads
 * where the app went from `router.state.location`. A `wrapper` renders around the app (what the
 * test adds to the page, next to the app).
 */
export function renderApp(path = '/', options: Pick<RenderOptions, 'wrapper'> = {}) {
  const router = createMemoryRouter(ROUTES, { initialEntries: [path] });
  const result = render(<RouterProvider router={router} />, options);
  return { ...result, router };
}
