import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { savedAssessmentSchema, type SavedAssessment } from '../assessment/saved-assessment';
import {
  BACKUP_KEY_PREFIX,
  ENTRY_PREFIX,
  INDEX_KEY,
  LEGACY_KEY,
  STATE_VERSION,
  describeProblem,
  type PersistedState,
} from './persisted-state';
import { useStorageStatus } from './storage-status';

/** What each entry looked like when last read or written, so only changed entries are rewritten. */
const written = new Map<string, string>();

function storageKeys(): string[] {
  const keys: string[] = [];
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** A name for damaged data, guessed from whatever part of it is still readable. */
function guessLabel(raw: string, fallback: string): string {
  const match = /"name"\s*:\s*"([^"]{1,120})"/.exec(raw) ?? /"org-name"\s*:\s*"([^"]{1,120})"/.exec(raw);
  return match?.[1] ?? fallback;
}

function reportDamaged(key: string, raw: string, error: unknown, fallbackLabel: string): void {
  useStorageStatus.getState().reportDamaged({ key, raw, reason: describeProblem(error), label: guessLabel(raw, fallbackLabel) });
}

function readLegacy(): StorageValue<unknown> | null {
  const raw = localStorage.getItem(LEGACY_KEY);
  if (raw === null) return null;
  try {
    const envelope = JSON.parse(raw) as { version?: unknown; state?: unknown } | null;
    if (typeof envelope !== 'object' || envelope === null || typeof envelope.version !== 'number' || !('state' in envelope)) {
      throw new Error('the saved data is not an assessment from this tool');
    }
    return { version: envelope.version, state: envelope.state };
  } catch (error) {
    backUp(LEGACY_KEY, raw);
    reportDamaged(LEGACY_KEY, raw, error, 'Your saved assessment');
    return null;
  }
}

/** Copies damaged data aside before anything could overwrite it. */
function backUp(key: string, raw: string): void {
  try {
    localStorage.setItem(`${BACKUP_KEY_PREFIX}${key}`, raw);
  } catch {
    // Storage full: the raw data is still offered for download from memory.
  }
}

function readIndexVersion(): number | null {
  const raw = localStorage.getItem(INDEX_KEY);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as { version?: unknown };
    return typeof parsed.version === 'number' ? parsed.version : STATE_VERSION;
  } catch {
    // The index holds nothing but the version: a damaged one is rewritten, nothing is lost.
    return STATE_VERSION;
  }
}

function readEntries(): Record<string, SavedAssessment> {
  const assessments: Record<string, SavedAssessment> = {};
  for (const key of storageKeys().filter((candidate) => candidate.startsWith(ENTRY_PREFIX)).sort()) {
    const raw = localStorage.getItem(key) ?? '';
    try {
      const entry = savedAssessmentSchema.parse(JSON.parse(raw));
      if (`${ENTRY_PREFIX}${entry.id}` !== key) throw new Error('the saved assessment does not match its storage key');
      assessments[entry.id] = entry;
      written.set(entry.id, JSON.stringify(entry));
    } catch (error) {
      reportDamaged(key, raw, error, 'A saved assessment');
    }
  }
  return assessments;
}

/**
 * Zustand storage over several localStorage keys: one per assessment plus a version index.
 * Every entry is parsed with zod on load; one that does not parse is reported (and left in
 * place) while the others load normally.
 */
export const assessmentStorage: PersistStorage<PersistedState> = {
  getItem: () => {
    const status = useStorageStatus.getState();
    status.setReadOnly(false);
    written.clear();
    const version = readIndexVersion();
    if (version === null) return readLegacy() as StorageValue<PersistedState> | null;
    if (version > STATE_VERSION) {
      status.setReadOnly(true);
      // Handing the newer version to migrate() makes it throw; the store reports it.
      return { version, state: { assessments: {} } };
    }
    return { version: STATE_VERSION, state: { assessments: readEntries() } };
  },
  setItem: (_name, value) => {
    const status = useStorageStatus.getState();
    if (status.readOnly) {
      status.setSaveFailed(true);
      return;
    }
    try {
      localStorage.setItem(INDEX_KEY, JSON.stringify({ version: STATE_VERSION }));
      const ids = new Set(Object.keys(value.state.assessments));
      for (const assessment of Object.values(value.state.assessments)) {
        const text = JSON.stringify(assessment);
        if (written.get(assessment.id) === text) continue;
        localStorage.setItem(`${ENTRY_PREFIX}${assessment.id}`, text);
        written.set(assessment.id, text);
      }
      for (const id of [...written.keys()]) {
        if (ids.has(id)) continue;
        localStorage.removeItem(`${ENTRY_PREFIX}${id}`);
        written.delete(id);
      }
      // The single-assessment key of version 1 has been carried over; it would only confuse.
      localStorage.removeItem(LEGACY_KEY);
      if (status.saveFailed) status.setSaveFailed(false);
    } catch {
      status.setSaveFailed(true);
    }
  },
  removeItem: () => {
    for (const key of storageKeys()) if (key.startsWith(ENTRY_PREFIX) || key === INDEX_KEY) localStorage.removeItem(key);
    written.clear();
  },
};

/** Deletes damaged saved data the user has downloaded or given up on. */
export function discardDamaged(key: string): void {
  localStorage.removeItem(key);
  useStorageStatus.getState().forgetDamaged(key);
}
