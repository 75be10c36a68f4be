// The app start: loaded by src/main.tsx (the page script) once the page has been painted.
// First: the app's code is evaluated in steps, a task each (load-steps/README.md); one of them
// configures zod (no eval) before any module creates a schema.
import { BrowserRouter } from './load-steps/after-router';
import { syncAcrossTabs } from './load-steps/after-store';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppShell } from '../app';
import { reloadOnPreloadError } from '../reload-for-update';
import { registerServiceWorker } from '../register-service-worker';
import { loadStepPage } from '../routes';

/**
 * Starts the app. The start page is prerendered (scripts/prerender.tsx), as a first visit sees it,
 * and marked with the path it was rendered for: it is hydrated, which keeps its HTML on screen.
 * The store hands React its initial, empty state while hydrating, so the first client render
 * matches that HTML; saved assessments show in the render just after.
 *
 * Every other page (a step, the review, the results: a shell with the page frame and what is the
 * same for everyone; or index.html served for an unknown path) is rendered afresh. React replaces
 * the shell in the same commit, so nothing blank is painted in between.
 */
export function startApp(): void {
  syncAcrossTabs();
  registerServiceWorker();
  reloadOnPreloadError();

  const root = document.getElementById('root');
  if (!root) return;
  const app = <AppShell router={BrowserRouter} />;
  // In a transition, React works in slices of a few milliseconds and yields to the browser in
  // between (no long task); a click during hydration hydrates what it needs at once.
  if (root.dataset.prerendered === window.location.pathname) {
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    const appRoot = createRoot(root);
    startTransition(() => appRoot.render(app));
  }
  // The steps' code is not part of the first page; asked for once the app has started (a page
  // of a step has asked for it already), so the first step opens at once. A failure here is
  // the step's to report when it is opened.
  window.setTimeout(() => void loadStepPage().catch(() => undefined), 0);
}
