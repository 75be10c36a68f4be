import { compareCodeUnits } from '../assessment/order';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AnswerValue, Answers } from '../assessment/schema';
import { createSavedAssessment, newAssessmentId, type ActionItem, type SavedAssessment } from '../assessment/saved-assessment';
import { assessmentStorage } from './assessment-storage';
import { STATE_VERSION, describeProblem, migrateState, persistedStateSchema, type PersistedState } from './persisted-state';
import { useStorageStatus } from './storage-status';

const STORAGE_NAME = 'staffing-readiness';
/** Which assessment this tab works on; per tab, so two tabs can work on two assessments. */
const CURRENT_KEY = 'staffing-readiness:current';

export type AssessmentState = PersistedState & {
  currentId: string | null;
  /** Makes a new, empty assessment the current one and returns its id. */
  createAssessment: (name?: string) => string;
  openAssessment: (id: string) => void;
  setAnswer: (questionId: string, value: AnswerValue | undefined) => void;
  setActionItem: (gapId: string, item: ActionItem) => void;
  clearAnswers: () => void;
  renameAssessment: (id: string, name: string) => void;
  duplicateAssessment: (id: string, name: string) => string | undefined;
  deleteAssessment: (id: string) => SavedAssessment | undefined;
  /** Puts back an assessment (undo of delete, or an import); returns its id. */
  addAssessment: (assessment: SavedAssessment) => string;
};

function now(): string {
  return new Date().toISOString();
}

