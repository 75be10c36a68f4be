export const DAMAGED_TEXT = {
  damagedHeading: (label: string) => `Saved data could not be opened: ${label}`,
  damagedReason: {
    'not-json': 'it is not readable as it is (it may have been cut short, or edited by hand)',
    'not-an-assessment': 'it does not hold an assessment of this tool',
  },
  damagedText: (reason: string) =>
    `We could not open this part of the data saved in this browser: ${reason}. It has not been deleted, and your other assessments are not affected. Try "Recover what can be read"; download it to keep a copy (the file can be opened here later), then delete it here.`,
  newerHeading: (label: string) => `Saved by a newer version: ${label}`,
  newerText: 'This assessment was saved by a newer version of this tool, which this version cannot read. It is kept as it is. Reload the page to get the newer version.',
  partlyHeading: (label: string) => `Part of "${label}" could not be read`,
  partlyText:
    'These parts did not fit and were left out; the rest of the assessment is open as usual. A copy of the data as it was is kept in this browser: download it to keep it (the file can be opened here later to bring back what can be read), then delete the copy here.',
  partlyItem: (where: string, problem: string) => `${where} ${problem}`,
  damagedDownload: 'Download a copy',
  damagedRecover: 'Recover what can be read',
  damagedDiscard: 'Delete it here',
  partlyDiscard: 'Delete the copy',
  damagedFileSuffix: 'saved-data',
  recoveredHeading: (name: string) => `Recovered: "${name}" is now in your saved assessments`,
  recoveredLeftOut: 'Left out because they could not be read:',
  recoverFailedHeading: 'Nothing could be recovered',
} as const;
