export const GLOSSARY_TEXT = {
  heading: 'Terms used in this report',
  intro: 'The technical words this report uses, in plain words, in alphabetical order. Where a definition states a fact, its source is named; every source is listed at the end.',
  link: 'Terms used in this report',
  linkOnPaper: ' are explained in plain words at the start of the appendix.',
  source: (publisher: string) => `Source: ${publisher}.`,
} as const;