function readCurrentId(): string | null {
  try {
    return sessionStorage.getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}

function rememberCurrentId(id: string | null): void {
  try {
    if (id === null) sessionStorage.removeItem(CURRENT_KEY);
    else sessionStorage.setItem(CURRENT_KEY, id);
  } catch {
    // Session storage blocked: the current assessment is then the most recent one.
  }
}

/** The most recently changed assessment, the natural one to continue. */
export function mostRecent(assessments: Record<string, SavedAssessment>): SavedAssessment | undefined {
  return Object.values(assessments).sort((a, b) => compareCodeUnits(b.updatedAt, a.updatedAt))[0];
}

function pickCurrent(assessments: Record<string, SavedAssessment>, wanted: string | null): string | null {
  if (wanted !== null && assessments[wanted]) return wanted;
  return mostRecent(assessments)?.id ?? null;
}

function updateCurrent(state: AssessmentState, change: (assessment: SavedAssessment) => SavedAssessment): Partial<AssessmentState> {
  let id = state.currentId;
  let assessments = state.assessments;
  if (id === null || !assessments[id]) {
    // Answering with nothing open starts a new assessment rather than losing the answer.
    const created = createSavedAssessment(now());
    id = created.id;
    assessments = { ...assessments, [id]: created };
    rememberCurrentId(id);
  }
  const current = assessments[id] as SavedAssessment;
  return { currentId: id, assessments: { ...assessments, [id]: { ...change(current), updatedAt: now() } } };
}

/** The one store: the saved assessments (answers and action plans). Everything else is derived. */
export const useAssessmentStore = create<AssessmentState>()(
  persist(
    (set, get) => ({
      assessments: {},
      currentId: null,
      createAssessment: (name = '') => {
        const created = createSavedAssessment(now(), name);
        set((state) => ({ assessments: { ...state.assessments, [created.id]: created }, currentId: created.id }));
        rememberCurrentId(created.id);
        return created.id;
      },
      openAssessment: (id) => {
        if (!get().assessments[id]) return;
        rememberCurrentId(id);
        set({ currentId: id });
      },
      setAnswer: (questionId, value) =>
        set((state) =>
          updateCurrent(state, (assessment) => {
            const answers: Answers = { ...assessment.answers };
            if (value === undefined) delete answers[questionId];
            else answers[questionId] = value;
            return { ...assessment, answers };
          }),
        ),
      setActionItem: (gapId, item) =>
        set((state) => updateCurrent(state, (assessment) => ({ ...assessment, actionPlan: { ...assessment.actionPlan, [gapId]: item } }))),
      clearAnswers: () => set((state) => updateCurrent(state, (assessment) => ({ ...assessment, answers: {}, actionPlan: {} }))),
      renameAssessment: (id, name) =>
        set((state) => {
          const assessment = state.assessments[id];
          return assessment ? { assessments: { ...state.assessments, [id]: { ...assessment, name: name.slice(0, 120), updatedAt: now() } } } : {};
        }),
      duplicateAssessment: (id, name) => {
        const original = get().assessments[id];
        if (!original) return undefined;
        const copy: SavedAssessment = { ...structuredClone(original), id: newAssessmentId(), name: name.slice(0, 120), createdAt: now(), updatedAt: now() };
        set((state) => ({ assessments: { ...state.assessments, [copy.id]: copy } }));
        return copy.id;
      },
      deleteAssessment: (id) => {
        const removed = get().assessments[id];
        if (!removed) return undefined;
        set((state) => {
          const assessments = { ...state.assessments };
          delete assessments[id];
          const currentId = state.currentId === id ? null : state.currentId;
          if (currentId === null) rememberCurrentId(null);
          return { assessments, currentId };
        });
        return removed;
      },
      addAssessment: (assessment) => {
        const id = get().assessments[assessment.id] ? newAssessmentId() : assessment.id;
        set((state) => ({ assessments: { ...state.assessments, [id]: { ...assessment, id } } }));
        return id;
      },
    }),
    {
      name: STORAGE_NAME,
      version: STATE_VERSION,
      storage: assessmentStorage,
      partialize: (state) => ({ assessments: state.assessments }),
      migrate: (persisted, version) => migrateState(persisted, version),
      merge: (persisted, current) => {
        const parsed = persistedStateSchema.safeParse(persisted);
        const assessments = parsed.success ? parsed.data.assessments : current.assessments;
        return { ...current, assessments, currentId: pickCurrent(assessments, current.currentId ?? readCurrentId()) };
      },
      onRehydrateStorage: () => (_state, error) => {
        if (error) {
          useStorageStatus.getState().reportDamaged({ key: 'staffing-readiness:index', raw: localStorage.getItem('staffing-readiness:index') ?? '', reason: describeProblem(error), label: 'All saved assessments' });
        }
      },
    },
  ),
);

const EMPTY_ANSWERS: Answers = {};

/** The assessment this tab works on, if any. */
export function useCurrentAssessment(): SavedAssessment | undefined {
  return useAssessmentStore(selectCurrentAssessment);
}

/** The assessment this tab works on, read from the store's state outside React (a route loader). */
export function selectCurrentAssessment(state: AssessmentState): SavedAssessment | undefined {
  return state.currentId ? state.assessments[state.currentId] : undefined;
}

/** The answers of the current assessment (an empty, stable object when there is none). */
export function useCurrentAnswers(): Answers {
  return useAssessmentStore((state) => selectCurrentAssessment(state)?.answers ?? EMPTY_ANSWERS);
}

/** Reads the saved data again, as at start-up (tests, and when another tab changes it). */
export async function rehydrateAssessments(): Promise<void> {
  await useAssessmentStore.persist.rehydrate();
}

/** Resets the in-memory store to nothing saved (tests). */
export function resetAssessmentStore(): void {
  useAssessmentStore.setState({ assessments: {}, currentId: null });
}

/**
 * Keeps tabs in step: when another tab saves, this one reloads what is saved instead of
 * overwriting it later with stale data. Returns a function that stops listening.
 */
export function syncAcrossTabs(): () => void {
  function onStorage(event: StorageEvent) {
    if (event.key === null || event.key.startsWith('staffing-readiness:assessment') || event.key === 'staffing-readiness:index') {
      void rehydrateAssessments().then(() => useStorageStatus.getState().setUpdatedElsewhere(true));
    }
  }
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
