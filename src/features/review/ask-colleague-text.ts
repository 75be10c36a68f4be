export const ASK_TEXT = {
  heading: 'Ask a colleague',
  intro:
    'Some answers are best given by the person who knows them. Choose who to ask and the questions to hand over, then download a file for them and send it by e-mail or a shared drive. They open it in Staffing Readiness on their own computer, answer just those questions, and send you back a file of answers, which you merge here.',
  whoLabel: 'Who do you want to ask?',
  whoHint: 'The questions this person usually knows are chosen for you; change the choice below.',
  nameLabel: 'Their name and role',
  nameHint: 'For example: Sam Lee, IT contractor. The report names them beside the answers they give.',
  nameMissing: 'Enter the name and role of the colleague you are asking.',
  questionsLegend: (chosen: number, total: number) => `Questions to send (${chosen} of ${total} chosen)`,
  stepSummary: (title: string, chosen: number, total: number) => `${title}: ${chosen} of ${total} chosen`,
  chosenSummary: (count: number, name: string) =>
    `${count === 1 ? '1 question' : `${count} questions`} chosen${name ? ` for ${name}` : ''}. The file holds only these questions and your answers to them so far.`,
  questionsMissing: 'Choose at least one question to send.',
  errorHeading: (count: number) => (count === 1 ? 'There is a problem' : `There are ${count} problems`),
  download: 'Download the questions for them',
  downloaded: (fileName: string, name: string) => `Saved "${fileName}" to your downloads. Send it to ${name}; when their answers come back, merge them below.`,
  howToSend: (address: string) =>
    `Attach the file to an e-mail or put it on a shared drive, with a line such as: "Please open ${address} in your web browser, choose this file under 'Open a saved file' on the start page, answer the questions and send me back the file it gives you." Nothing is sent from here: the file goes only where you send it.`,
  mergeIntro: 'Has a colleague sent you their answers?',
  mergeLink: "Merge a colleague's answers",
} as const;
