import { withoutAttribution } from '../assessment/answered-by';
import { withTakenAnswers, type TakenAnswer } from '../assessment/taken-answers';
import { compareCodeUnits } from '../assessment/order';
import { create } from 'zustand';
import { DUE_MAX, NAME_MAX, OWNER_MAX, changeKey, createSavedAssessment, newAssessmentId, type ActionItem, type SavedAssessment } from '../assessment/saved-assessment';
import { answerValueSchema, type AnswerValue, type Answers } from '../assessment/schema';
import { openCrashCopies } from './crash-copies';
import { createPersistence } from './persistence';
import { CURRENT_KEY } from './storage-keys';
import { INITIAL_STORAGE_STATUS, useStorageStatus } from './storage-status';

export type AssessmentState = {
  assessments: Record<string, SavedAssessment>;
  currentId: string | null;
  /** Makes a new, empty assessment the current one and returns its id. */
  createAssessment: (name?: string) => string;
  openAssessment: (id: string) => void;
  /** False, and nothing changes, for a value that could not be saved (see answerValueSchema). */
  setAnswer: (questionId: string, value: AnswerValue | undefined) => boolean;
  setActionItem: (gapId: string, item: ActionItem) => void;
  /** Deletes the current assessment's answers and action plan; returns it as it was, for an undo. */
  clearAnswers: () => SavedAssessment | undefined;
  /** Undo of "Start over": puts back the answers, plan and attribution as they were before. */
  restoreCleared: (before: SavedAssessment) => void;
  renameAssessment: (id: string, name: string) => void;
  duplicateAssessment: (id: string, name: string) => string | undefined;
  deleteAssessment: (id: string) => SavedAssessment | undefined;
  /** Puts back an assessment (undo of delete, or an import); returns its id. `open`: make it the open one again. */
  addAssessment: (assessment: SavedAssessment, open?: boolean) => string;
  /** Records that an assessment was saved as a file, to show when the last copy was made. */
  markExported: (id: string, when: string) => void;
  /** Takes colleagues' answers into an assessment; returns it as it was, for an undo (restoreCleared). */
  takeAnswers: (id: string, taken: readonly TakenAnswer[]) => SavedAssessment | undefined;
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

/** The assessments, most recently changed first: the order every list shows them in. */
export function byLastChange(assessments: Record<string, SavedAssessment>): SavedAssessment[] {
  // A copy keeps its original's last change: the original comes first, so it stays the one to continue.
  return Object.values(assessments).sort((a, b) => compareCodeUnits(b.updatedAt, a.updatedAt) || compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id));
}

/** The most recently changed assessment, the natural one to continue. */
export function mostRecent(assessments: Record<string, SavedAssessment>): SavedAssessment | undefined {
  return byLastChange(assessments)[0];
}

function pickCurrent(assessments: Record<string, SavedAssessment>, wanted: string | null): string | null {
  const id = [wanted, readCurrentId()].find((candidate) => candidate !== null && assessments[candidate] !== undefined) ?? mostRecent(assessments)?.id ?? null;
  return id ?? null;
}

/** Timestamps a change to these fields, so that a merge with another tab keeps the newer one. */
function touched(assessment: SavedAssessment, keys: string[], when: string): SavedAssessment {
  const changedAt = { ...(assessment.changedAt ?? {}) };
  for (const key of keys) changedAt[key] = when;
  return { ...assessment, changedAt, updatedAt: when };
}

function updateCurrent(state: AssessmentState, change: (assessment: SavedAssessment, when: string) => SavedAssessment): Partial<AssessmentState> {
  let id = state.currentId;
  let assessments = state.assessments;
  const when = now();
  if (id === null || !assessments[id]) {
    // Answering with nothing open starts a new assessment rather than losing the answer.
    const created = createSavedAssessment(when);
    id = created.id;
    assessments = { ...assessments, [id]: created };
    rememberCurrentId(id);
  }
  const current = assessments[id] as SavedAssessment;
  return { currentId: id, assessments: { ...assessments, [id]: change(current, when) } };
}

/** The one store: the saved assessments (answers and action plans). Everything else is derived. */
/**
 * A key an answer or a plan entry can be saved under and read back: at most 100 characters, and
 * not "__proto__", which reading JSON into an object would take as the object's prototype.
 */
function storableKey(key: string): boolean {
  return key.length <= 100 && key !== '__proto__';
}

