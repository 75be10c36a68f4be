/**
 * Orders two strings by their UTF-16 code units, as `<` does: right for ISO timestamps and ids.
 * Not `localeCompare`, whose first call loads the browser's collation data (about 10 ms).
 */
export function compareCodeUnits(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
