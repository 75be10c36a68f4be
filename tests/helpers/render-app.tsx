import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { ROUTES } from '../../src/app/routes';

/** Renders the whole app at a path, as a user arriving by link would see it. */
export function renderApp(path = '/') {
  const router = createMemoryRouter(ROUTES, { initialEntries: [path] });
  const result = render(<RouterProvider router={router} />);
  return { ...result, router };
}
