export const APP_TEXT = {
  skip: 'Skip to main content',
  tagline: 'Health IT staffing assessment',
  home: 'Staffing Readiness home',
  footer: [
    'Based on the HRSA Health IT Toolbox, developed by the Health Resources and Services Administration for health centers and other safety-net and ambulatory care providers. This tool is not affiliated with or endorsed by HRSA.',
    'Your answers never leave this browser.',
  ],
  damagedHeading: 'Your saved answers could not be opened',
  damagedText: (reason: string) =>
    `We could not read the answers saved in this browser: ${reason}. They have not been deleted: download them to keep a copy, then start fresh.`,
  damagedDownload: 'Download the saved data',
  damagedDismiss: 'Start fresh',
  damagedFileName: 'staffing-readiness-saved-data.json',
  saveFailedHeading: 'Your last change was not saved',
  saveFailedText: 'This browser refused to store more data (its storage may be full or blocked). Keep this page open, free some space or allow storage for this site, then change an answer again.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address.',
  notFoundLink: 'Go to the start page',
} as const;
