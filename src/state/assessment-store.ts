import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { AnswerValue } from '../assessment/schema';
import {
  BACKUP_KEY_PREFIX,
  STATE_VERSION,
  STORAGE_KEY,
  describeProblem,
  migrateState,
  persistedStateSchema,
  type PersistedState,
} from './persisted-state';
import { useStorageStatus } from './storage-status';

export type AssessmentState = PersistedState & {
  setAnswer: (questionId: string, value: AnswerValue | undefined) => void;
  reset: () => void;
};

const EMPTY: PersistedState = { answers: {}, updatedAt: null };

/** Raw text read at start-up, kept so damaged data can be backed up before anything overwrites it. */
let lastRaw: string | null = null;

function keepDamaged(reason: string): void {
  if (lastRaw === null) return;
  const backupKey = `${BACKUP_KEY_PREFIX}${Date.now()}`;
  try {
    localStorage.setItem(backupKey, lastRaw);
  } catch {
    // Storage full: the raw data is still offered for download from memory.
  }
  useStorageStatus.getState().reportDamaged(lastRaw, reason, backupKey);
  lastRaw = null;
}

const storage: PersistStorage<PersistedState> = {
  getItem: (name) => {
    const raw = localStorage.getItem(name);
    lastRaw = raw;
    if (raw === null) return null;
    try {
      const envelope = JSON.parse(raw) as unknown;
      if (
        typeof envelope !== 'object' ||
        envelope === null ||
        !('state' in envelope) ||
        typeof (envelope as { version?: unknown }).version !== 'number'
      ) {
        throw new Error('the saved data is not an assessment from this tool');
      }
      return envelope as StorageValue<PersistedState>;
    } catch (error) {
      keepDamaged(describeProblem(error));
      return null;
    }
  },
  setItem: (name, value: StorageValue<PersistedState>) => {
    try {
      localStorage.setItem(name, JSON.stringify({ version: value.version, state: { answers: value.state.answers, updatedAt: value.state.updatedAt } }));
      if (useStorageStatus.getState().saveFailed) useStorageStatus.getState().setSaveFailed(false);
    } catch {
      useStorageStatus.getState().setSaveFailed(true);
    }
  },
  removeItem: (name) => localStorage.removeItem(name),
};

/** The one store: the answers, saved in this browser on every change. Everything else is derived. */
export const useAssessmentStore = create<AssessmentState>()(
  persist(
    (set) => ({
      ...EMPTY,
      setAnswer: (questionId, value) =>
        set((state) => {
          const answers = { ...state.answers };
          if (value === undefined) delete answers[questionId];
          else answers[questionId] = value;
          return { answers, updatedAt: new Date().toISOString() };
        }),
      reset: () => set({ ...EMPTY }),
    }),
    {
      name: STORAGE_KEY,
      version: STATE_VERSION,
      storage,
      migrate: (persisted, version) => migrateState(persisted, version),
      merge: (persisted, current) => {
        const parsed = persistedStateSchema.safeParse(persisted);
        if (!parsed.success) {
          keepDamaged(describeProblem(parsed.error));
          return current;
        }
        return { ...current, ...parsed.data };
      },
      onRehydrateStorage: () => (_state, error) => {
        if (error) keepDamaged(describeProblem(error));
      },
    },
  ),
);

/** Reads the saved data again, as at start-up (used by tests and when another tab changes it). */
export async function rehydrateAssessment(): Promise<void> {
  await useAssessmentStore.persist.rehydrate();
}
