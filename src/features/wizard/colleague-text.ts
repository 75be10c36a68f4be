export const COLLEAGUE_TEXT = {
  title: (organization: string) => `Questions from ${organization}`,
  unnamedOrganization: 'your organization',
  intro: (askedBy: string, count: number, organization: string) =>
    `${askedBy}${askedBy.includes(',') ? ',' : ''} asked you ${count === 1 ? '1 question' : `${count} questions`} for the staffing readiness assessment of ${organization}, before it implements new health IT. The answers they have so far are filled in as a starting point: change whatever is not right. Choose "Don't know" where you are not sure.`,
  someone: 'A colleague',
  forYou: (colleague: string) => `These questions are for ${colleague}.`,
  savedNote: 'Your answers are saved in this browser as you go.',
  errorHeading: (count: number) => (count === 1 ? 'There is 1 question to answer' : `There are ${count} questions to answer`),
  download: 'Download my answers',
  downloadHint: 'Saves a file of your answers to these questions only. Send it back by e-mail or a shared drive.',
  downloaded: (fileName: string, askedBy: string) => `Saved "${fileName}" to your downloads. Send it to ${askedBy}, by e-mail or a shared drive.`,
  changedSince: 'You changed answers after downloading the file: download it again and send the new one.',
  theManager: 'the person who asked you',
  noneTitle: 'No questions to answer here',
  noneText: 'Open the file of questions a colleague sent you on the start page, under "Open a saved file".',
  startLink: 'Go to the start page',
} as const;
