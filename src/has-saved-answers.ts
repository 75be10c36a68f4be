/**
 * Whether an assessment saved in this browser has answers (an assessment just started, with
 * none, has nothing a prerendered form could mix with). For src/main.tsx, which runs before the
 * first paint and imports nothing of the app: read from the stored text, without zod or the
 * store. The keys and the `"answers":{` of each entry are the store's
 * (src/state/persisted-state.ts; `responses` in the oldest format); a test checks them against it.
 */
export function hasSavedAnswers(storage?: Storage): boolean {
  try {
    // Read inside the try: with site data blocked, even reading `localStorage` throws.
    storage ??= localStorage;
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith('staffing-readiness:assessment') && /"(answers|responses)":\{"/.test(storage.getItem(key) ?? '')) return true;
    }
  } catch {
    // Storage blocked: nothing saved can be shown either.
  }
  return false;
}
