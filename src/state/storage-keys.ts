/** Formats 0 and 1 kept one assessment under this key. */
export const LEGACY_KEY = 'staffing-readiness:assessment';
/**
 * The format version of everything saved. Only a cache: the assessments are found by their own
 * keys, so a missing or damaged index hides nothing.
 */
export const INDEX_KEY = 'staffing-readiness:index';
/** Each assessment has its own key, so one damaged entry never takes the others down. */
export const ENTRY_PREFIX = 'staffing-readiness:assessment:';
/** A copy of saved data as it was, kept before any part of it that could not be read is replaced. */
export const BACKUP_KEY_PREFIX = 'staffing-readiness:damaged:';
/** Which assessment this tab works on (session storage: per tab). */
export const CURRENT_KEY = 'staffing-readiness:current';
export const STATE_VERSION = 2;
/** The id the single assessment of formats 0 and 1 gets, the same each time it is carried over. */
export const LEGACY_ID = 'saved-before-format-2';

export function entryKey(id: string): string {
  return `${ENTRY_PREFIX}${id}`;
}
