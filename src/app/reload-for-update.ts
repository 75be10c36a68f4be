import { reloadPage } from './reload-page';

/** sessionStorage: when this tab last reloaded itself to get a new version (ms since 1970). */
export const RELOADED_AT_KEY = 'staffing-readiness:reloaded-for-update';

/** A reload that did not help within this time is not tried again: no reload loop. */
export const RELOAD_GUARD_MS = 60_000;

/**
 * How browsers (Chromium, Firefox, Safari) and Vite's preload helper report a chunk of the app
 * that could not be loaded: after a new deployment its file is gone, or the network is down.
 */
const CHUNK_LOAD_FAILED = /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Failed to load module script|Unable to preload CSS/i;

/** True for an error from a chunk of the app that could not be loaded. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_LOAD_FAILED.test(error.message);
}

/**
 * Reloads the page once to get the version deployed now, as a chunk of the version this tab
 * runs could not be loaded; the answers are in localStorage, so they are kept. Returns true when
 * the page is reloading (asked now or earlier by this page), false when it reloaded for this a
 * moment ago and that did not help (or the reload cannot be remembered): then the page shows a
 * message instead. `loadedAt` is when this page was loaded.
 */
export function reloadForUpdate(now = Date.now(), loadedAt = performance.timeOrigin): boolean {
  try {
    const last = Number(sessionStorage.getItem(RELOADED_AT_KEY) ?? 0);
    // Asked by this very page (an error boundary and Vite's event both ask): it is on its way.
    if (last >= loadedAt) return true;
    if (now - last < RELOAD_GUARD_MS) return false;
    sessionStorage.setItem(RELOADED_AT_KEY, String(now));
  } catch {
    // Storage blocked: a reload could not tell it had been tried, and might loop.
    return false;
  }
  reloadPage();
  return true;
}

/**
 * Vite's preload helper fires `vite:preloadError` when a lazily loaded page's chunk (or one it
 * imports) fails to load: reload to the new version at once. The error still reaches the page's
 * error boundary (src/app/page-error-boundary.tsx), which shows that the page is reloading, or a
 * message if reloading did not help.
 */
export function reloadOnPreloadError(): void {
  window.addEventListener('vite:preloadError', () => {
    reloadForUpdate();
  });
}
