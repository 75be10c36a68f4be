import type { StoreApi } from 'zustand';
import { salvageSaved, loadSavedData, saveAssessments, type KnownTexts } from './saved-data';
import { mergeAssessments, sameAssessment } from './merge-assessments';
import { ENTRY_PREFIX, INDEX_KEY, LEGACY_KEY } from './storage-keys';
import { setStorageStatus, useStorageStatus } from './storage-status';
import type { SavedAssessment } from '../assessment/saved-assessment';
import type { CrashCopies } from './crash-copies';

type Assessments = Record<string, SavedAssessment>;
/** The part of the store this module reads and writes. */
type Persisted = { assessments: Assessments; currentId: string | null };

/** localStorage, or null where the browser lets this site keep no data (reading it throws). */
export function openLocalStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage as Storage | undefined;
    if (!storage) return null;
    storage.getItem(INDEX_KEY);
    return storage;
  } catch {
    return null;
  }
}

function mergeAll(base: Assessments, other: Assessments): Assessments {
  const merged = { ...base };
  for (const [id, assessment] of Object.entries(other)) {
    const existing = merged[id];
    merged[id] = existing ? mergeAssessments(existing, assessment) : assessment;
  }
  return merged;
}

/**
 * Keeps a store's assessments in localStorage, one key each: reads them (salvaging what it can of
 * damaged data), writes every change, and takes in what other tabs save, answer by answer.
 */
export function createPersistence<State extends Persisted>(store: StoreApi<State>, pickCurrent: (assessments: Assessments, wanted: string | null) => string | null, copies: CrashCopies | null = null) {
  let storage: Storage | null = null;
  let known: KnownTexts = new Map();
  let retire: string[] = [];
  let loading = false;
  let askedToPersist = false;

  function apply(change: Partial<Persisted>): void {
    loading = true;
    try {
      store.setState(change as Partial<State>);
    } finally {
      loading = false;
    }
  }

  function save(): void {
    if (!storage) return;
    if (useStorageStatus.getState().readOnly) {
      setStorageStatus({ saveFailed: true });
      return;
    }
    const result = saveAssessments(storage, store.getState().assessments, known, retire, (key, text) => {
      if (text === null) copies?.remove(key);
      else copies?.write(key, text);
    });
    if (result.merged.length > 0) {
      apply({ assessments: { ...store.getState().assessments, ...Object.fromEntries(result.merged.map((assessment) => [assessment.id, assessment])) } });
      setStorageStatus({ updatedElsewhere: true });
    }
    if (useStorageStatus.getState().saveFailed !== result.failed) setStorageStatus({ saveFailed: result.failed });
    if (result.wrote && !askedToPersist) {
      askedToPersist = true;
      // Asks the browser not to clear this site's data when space runs low; it may say no.
      void globalThis.navigator?.storage?.persist?.().catch(() => false);
    }
  }

  /** Reads what is saved; `keepMemory` merges it with what this page holds instead of replacing it. */
  function load(keepMemory = false): void {
    storage = openLocalStorage();
    if (!storage) {
      setStorageStatus({ blocked: true });
      return;
    }
    const loaded = loadSavedData(storage, new Date().toISOString());
    known = loaded.known;
    retire = loaded.retire;
    const assessments = keepMemory ? mergeAll(loaded.assessments, store.getState().assessments) : loaded.assessments;
    setStorageStatus({ damaged: loaded.damaged, readOnly: loaded.readOnly, blocked: false });
    apply({ assessments, currentId: pickCurrent(assessments, store.getState().currentId) });
    if (loaded.readOnly) return;
    save();
    // What the browser had not yet written to disk when it last closed (a crash) comes back from
    // the copies, merged answer by answer like another tab's save.
    void copies?.readAll().then((list) => {
      for (const [key, text] of list) if (key.startsWith(ENTRY_PREFIX) && storage?.getItem(key) !== text) onStorage({ key, newValue: text }, false);
    });
  }

  /** Another tab saved `key`: take its change in (merged with this tab's), or its deletion. */
  function onStorage(event: Pick<StorageEvent, 'key' | 'newValue'>, announce = true): void {
    if (!storage) return;
    if (event.key === null || event.key === LEGACY_KEY || event.key === INDEX_KEY) {
      load(true);
      if (event.key === INDEX_KEY && useStorageStatus.getState().readOnly) return;
      setStorageStatus({ updatedElsewhere: true });
      return;
    }
    if (!event.key.startsWith(ENTRY_PREFIX)) return;
    const id = event.key.slice(ENTRY_PREFIX.length);
    const mine = store.getState().assessments[id];
    if (event.newValue === null) {
      known.delete(event.key);
      if (!mine) return;
      const assessments = { ...store.getState().assessments };
      delete assessments[id];
      apply({ assessments, currentId: pickCurrent(assessments, store.getState().currentId === id ? null : store.getState().currentId) });
      setStorageStatus({ updatedElsewhere: true });
      return;
    }
    const theirs = salvageSaved(event.newValue, id, new Date().toISOString());
    // A damaged save from elsewhere is not taken in; this tab's next save keeps a copy of it.
    if (!theirs || theirs.setAside.length > 0) return;
    const next = mine ? mergeAssessments(mine, { ...theirs.assessment, id }) : { ...theirs.assessment, id };
    // What this tab now knows is saved under the key (for a crash copy, maybe nothing yet).
    const stored = storage.getItem(event.key);
    if (stored === null) known.delete(event.key);
    else known.set(event.key, stored);
    if (mine && sameAssessment(next, mine)) {
      save();
      return;
    }
    apply({ assessments: { ...store.getState().assessments, [id]: next } });
    if (announce) setStorageStatus({ updatedElsewhere: true });
    save();
  }

  store.subscribe((state, previous) => {
    if (!loading && state.assessments !== previous.assessments) save();
  });

  return {
    load,
    onStorage,
    /** Empties the store and forgets what was read, writing nothing (tests start each case from nothing). */
    reset: (empty: Partial<Persisted>) => {
      known = new Map();
      retire = [];
      askedToPersist = false;
      apply(empty);
    },
  };
}
