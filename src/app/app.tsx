import { StrictMode, type ReactNode } from 'react';
import { useRoutes } from 'react-router';
import { ROUTES } from './routes';

function RoutedPage() {
  return useRoutes(ROUTES);
}

/**
 * The whole app inside a router. The build renders it with a static router (scripts/prerender.tsx)
 * and the browser with BrowserRouter, around the very same tree so that hydration matches.
 * The declarative router, not the data router: the app uses no loaders or actions, and it
 * keeps about 17 KB (gzip) of router code out of the first page.
 */
export function AppShell({ router: Router }: { router: (props: { children: ReactNode }) => ReactNode }) {
  return (
    <StrictMode>
      <Router>
        <RoutedPage />
      </Router>
    </StrictMode>
  );
}
