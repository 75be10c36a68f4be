import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

/**
 * A second copy of each saved assessment in IndexedDB. Chromium writes localStorage to disk a few
 * seconds after a change (a browser killed 3 s after an answer lost it; 10 s after, kept it),
 * IndexedDB as soon as a transaction completes: after a crash, the copy brings the last answers
 * back (decision record 0001).
 */
export type CrashCopies = {
  write: (key: string, text: string) => void;
  remove: (key: string) => void;
  readAll: () => Promise<[string, string][]>;
};

/** The copies, or null where IndexedDB is missing (the build's prerender, old browsers) or blocked. */
export function openCrashCopies(): CrashCopies | null {
  let store: UseStore;
  try {
    if (typeof indexedDB === 'undefined') return null;
    store = createStore('staffing-readiness', 'saved-assessments');
  } catch {
    return null;
  }
  return {
    write: (key, text) => void set(key, text, store).catch(() => undefined),
    remove: (key) => void del(key, store).catch(() => undefined),
    readAll: () => entries<string, string>(store).catch(() => []),
  };
}
