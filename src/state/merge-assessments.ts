import { compareCodeUnits } from '../assessment/order';
import { changeKey, type ChangeTimes, type SavedAssessment } from '../assessment/saved-assessment';

type Side = { assessment: SavedAssessment; time: (key: string) => string };

function later(left: string | undefined, right: string | undefined): string | undefined {
  if (left === undefined) return right;
  if (right === undefined) return left;
  return compareCodeUnits(left, right) >= 0 ? left : right;
}

function side(assessment: SavedAssessment): Side {
  return { assessment, time: (key) => assessment.changedAt?.[key] ?? '' };
}

/**
 * Which side's value of one field wins: the newer change; with equal times (data of a version
 * that kept no times), the assessment changed last; then a fixed order, so that both tabs agree.
 */
function winner(key: string, mine: Side, theirs: Side, mineValue: unknown, theirsValue: unknown): 'mine' | 'theirs' {
  const byTime = compareCodeUnits(mine.time(key), theirs.time(key));
  if (byTime !== 0) return byTime > 0 ? 'mine' : 'theirs';
  const byUpdate = compareCodeUnits(mine.assessment.updatedAt, theirs.assessment.updatedAt);
  if (byUpdate !== 0) return byUpdate > 0 ? 'mine' : 'theirs';
  return compareCodeUnits(JSON.stringify(mineValue) ?? '', JSON.stringify(theirsValue) ?? '') >= 0 ? 'mine' : 'theirs';
}

/** `timedAs`: the field whose change times decide (who gave an answer goes with the answer). */
function mergeRecords<T>(field: 'answers' | 'actionPlan' | 'answeredBy', mine: Side, theirs: Side, timedAs: 'answers' | 'actionPlan' = field === 'answeredBy' ? 'answers' : field): Record<string, T> {
  const left = (mine.assessment[field] ?? {}) as Record<string, T>;
  const right = (theirs.assessment[field] ?? {}) as Record<string, T>;
  const prefix = `${timedAs}.`;
  const ids = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of [...Object.keys(mine.assessment.changedAt ?? {}), ...Object.keys(theirs.assessment.changedAt ?? {})]) if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
  const merged: Record<string, T> = {};
  for (const id of ids) {
    const key = changeKey(timedAs, id);
    const leftValue = Object.hasOwn(left, id) ? left[id] : undefined;
    const rightValue = Object.hasOwn(right, id) ? right[id] : undefined;
    // An attribution is decided by its answer's values, so that it goes wherever the answer goes.
    const decidingLeft = field === 'answeredBy' ? mine.assessment.answers[id] : leftValue;
    const decidingRight = field === 'answeredBy' ? theirs.assessment.answers[id] : rightValue;
    const value = winner(key, mine, theirs, decidingLeft, decidingRight) === 'mine' ? leftValue : rightValue;
    if (value !== undefined) merged[id] = value;
  }
  return merged;
}

function answeredByOf(merged: Record<string, string>): Pick<SavedAssessment, 'answeredBy'> {
  return Object.keys(merged).length > 0 ? { answeredBy: merged } : {};
}

function mergeTimes(left: ChangeTimes = {}, right: ChangeTimes = {}): ChangeTimes {
  const merged: ChangeTimes = { ...left };
  for (const [key, time] of Object.entries(right)) merged[key] = later(merged[key], time) ?? time;
  return merged;
}

/**
 * One assessment as changed in two places (two tabs, or this tab and what is saved): answer by
 * answer, and entry by entry of the action plan, the newer change wins, so that changes to
 * different questions are both kept. Commutative and idempotent, so two tabs that merge each
 * other's saves end up with the same assessment.
 */
export function mergeAssessments(mineAssessment: SavedAssessment, theirsAssessment: SavedAssessment): SavedAssessment {
  const mine = side(mineAssessment);
  const theirs = side(theirsAssessment);
  const name = winner('name', mine, theirs, mineAssessment.name, theirsAssessment.name) === 'mine' ? mineAssessment.name : theirsAssessment.name;
  const exportedAt = later(mineAssessment.exportedAt, theirsAssessment.exportedAt);
  // A request is set once, when the copy is made, and never changes.
  const request = mineAssessment.request ?? theirsAssessment.request;
  return {
    id: mineAssessment.id,
    name,
    createdAt: compareCodeUnits(mineAssessment.createdAt, theirsAssessment.createdAt) <= 0 ? mineAssessment.createdAt : theirsAssessment.createdAt,
    updatedAt: later(mineAssessment.updatedAt, theirsAssessment.updatedAt) ?? mineAssessment.updatedAt,
    answers: mergeRecords('answers', mine, theirs),
    actionPlan: mergeRecords('actionPlan', mine, theirs),
    ...answeredByOf(mergeRecords<string>('answeredBy', mine, theirs)),
    ...(mineAssessment.changedAt || theirsAssessment.changedAt ? { changedAt: mergeTimes(mineAssessment.changedAt, theirsAssessment.changedAt) } : {}),
    ...(request !== undefined ? { request } : {}),
    ...(exportedAt !== undefined ? { exportedAt } : {}),
  };
}

function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort(compareCodeUnits)
      .map((key) => [key, sortedDeep((value as Record<string, unknown>)[key])]),
  );
}

/** True when two assessments hold the same data, whatever the order of their fields. */
export function sameAssessment(left: SavedAssessment, right: SavedAssessment): boolean {
  return JSON.stringify(sortedDeep(left)) === JSON.stringify(sortedDeep(right));
}
