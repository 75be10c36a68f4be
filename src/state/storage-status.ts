import { create } from 'zustand';

/** What went wrong with the saved data, if anything. Not persisted: it describes this visit. */
export type StorageStatus = {
  /** Saved data that could not be read; kept raw so the user can download it. */
  damaged: { raw: string; reason: string; backupKey: string } | null;
  /** The last change could not be written (storage full or blocked). */
  saveFailed: boolean;
  reportDamaged: (raw: string, reason: string, backupKey: string) => void;
  dismissDamaged: () => void;
  setSaveFailed: (failed: boolean) => void;
};

export const useStorageStatus = create<StorageStatus>()((set) => ({
  damaged: null,
  saveFailed: false,
  reportDamaged: (raw, reason, backupKey) => set({ damaged: { raw, reason, backupKey } }),
  dismissDamaged: () => set({ damaged: null }),
  setSaveFailed: (saveFailed) => set({ saveFailed }),
}));
