export const APP_TEXT = {
  skip: 'Skip to main content',
  tagline: 'Health IT staffing assessment',
  home: 'Staffing Readiness home',
  footer: [
    'Based on the HRSA Health IT Toolbox, developed by the Health Resources and Services Administration for health centers and other safety-net and ambulatory care providers. This tool is not affiliated with or endorsed by HRSA.',
    'Your answers never leave this browser.',
  ],
  damagedHeading: (label: string) => `Saved data could not be opened: ${label}`,
  damagedText: (reason: string) =>
    `We could not read this part of the data saved in this browser: ${reason}. It has not been deleted, and your other assessments are not affected. Download it to keep a copy (someone with technical skills may be able to repair it), then delete it here.`,
  damagedDownload: 'Download the damaged data',
  damagedDiscard: 'Delete the damaged data',
  damagedFileName: 'staffing-readiness-saved-data.json',
  saveFailedHeading: 'Your last change was not saved',
  readOnlyText: 'The data saved in this browser comes from a newer version of this tool. To protect it, this version does not save changes. Reload the page to get the newer version.',
  updatedElsewhere: 'Your assessments were changed in another tab or window; this page now shows the latest answers.',
  dismiss: 'Dismiss',
  saveFailedExport: 'Export this assessment as a file',
  saveFailedText: 'This browser refused to store more data (its storage may be full or blocked). Keep this page open and export the assessment as a file so nothing is lost; then free some space or allow storage for this site, and change an answer again.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address.',
  notFoundLink: 'Go to the start page',
} as const;
