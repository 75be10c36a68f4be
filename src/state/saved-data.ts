import { compareCodeUnits } from '../assessment/order';
import { isJson, salvageText, type SetAside } from '../assessment/salvage';
import type { SavedAssessment } from '../assessment/saved-assessment';
import { mergeAssessments, sameAssessment } from './merge-assessments';
import { BACKUP_KEY_PREFIX, ENTRY_PREFIX, INDEX_KEY, LEGACY_ID, LEGACY_KEY, STATE_VERSION, entryKey } from './storage-keys';

/**
 * Saved data that could not be opened in full, kept as it was (under `key`) so that the manager
 * can download it and bring back what can be read. `setAside` names the parts that did not fit
 * when the rest is open as usual.
 */
export type DamagedEntry = { key: string; raw: string; label: string; kind: 'unreadable' | 'partly-read' | 'newer'; reason: 'not-json' | 'not-an-assessment'; setAside: SetAside[] };

/** What this tab last read or wrote under each entry key: a different text means another tab saved. */
export type KnownTexts = Map<string, string>;

export type LoadResult = {
  assessments: Record<string, SavedAssessment>;
  damaged: DamagedEntry[];
  readOnly: boolean;
  known: KnownTexts;
  /** Keys to remove once the assessments have been written (the old single-assessment key). */
  retire: string[];
};

const EPOCH = new Date(0).toISOString();
const NOT_JSON = Symbol('not JSON');

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key !== null) keys.push(key);
  }
  return keys.sort(compareCodeUnits);
}

