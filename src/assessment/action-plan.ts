import type { ActionItem, SavedAssessment } from './saved-assessment';
import type { Gap } from './scoring/gap-report-schema';

/**
 * Gaps that were one per area, role or question before they became one gap: an owner or date
 * typed for one of the old gaps shows on the new one (the old entries stay saved, untouched).
 */
const EARLIER_ID_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  expertise: ['expertise-'],
  'staff-computer': ['staff-computer-'],
  'staff-system': ['staff-system-'],
  'find-out-experience': ['find-out-exp-'],
  'find-out-skills': ['find-out-skill-'],
};

function wasPartOf(gap: Gap, key: string): boolean {
  if ((EARLIER_ID_PREFIXES[gap.id] ?? []).some((prefix) => key.startsWith(prefix))) return true;
  return gap.kind === 'unknown' && gap.questionIds.some((id) => key === `find-out-${id}`);
}

/** The owner and target date the manager gave this gap, or what they gave the gaps it gathers. */
export function actionItemFor(plan: SavedAssessment['actionPlan'], gap: Gap): ActionItem {
  const own = plan[gap.id];
  if (own) return own;
  const earlier = Object.entries(plan)
    .filter(([key]) => wasPartOf(gap, key))
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([, item]) => item);
  const owners = [...new Set(earlier.map((item) => item.owner.trim()).filter((owner) => owner !== ''))];
  // The earliest date: ISO dates (what the date field gives) sort as text.
  const due =
    earlier
      .map((item) => item.due)
      .filter((value) => value !== '')
      .sort()[0] ?? '';
  return { owner: owners.join(' / '), due };
}
