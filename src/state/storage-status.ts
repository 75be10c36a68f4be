import { create } from 'zustand';

/** Saved data that could not be read, kept raw so the user can download it. */
export type DamagedEntry = { key: string; raw: string; reason: string; label: string };

/** What went wrong with the saved data, if anything. Not persisted: it describes this visit. */
export type StorageStatus = {
  damaged: DamagedEntry[];
  /** The last change could not be written (storage full or blocked). */
  saveFailed: boolean;
  /** Saved data comes from a newer version of the tool: this version must not overwrite it. */
  readOnly: boolean;
  /** Another tab changed the saved assessments and this tab has reloaded them. */
  updatedElsewhere: boolean;
  reportDamaged: (entry: DamagedEntry) => void;
  forgetDamaged: (key: string) => void;
  setSaveFailed: (failed: boolean) => void;
  setReadOnly: (readOnly: boolean) => void;
  setUpdatedElsewhere: (updated: boolean) => void;
};

export const useStorageStatus = create<StorageStatus>()((set) => ({
  damaged: [],
  saveFailed: false,
  readOnly: false,
  updatedElsewhere: false,
  reportDamaged: (entry) => set((state) => ({ damaged: [...state.damaged.filter((item) => item.key !== entry.key), entry] })),
  forgetDamaged: (key) => set((state) => ({ damaged: state.damaged.filter((item) => item.key !== key) })),
  setSaveFailed: (saveFailed) => set({ saveFailed }),
  setReadOnly: (readOnly) => set({ readOnly }),
  setUpdatedElsewhere: (updatedElsewhere) => set({ updatedElsewhere }),
}));
