export const RESULTS_TEXT = {
  title: 'Results',
  notYet: 'The gap report is not built yet',
  notYetText:
    'This version of the tool collects and reviews your answers. The scoring and the printable gap report are being added next; your answers are saved and will be used as soon as they are available.',
  backToReview: 'Back to your answers',
} as const;
