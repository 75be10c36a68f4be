import { create } from 'zustand';
import type { DamagedEntry } from './saved-data';

export type { DamagedEntry };

/** What went wrong with the saved data, if anything. Not saved: it describes this visit. */
export type StorageStatus = {
  damaged: DamagedEntry[];
  /** The last change could not be written (storage full or blocked). */
  saveFailed: boolean;
  /** Saved data comes from a newer version of the tool: this version must not overwrite it. */
  readOnly: boolean;
  /** The browser lets this site keep no data at all: the answers live only in this page. */
  blocked: boolean;
  /** Another tab changed the saved assessments and this tab has taken its changes in. */
  updatedElsewhere: boolean;
};

export const INITIAL_STORAGE_STATUS: StorageStatus = { damaged: [], saveFailed: false, readOnly: false, blocked: false, updatedElsewhere: false };

export const useStorageStatus = create<StorageStatus>()(() => INITIAL_STORAGE_STATUS);

export function setStorageStatus(change: Partial<StorageStatus>): void {
  useStorageStatus.setState(change);
}