export const useAssessmentStore = create<AssessmentState>()((set, get) => ({
  assessments: {},
  currentId: null,
  createAssessment: (name = '') => {
    const created = createSavedAssessment(now(), name.slice(0, NAME_MAX));
    set((state) => ({ assessments: { ...state.assessments, [created.id]: created }, currentId: created.id }));
    rememberCurrentId(created.id);
    return created.id;
  },
  openAssessment: (id) => {
    if (!get().assessments[id]) return;
    rememberCurrentId(id);
    set({ currentId: id });
  },
  setAnswer: (questionId, value) => {
    // The same check loading makes: what the store keeps, it can always read back.
    if (!storableKey(questionId) || (value !== undefined && !answerValueSchema.safeParse(value).success)) return false;
    set((state) =>
      updateCurrent(state, (assessment, when) => {
        const answers: Answers = { ...assessment.answers };
        if (value === undefined) delete answers[questionId];
        else answers[questionId] = Array.isArray(value) ? [...new Set(value)] : value;
        // The manager's own answer now, whoever gave the one before.
        return touched({ ...withoutAttribution(assessment, [questionId]), answers }, [changeKey('answers', questionId)], when);
      }),
    );
    return true;
  },
  setActionItem: (gapId, item) => {
    if (!storableKey(gapId.slice(0, 100))) return;
    set((state) =>
      updateCurrent(state, (assessment, when) =>
        touched(
          { ...assessment, actionPlan: { ...assessment.actionPlan, [gapId.slice(0, 100)]: { owner: item.owner.slice(0, OWNER_MAX), due: item.due.slice(0, DUE_MAX) } } },
          [changeKey('actionPlan', gapId.slice(0, 100))],
          when,
        ),
      ),
    );
  },
  clearAnswers: () => {
    const { currentId, assessments } = get();
    const before = currentId ? assessments[currentId] : undefined;
    set((state) =>
      updateCurrent(state, (assessment, when) => {
        const keys = [...Object.keys(assessment.answers).map((id) => changeKey('answers', id)), ...Object.keys(assessment.actionPlan).map((id) => changeKey('actionPlan', id))];
        return touched({ ...withoutAttribution(assessment), answers: {}, actionPlan: {} }, keys, when);
      }),
    );
    return before ? structuredClone(before) : undefined;
  },
  restoreCleared: (before) =>
    set((state) => {
      const assessment = state.assessments[before.id];
      if (!assessment) return {};
      // Timed now, so that a merge with another tab keeps the restored answers, not the clearing.
      const keys = [
        ...Object.keys(before.answers).map((id) => changeKey('answers', id)),
        ...Object.keys(before.actionPlan).map((id) => changeKey('actionPlan', id)),
        ...Object.keys(assessment.answers).map((id) => changeKey('answers', id)),
        ...Object.keys(assessment.actionPlan).map((id) => changeKey('actionPlan', id)),
      ];
      const restored = { ...withoutAttribution(assessment), answers: before.answers, actionPlan: before.actionPlan, ...(before.answeredBy ? { answeredBy: before.answeredBy } : {}) };
      return { assessments: { ...state.assessments, [before.id]: touched(restored, keys, now()) } };
    }),
  renameAssessment: (id, name) =>
    set((state) => {
      const assessment = state.assessments[id];
      return assessment ? { assessments: { ...state.assessments, [id]: touched({ ...assessment, name: name.slice(0, NAME_MAX) }, [changeKey('name')], now()) } } : {};
    }),
  duplicateAssessment: (id, name) => {
    const original = get().assessments[id];
    if (!original) return undefined;
    const when = now();
    const { exportedAt: _notThisOne, ...rest } = structuredClone(original);
    // Its last change is the original's (the same answers), so the list keeps its order and the
    // copy never becomes the one to continue without being opened.
    const copy: SavedAssessment = { ...rest, id: newAssessmentId(), name: name.slice(0, NAME_MAX), createdAt: when, updatedAt: original.updatedAt };
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
  addAssessment: (assessment, open = false) => {
    const id = get().assessments[assessment.id] ? newAssessmentId() : assessment.id;
    set((state) => ({ assessments: { ...state.assessments, [id]: { ...assessment, id } }, ...(open ? { currentId: id } : {}) }));
    if (open) rememberCurrentId(id);
    return id;
  },
  markExported: (id, when) =>
    set((state) => {
      const assessment = state.assessments[id];
      return assessment ? { assessments: { ...state.assessments, [id]: { ...assessment, exportedAt: when } } } : {};
    }),
  takeAnswers: (id, taken) => {
    const before = get().assessments[id];
    if (!before) return undefined;
    set((state) => {
      const assessment = state.assessments[id];
      return assessment ? { assessments: { ...state.assessments, [id]: withTakenAnswers(assessment, taken, now()) } } : {};
    });
    return structuredClone(before);
  },
}));

const persistence = createPersistence(useAssessmentStore, pickCurrent, openCrashCopies());
// Read at once, after the store was created: its initial state stays the empty one, which is
// what a prerendered page was built with and what React hydrates against.
persistence.load();

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

/** Reads the saved data again, as a new visit would (tests, and a page that asks for it). */
export async function rehydrateAssessments(): Promise<void> {
  persistence.load();
  await Promise.resolve();
}

/** Resets the in-memory store and status to nothing saved (tests). */
export function resetAssessmentStore(): void {
  persistence.reset({ assessments: {}, currentId: null });
  useStorageStatus.setState(INITIAL_STORAGE_STATUS);
}

/**
 * Keeps tabs in step: what another tab saves is taken in here, merged answer by answer, instead
 * of being overwritten later with this tab's older copy. Returns a function that stops listening.
 */
export function syncAcrossTabs(): () => void {
  function onStorage(event: StorageEvent) {
    if (event.storageArea !== null && event.storageArea !== globalThis.localStorage) return;
    persistence.onStorage(event);
  }
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** Deletes damaged saved data (or the copy of it) the manager has downloaded or given up on. */
export function discardDamaged(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage blocked: there is nothing saved to delete.
  }
  useStorageStatus.setState((state) => ({ damaged: state.damaged.filter((entry) => entry.key !== key) }));
}
