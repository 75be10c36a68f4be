import type { WhoAnswered } from '../../assessment/answered-by';
import { EVEN_FTE } from '../../assessment/report-content';
import { formatCount, formatCountOf } from '../../ui/format-en-us';

/** An FTE figure, in brackets after the hours it stands for; none below EVEN_FTE (0.1), where a figure would overstate it. */
const fteAfter = (fte: number) => (fte < EVEN_FTE ? '' : ` (about ${fte.toFixed(1)} FTE)`);
/** Hours a week, with "under 1" rather than a 0 that reads as nothing. */
const perWeek = (hours: number) => (hours < 1 ? 'under 1 hour a week' : `${formatCountOf(hours, 'hour', 'hours')} a week`);
import { REPORT_TITLE_TEXT } from './report-title-text';

export const RESULTS_TEXT = {
  reportFor: (name: string) => `${REPORT_TITLE_TEXT.title}: ${name}`,
  preparedOn: (date: string) => `Prepared ${date}`,
  facility: (name: string) => `Facility: ${name}`,
  answeredBy: (who: WhoAnswered) => {
    const others = who.others.map((other) => `${other.name} (${formatCountOf(other.count, 'answer', 'answers')})`);
    if (!who.respondent && others.length === 0) return 'Answered by: name not given.';
    // Semicolons between people: a name is often written "Pat Lee, practice manager".
    const first = who.respondent ?? 'the person who filled it in (name not given)';
    return `Answered by ${first}.${others.length > 0 ? ` Answers from colleagues: ${others.join('; ')}.` : ''}`;
  },
  /** At the top of every printed page. */
  printHeader: (org: string, facility: string | undefined, date: string) => [org, facility, date].filter(Boolean).join(' · '),
  print: 'Print report',
  printHint: 'To save a PDF, choose "Save as PDF" as the printer.',
  downloadGaps: 'Download gaps and actions (CSV)',
  downloadWord: 'Download as Word document',
  makingWord: 'Making the Word document…',
  wordFailed: 'The Word document could not be made in this browser. Print the report, or save it as a PDF, instead; your answers are unchanged.',
  /** At the foot of every page of the Word document, before the page number. */
  wordFooter: 'Staffing Readiness gap report',
  saveCopy: 'Save a copy (file)',
  lastCopy: (when: string) => `Last copy saved as a file: ${when}. Your answers are kept in this browser; a file copy is safe from a browser that clears its data.`,
  noCopy: 'No copy saved as a file yet. Your answers are kept in this browser only, and a browser can clear its data (Safari after seven days without a visit): save a copy to keep them safe.',
  backToReview: 'Back to your answers',
  emptyText: 'Answer the questions first; the report is built from your answers.',
  emptyLink: 'Start the assessment',
  provisionalHeading: 'Provisional: some answers are missing',
  provisionalText: 'This report already shows what can be concluded, but it may change once these are answered:',
  recommendationHeading: 'Why this recommendation',
  primaryLabel: { 'in-house': 'In-house staffing', 'shared-it': 'Shared IT', consultant: 'A consultant' },
  undecidedLabel: 'Not decided yet',
  outcomesHeading: 'What each answer would lead to',
  outcomeApproach: 'Approach:',
  mixHeading: 'Where to get each kind of help',
  basedOn: 'From your answers:',
  conditionsHeading: 'Conditions for this to work',
  readinessHeading: 'Readiness by area',
  readinessIntro: 'Scores run from 0 to 100. Each level is in words; the bar patterns also print in black and white.',
  thresholds: (ready: number, partly: number) => `Ready from ${ready}, partly ready from ${partly}; a critical gap caps an area at "not ready" and a major gap at "partly ready", whatever the score.`,
  cappedBy: { critical: 'capped by a critical gap', major: 'capped by a major gap', minor: 'capped by a gap' },
  readinessCaption: 'Readiness by area, with the level in words and the score out of 100',
  columns: { area: 'Area', bar: 'Score', level: 'Level' },
  notApplicable: 'Not needed for this project',
  level: { ready: 'Ready', 'partly-ready': 'Partly ready', 'not-ready': 'Not ready' },
  gapsHeading: 'Gaps and actions',
  gapsIntro: 'Every weak or unknown answer becomes a gap with an action. Critical gaps come first. Type an owner and a target date for each; they are saved with your answers and printed.',
  gapsCaption: 'Gaps sorted by severity, with the action, the suggested owner, and the owner and date you set',
  gapColumns: { severity: 'Severity', gap: 'Gap and why', action: 'Action', owner: 'Owner', due: 'Target date' },
  severity: { critical: 'Critical', major: 'Major', minor: 'Minor' },
  suggestedOwner: (owner: string) => `Suggested: ${owner}`,
  ownerLabel: (gap: string) => `Owner for: ${gap}`,
  dueLabel: (gap: string) => `Target date for: ${gap}`,
  noGaps: 'No gaps found. Review the answers with your team before relying on this.',
  changeAnswer: 'Change this answer',
  workloadHeading: 'Workload estimate',
  workloadIntro: 'A planning estimate in the style of the WHO WISN method: the hours the project needs against the hours your IT staff can give before go-live.',
  itHoursHeading: 'IT hours the project needs',
  itHoursCaption: 'Estimated IT hours the project needs, by support area',
  itHoursColumns: { area: 'Support area', hours: 'Hours' },
  totalNeeded: 'Total needed',
  available: 'Your IT staff can give',
  balance: 'Balance',
  fte: (value: number) => `${value.toFixed(1)} FTE`,
  count: (value: number) => formatCount(value),
  hours: (value: number) => formatCountOf(value, 'hour', 'hours'),
  /** Hours first; the FTE they stand for at most in brackets. */
  hoursWithFte: (hours: number, fte: number) => `${formatCountOf(hours, 'hour', 'hours')}${fteAfter(fte)}`,
  overWeeks: (weeks: number) => `over the ${formatCountOf(weeks, 'week', 'weeks')} to go-live`,
  /** A shortfall: the hours, then the FTE in brackets from EVEN_FTE up (a small project can be short by less). */
  shortfall: (hours: number, weekly: number, fte: number) => `About ${formatCountOf(hours, 'hour', 'hours')} short (${perWeek(weekly)}${fte < EVEN_FTE ? '' : `, about ${fte.toFixed(1)} FTE`})`,
  surplus: (hours: number, weekly: number, fte: number) => `About ${formatCountOf(hours, 'hour', 'hours')} to spare (${perWeek(weekly)}, about ${fte.toFixed(1)} FTE)`,
  /** Below EVEN_FTE: no FTE figure, the hours only. */
  even: (short: boolean, hours: number, weekly: number) =>
    short
      ? `About even: ${formatCountOf(hours, 'hour', 'hours')} short (${perWeek(weekly)}), so any unplanned work widens the gap`
      : `About even: ${formatCountOf(hours, 'hour', 'hours')} to spare${weekly >= 1 ? ` (${perWeek(weekly)})` : ''}, little room for the unexpected`,
  balanceUnknown: 'Not known until you find out the hours your IT staff can give the project.',
  availableUnknown: 'Not known yet.',
  wisn: (ratio: number) => `WISN ratio ${ratio.toFixed(2)} (below 1 means a shortage)`,
  weeks: (weeks: number) => `${formatCountOf(weeks, 'week', 'weeks')} to go-live`,
  estimatedFor: (sites: number, users: number, interfaces: number) => {
    const parts = [formatCountOf(sites, 'site', 'sites'), formatCountOf(users, 'user', 'users'), ...(interfaces > 0 ? [formatCountOf(interfaces, 'interface', 'interfaces')] : [])];
    return `Estimated for ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}.`;
  },
  hoursBasisUnknown: 'The hours your IT staff can give are not known yet, so none are counted until you find out.',
  hoursBasis: {
    answer: 'Based on the hours a week you said your IT staff can give.',
    none: 'Nobody does IT today, so no IT hours are available.',
  },
  clinicalHeading: 'Clinical time for training and go-live',
  clinicalCaption: 'Estimated staff time for training and the first weeks after go-live, by role',
  clinicalColumns: { role: 'Role', people: 'People', training: 'Training hours', reduced: 'Reduced-schedule hours', total: 'Total hours' },
  clinicalTotal: 'Total',
  estimatedPeople: (people: number) => `about ${people} (estimated)`,
  schedule: (weeks: string) => `Example reduced schedule after go-live: ${weeks}; normal after that.`,
  scheduleWeek: (week: number, share: number) => `week ${week} at ${Math.round(share * 100)}%`,
  // The rows do not hold these hours; the table's total does, which this says.
  superUsers: (count: number, hours: number) =>
    `About ${formatCountOf(count, 'super-user', 'super-users')}, with ${formatCountOf(hours, 'extra training hour', 'extra training hours')} in all${hours > 0 ? ' (in the total)' : ''}.`,
  /** The go-live support line, by the kind of support the estimate counts (goLive.support). */
  support: (kind: 'at-the-elbow' | 'at-the-elbow-per-shift' | 'first-video-visits', count: number) =>
    kind === 'first-video-visits'
      ? 'Someone from IT or the vendor on hand for the first video visits, to help clinicians and patients connect.'
      : `About ${formatCountOf(count, 'person', 'people')} giving support at the elbow${kind === 'at-the-elbow-per-shift' ? ' on each shift' : ''} during go-live${kind === 'at-the-elbow-per-shift' ? ': a hospital goes live around the clock' : ''}.`,
  noGoLive: 'This project does not change how clinical staff work day to day, so no clinical go-live time is estimated.',
  assumptionsHeading: 'Assumptions behind the workload estimate',
  assumptionsInAppendix: 'The assumptions behind these figures, with their sources, are listed in the appendix.',
  exampleFigure: 'example figure',
  consultantHeading: 'Checklist for a consultant contract',
  consultantIntro:
    'From the HRSA Toolbox: the consultant must transfer knowledge to the staff who will run the system, and the contract must define the scope of work, the deliverables and the timelines.',
  sharedHeading: 'Shared IT: what to ask and what to agree',
  sharedFormsHeading: 'Where shared IT can come from',
  sharedAvailable: 'you said you could share with them',
  sharedAskHeading: 'What to ask them',
  sharedAgreeHeading: 'What to agree in writing',
  nextHeading: 'Next steps',
  discussionHeading: 'Questions for the planning meeting',
  sourcesHeading: 'Sources',
  exampleSource: 'example, not a standard',
  appendixHeading: 'Appendix: every answer as given',
  appendixCaption: 'Every question asked, with your answer',
  appendixColumns: { question: 'Question', answer: 'Answer', answeredBy: 'Answered by' },
  /** Under the appendix heading, when one person gave every answer. */
  appendixOneRespondent: (who: WhoAnswered) => (who.respondent ? `Every answer was given by ${who.respondent}.` : 'Every answer was given by the person who filled in the assessment.'),
  appendixRespondentUnnamed: 'You (name not given)',
} as const;
