import { vi } from 'vitest';

/** Makes every write to browser storage fail as a full disk does; returns what undoes it. */
export function fillStorage(): { mockRestore: () => void } {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}
