/**
 * The words at the top of every report. Apart from the other results texts: the app's route
 * table shows this title while the results page's code loads, and must not carry all the rest.
 */
export const REPORT_TITLE_TEXT = {
  title: 'Staffing readiness report',
  intro: 'Whether your people can carry your health IT project, from the HRSA Health IT Toolbox personnel questions. Page one is the summary; the rest explains it.',
} as const;
