/**
 * The words at the top of every report. Apart from the other results texts: the app's route
 * table shows this title while the results page's code loads, and must not carry all the rest.
 */
export const REPORT_TITLE_TEXT = {
  title: 'Staffing readiness report',
  intro:
    'This report looks at whether your people can carry your health IT project, using the personnel questions of the HRSA Health IT Toolbox. It recommends how to staff the project (in-house, shared IT or a consultant) and says why, rates each area of readiness, turns every gap into an action with an owner and a target date, and estimates the staff time the project needs. Your answers and the sources are at the end.',
} as const;
