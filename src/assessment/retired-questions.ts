import type { QuestionId } from './question-ids';

/**
 * Questions this version no longer asks. Their answers in saved data and files are kept as they
 * are (nothing the manager entered is lost) but neither shown nor scored; the question that asks
 * for the same thing now is named so the manager can answer it.
 */
export const RETIRED_QUESTIONS: Readonly<Record<string, { label: string; askedNowBy: QuestionId }>> = {
  // IT time is asked once, in hours a week: "How many hours a week could they give the project?"
  'it-fte': { label: 'How much IT staff time do you have, in full-time equivalents (FTE)?', askedNowBy: 'it-project-hours' },
  // The number of users is the sum of the head counts by role and "other staff"; until that row is
  // answered, the total saved here stands in for it (facts.ts, earlierUsersTotal).
  'system-users': { label: 'About how many staff will use the new system?', askedNowBy: 'staff-count-other' },
};
