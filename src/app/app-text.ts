export const APP_TEXT = {
  skip: 'Skip to main content',
  tagline: 'Health IT staffing assessment',
  home: 'Staffing Readiness home',
  footer: [
    'Based on the HRSA Health IT Toolbox, developed by the Health Resources and Services Administration for health centers and other safety-net and ambulatory care providers. This tool is not affiliated with or endorsed by HRSA.',
    'Your answers never leave this browser.',
  ],
  blockedHeading: 'This browser keeps nothing for this site',
  blockedText:
    'Site data is blocked in this browser, so your answers are kept only while this page is open and are lost when you close it or reload it. Export the assessment as a file before you leave, or allow site data for this site and start again.',
  saveFailedHeading: 'Your last change was not saved',
  readOnlyText: 'The data saved in this browser comes from a newer version of this tool. To protect it, this version does not save changes. Reload the page to get the newer version.',
  updatedElsewhere: 'Your assessments were changed in another tab or window; this page now shows the latest answers.',
  dismiss: 'Dismiss',
  saveFailedExport: 'Export this assessment as a file',
  saveFailedText:
    'This browser refused to store more data (its storage may be full or blocked). Keep this page open and export the assessment as a file so nothing is lost; then free some space or allow storage for this site, and change an answer again.',
  announcePage: (title: string) => `Now on: ${title}`,
  announceSaved: 'Your answers are saved in this browser.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address.',
  notFoundLink: 'Go to the start page',
  updateReloading: 'Loading the latest version of this tool…',
  updateFailedTitle: 'This page could not be loaded',
  updateFailedText:
    'Part of this tool could not be downloaded. A newer version may have been published since you opened this page, or the connection may have dropped. Reload the page to get the latest version. Your answers are saved in this browser and will still be there.',
  pageErrorTitle: 'Something went wrong on this page',
  pageErrorText: 'This page ran into a problem and cannot be shown. Reload the page to try again. Your answers are saved in this browser and will still be there.',
  reloadPage: 'Reload the page',
} as const;
