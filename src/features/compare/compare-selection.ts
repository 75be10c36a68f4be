export type Pair = { a: string; b: string };

/**
 * Which two assessments to compare: the ids from the URL when they still exist, otherwise the
 * two most recent (the older as baseline). Null when there are fewer than two to choose from.
 * `idsByRecency` lists the saved ids, most recently changed first.
 */
export function pickPair(idsByRecency: readonly string[], wantedA: string | null, wantedB: string | null): Pair | null {
  const [newest, second] = idsByRecency;
  if (newest === undefined || second === undefined) return null;
  const a = wantedA !== null && idsByRecency.includes(wantedA) ? wantedA : null;
  const b = wantedB !== null && idsByRecency.includes(wantedB) ? wantedB : null;
  if (a !== null && b !== null) return { a, b };
  if (a !== null) return { a, b: idsByRecency.find((id) => id !== a) ?? newest };
  if (b !== null) return { a: idsByRecency.find((id) => id !== b) ?? second, b };
  return { a: second, b: newest };
}
