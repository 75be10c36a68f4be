// First: configures zod before any module creates a schema (see the module).
import './zod-without-eval';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { syncAcrossTabs } from '../state/assessment-store';
import { AppShell } from './app';
import { registerServiceWorker } from './register-service-worker';

/**
 * Starts the app: hydrates the prerendered page, or renders a page the build could not
 * prerender. Loaded by src/main.tsx (the page's only script), after the prerendered HTML has
 * been painted.
 */
export function startApp(): void {
  syncAcrossTabs();
  registerServiceWorker();

  const root = document.getElementById('root');
  if (!root) return;
  const app = <AppShell router={BrowserRouter} />;
  // The build prerenders some pages (the start page, the steps) with nothing saved, and marks
  // the path they were rendered for. Hydrating keeps that HTML on screen while the code starts;
  // the store's saved answers are applied just after hydration (zustand hands React its initial,
  // empty state while hydrating), so the first client render matches the HTML exactly.
  // Any other page (a shell, or index.html served as the SPA fallback) is rendered afresh;
  // React replaces the old HTML in the same commit, so nothing blank is painted in between.
  if (root.dataset.prerendered === window.location.pathname) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
