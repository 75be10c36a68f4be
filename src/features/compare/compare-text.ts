import type { ReadinessLevel } from '../../assessment/scoring/gap-report-schema';

const LEVELS: Readonly<Record<ReadinessLevel, string>> = {
  ready: 'Ready',
  'partly-ready': 'Partly ready',
  'not-ready': 'Not ready',
};

export const COMPARE_TEXT = {
  title: 'Compare two assessments',
  intro: "See what changed between two assessments saved in this browser: a baseline and a reassessment six months later, two facilities, or the IT lead's answers and your own.",
  pickerLegend: 'Assessments to compare',
  baselineLabel: 'Baseline',
  baselineHint: 'Usually the earlier assessment.',
  otherLabel: 'Compare with',
  otherHint: "Usually the later assessment, or someone else's answers.",
  optionLabel: (name: string, when: string) => `${name} (last change ${when})`,
  sameChosen: 'You chose the same assessment twice. Choose two different ones to see what changed.',
  tooFewHeading: 'You need two saved assessments to compare',
  tooFewText: 'Duplicate an assessment before you reassess, start a new one for another facility, or open a file a colleague filled in. Then come back here.',
  backToStart: 'Go to your saved assessments',
  identicalHeading: 'No differences',
  identicalText: 'The two assessments have the same answers, so their readiness is the same too.',
  summary: (answers: number, areas: number) =>
    `${answers === 1 ? '1 answer differs' : `${answers} answers differ`}; ${areas === 1 ? '1 readiness level or score differs' : `${areas} readiness levels or scores differ`}.`,
  areasHeading: 'Readiness by area',
  areasCaption: 'Readiness that differs between the two assessments',
  areasNone: 'The readiness of every area and overall is the same in both.',
  areaColumn: 'Area',
  overall: 'Overall readiness',
  answersHeading: 'Changed answers',
  answersIntro: 'Only the questions whose answers differ are listed, step by step. "Not asked" means the question was skipped because of an earlier answer.',
  answersNone: 'Every answer is the same in both.',
  questionColumn: 'Question',
  columnBaseline: (name: string) => `Baseline: ${name}`,
  columnOther: (name: string) => `Compare with: ${name}`,
  level: (level: ReadinessLevel) => LEVELS[level],
  score: (score: number) => `score ${score} of 100`,
  notNeeded: 'Not needed for this project',
} as const;
