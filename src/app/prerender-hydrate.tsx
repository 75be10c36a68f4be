// First: the app's code is evaluated in steps, a task each (load-steps/README.md); one of them
// configures zod (no eval) before any module creates a schema.
import { BrowserRouter } from './load-steps/after-router';
import { syncAcrossTabs } from './load-steps/after-store';
import { startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppShell } from './app';
import { reloadOnPreloadError } from './reload-for-update';
import { registerServiceWorker } from './register-service-worker';

type Edit = { field: HTMLInputElement | HTMLTextAreaElement; value: string; checked: boolean };

/**
 * Fields the visitor changed in the prerendered page before the app had hydrated it, told apart
 * from the HTML's own values (their defaults). React keeps what they show while hydrating, but
 * the render that applies saved answers, just after, puts the app's values back.
 */
function editedFields(root: HTMLElement): Edit[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
    .filter((field) => {
      if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
        // A radio button unchecked by checking another one is replayed by that other one.
        return field.checked !== field.defaultChecked && (field.type === 'checkbox' || field.checked);
      }
      if (field instanceof HTMLInputElement && ['file', 'button', 'submit', 'reset', 'hidden'].includes(field.type)) return false;
      return field.value !== field.defaultValue;
    })
    .map((field) => ({ field, value: field.value, checked: field instanceof HTMLInputElement && field.checked }));
}

/**
 * Makes each edit again, now through React's onChange, so the app takes the answer (and saves
 * it). React renders a field's value (or checkedness) as its default: setting that through the
 * field (which React's value tracker watches), then the visitor's, past the tracker, is a change.
 */
function replayEdits(edits: Edit[]): void {
  for (const { field, value, checked } of edits) {
    if (!field.isConnected) continue;
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      field.checked = !checked;
      field.click();
      continue;
    }
    field.value = field.defaultValue;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/**
 * File fields in which the visitor chose a file before the app started: read before hydrating,
 * since a file chosen while hydrating reaches the app by itself (and must not be opened twice).
 */
function chosenFiles(root: HTMLElement): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[type="file"]')].filter((field) => (field.files?.length ?? 0) > 0);
}

/** Calls `onMount` once its children have been hydrated (adds no element: the HTML still matches). */
function AfterMount({ onMount, children }: { onMount: () => void; children: ReactNode }) {
  useEffect(onMount, [onMount]);
  return children;
}

/**
 * Starts the app: hydrates the prerendered page, or renders a page the build could not
 * prerender. Loaded by src/main.tsx (the page's only script), after the prerendered HTML has
 * been painted; `afterHydration` releases what the visitor clicked meanwhile.
 */
export function startApp(afterHydration?: () => void): void {
  syncAcrossTabs();
  registerServiceWorker();
  reloadOnPreloadError();

  const root = document.getElementById('root');
  if (!root) return;
  const app = <AppShell router={BrowserRouter} />;
  // The build prerenders some pages (the start page, the steps) with nothing saved, and marks
  // the path they were rendered for. Hydrating keeps that HTML on screen while the code starts;
  // the store's saved answers are applied just after hydration (zustand hands React its initial,
  // empty state while hydrating), so the first client render matches the HTML exactly.
  // Any other page (a shell, or index.html served as the SPA fallback) is rendered afresh;
  // React replaces the old HTML in the same commit, so nothing blank is painted in between.
  if (root.dataset.prerendered === window.location.pathname) {
    const files = chosenFiles(root);
    let done = false;
    const onHydrated = () => {
      if (done) return;
      done = true;
      // Read now, once hydrated: the page still shows what the visitor typed, also while it
      // was hydrating (a slice at a time), and the render that applies the saved answers,
      // which would put the app's values back, has not run yet.
      const edits = editedFields(root);
      // Made again after that render.
      window.setTimeout(() => {
        replayEdits(edits);
        // The chosen file is still in its field: tell the app it was chosen.
        for (const field of files) if (field.isConnected) field.dispatchEvent(new Event('change', { bubbles: true }));
        afterHydration?.();
      });
    };
    // In a transition, React hydrates in slices of a few milliseconds, yielding to the browser
    // in between (no long task); a click meanwhile hydrates what it needs at once.
    startTransition(() => {
      hydrateRoot(root, <AfterMount onMount={onHydrated}>{app}</AfterMount>);
    });
  } else {
    const appRoot = createRoot(root);
    // In a transition too: a long page (the report) is rendered in slices, not one long task.
    startTransition(() => appRoot.render(app));
    afterHydration?.();
  }
}
