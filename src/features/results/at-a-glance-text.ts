import { formatCountOf } from '../../ui/format-en-us';

export const AT_A_GLANCE_TEXT = {
  heading: 'At a glance',
  recommendation: 'Recommended approach',
  readiness: 'Overall readiness',
  risks: 'Critical risks',
  noRisks: 'None: no answer points to a critical gap.',
  noRisksYet: 'None found so far: no answer given points to a critical gap, but too many answers are not known yet to rule one out.',
  itTime: 'IT time for the project',
  itNeeded: (hours: number, weekly: number, weeks: number) =>
    `Needed: about ${formatCountOf(hours, 'hour', 'hours')} over ${formatCountOf(weeks, 'week', 'weeks')} (${formatCountOf(weekly, 'hour', 'hours')} a week, with leave allowed for).`,
  actions: 'Actions that matter most',
  actionsCaption: 'The most important actions, with the owner and target date from the action plan',
  actionColumns: { action: 'Action', owner: 'Owner', due: 'Target date' },
  noOwner: (suggested: string) => `Not named yet (suggested: ${suggested})`,
  noDate: 'Not set',
  otherGaps: (count: number) => `${formatCountOf(count, 'more gap', 'more gaps')} in the gap table.`,
  noActions: 'No gaps found: review the answers with your team before relying on this.',
  confidence: 'How sure',
  findFirst: 'Find out first:',
  decision: 'Decision for the meeting',
};
