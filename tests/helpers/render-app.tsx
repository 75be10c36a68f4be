import { render, type RenderOptions } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { ROUTES } from '../../src/app/routes';

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