/** A name for damaged data, from whatever part of it is still readable. */
export function guessLabel(raw: string): string {
  const match = /"name"\s*:\s*"([^"\\]{1,120})"/.exec(raw) ?? /"org-name"\s*:\s*"([^"\\]{1,120})"/.exec(raw);
  return match?.[1]?.trim() || 'A saved assessment';
}

function indexVersion(storage: Storage): number {
  const parsed = parseJson(storage.getItem(INDEX_KEY) ?? 'null') as { version?: unknown } | null | typeof NOT_JSON;
  // Missing or damaged: only a cache, so the entries are read as today's format.
  return typeof parsed === 'object' && parsed !== null && typeof parsed.version === 'number' ? parsed.version : STATE_VERSION;
}

/** Keeps a copy of data as it was before anything could replace it; false if it could not. */
function backUp(storage: Storage, key: string, raw: string): boolean {
  const backupKey = `${BACKUP_KEY_PREFIX}${key}`;
  try {
    if (storage.getItem(backupKey) !== raw) storage.setItem(backupKey, raw);
    return true;
  } catch {
    return false;
  }
}

/** What can be read of any saved text: an entry of today's format or the old single assessment. */
export function salvageSaved(raw: string, fallbackId: string, now: string) {
  return salvageText(raw, { id: fallbackId, now });
}

function damagedFrom(key: string, raw: string, kind: DamagedEntry['kind'], setAside: SetAside[] = []): DamagedEntry {
  return { key, raw, label: guessLabel(raw), kind, reason: isJson(raw) ? 'not-an-assessment' : 'not-json', setAside };
}

/**
 * Reads everything saved: every assessment that can be read opens, each damaged one is listed
 * with its data kept as it was. An assessment that is only partly readable opens with what can be
 * read, once a copy of it as it was is kept; one that cannot be copied stays as it is, unopened.
 */
export function loadSavedData(storage: Storage, now: string): LoadResult {
  const keys = keysOf(storage);
  const readOnly = indexVersion(storage) > STATE_VERSION;
  const result: LoadResult = { assessments: {}, damaged: [], readOnly, known: new Map(), retire: [] };

  for (const key of keys.filter((candidate) => candidate.startsWith(ENTRY_PREFIX))) {
    const raw = storage.getItem(key) ?? '';
    const id = key.slice(ENTRY_PREFIX.length);
    const salvaged = salvageSaved(raw, id, now);
    const clean = salvaged !== null && salvaged.setAside.length === 0 && salvaged.assessment.id === id;
    if (clean) {
      result.assessments[id] = salvaged.assessment;
      result.known.set(key, raw);
    } else if (readOnly) {
      result.damaged.push(damagedFrom(key, raw, 'newer'));
    } else if (salvaged === null || !backUp(storage, key, raw)) {
      result.damaged.push(damagedFrom(key, raw, 'unreadable'));
    } else {
      result.assessments[id] = { ...salvaged.assessment, id };
      result.known.set(key, raw);
    }
  }

  const legacyRaw = storage.getItem(LEGACY_KEY);
  if (legacyRaw !== null) {
    const salvaged = salvageSaved(legacyRaw, LEGACY_ID, EPOCH);
    if (salvaged === null || (salvaged.setAside.length > 0 && (readOnly || !backUp(storage, LEGACY_KEY, legacyRaw)))) {
      result.damaged.push(damagedFrom(LEGACY_KEY, legacyRaw, 'unreadable'));
    } else {
      const assessment = { ...salvaged.assessment, id: LEGACY_ID };
      const existing = result.assessments[LEGACY_ID];
      // A tab of the old version still open keeps writing the old key: carried over again, merged.
      result.assessments[LEGACY_ID] = existing ? mergeAssessments(existing, assessment) : assessment;
      if (!readOnly) result.retire.push(LEGACY_KEY);
    }
  }

  for (const key of keysOf(storage).filter((candidate) => candidate.startsWith(BACKUP_KEY_PREFIX))) {
    const raw = storage.getItem(key) ?? '';
    const salvaged = salvageSaved(raw, 'copy', now);
    result.damaged.push(damagedFrom(key, raw, salvaged ? 'partly-read' : 'unreadable', salvaged?.setAside));
  }
  return result;
}

export type SaveResult = {
  /** Assessments that changed by merging with what another tab had saved meanwhile. */
  merged: SavedAssessment[];
  failed: boolean;
  wrote: boolean;
};

/**
 * Writes the assessments that changed since this tab last read or wrote them. One that another
 * tab saved meanwhile is merged with it, answer by answer, before it is written. An assessment
 * that is gone is removed only if nobody changed its saved text since.
 */
/** Told of every entry written (its text) or removed (null): the copies kept in IndexedDB. */
export type OnEntryWritten = (key: string, text: string | null) => void;

export function saveAssessments(storage: Storage, assessments: Record<string, SavedAssessment>, known: KnownTexts, retire: string[] = [], onWritten: OnEntryWritten = () => {}): SaveResult {
  const result: SaveResult = { merged: [], failed: false, wrote: false };
  function attempt(write: () => void): boolean {
    try {
      write();
      result.wrote = true;
      return true;
    } catch {
      result.failed = true;
      return false;
    }
  }
  if (storage.getItem(INDEX_KEY) !== JSON.stringify({ version: STATE_VERSION })) attempt(() => storage.setItem(INDEX_KEY, JSON.stringify({ version: STATE_VERSION })));

  for (const assessment of Object.values(assessments)) {
    const key = entryKey(assessment.id);
    let text = JSON.stringify(assessment);
    const last = known.get(key);
    if (last === text) continue;
    const stored = storage.getItem(key);
    if (stored !== null && stored !== last && stored !== text) {
      const theirs = salvageSaved(stored, assessment.id, assessment.updatedAt);
      if (theirs && theirs.setAside.length === 0) {
        const merged = mergeAssessments(assessment, { ...theirs.assessment, id: assessment.id });
        if (!sameAssessment(merged, assessment)) result.merged.push(merged);
        text = JSON.stringify(merged);
      } else if (!backUp(storage, key, stored)) {
        result.failed = true;
        continue;
      }
    }
    if (stored === text || attempt(() => storage.setItem(key, text))) {
      known.set(key, text);
      onWritten(key, text);
    }
  }

  for (const [key, text] of [...known]) {
    if (assessments[key.slice(ENTRY_PREFIX.length)]) continue;
    if (storage.getItem(key) === text && !attempt(() => storage.removeItem(key))) continue;
    known.delete(key);
    onWritten(key, null);
  }

  if (!result.failed) for (const key of retire.splice(0)) attempt(() => storage.removeItem(key));
  return result;
}

/** Deletes a damaged entry or the copy of one, when the manager asks to. */
export function discardSaved(storage: Storage, key: string): void {
  storage.removeItem(key);
}
