import { describe, expect, test } from 'vitest';
import { NOT_ASKED_LABEL, compareAssessments } from '../../src/assessment/compare';
import { DONT_KNOW_LABEL, NOT_ANSWERED_LABEL } from '../../src/assessment/format';
import type { Answers } from '../../src/assessment/schema';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { FULL_PROFILE } from '../helpers/full-profile';
import { PROFILES } from './profiles';

/** FULL_PROFILE with some answers replaced (undefined removes one). */
function variant(changes: Record<string, Answers[string] | undefined>): Answers {
  const answers: Answers = { ...FULL_PROFILE };
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete answers[id];
    else answers[id] = value;
  }
  return answers;
}

type AnswerCase = {
  name: string;
  a: Answers;
  b: Answers;
  /** The changed answers expected, as [question id, shown in A, shown in B], in wizard order. */
  expected: [string, string, string][];
};

const ANSWER_CASES: AnswerCase[] = [
  { name: 'identical answers', a: FULL_PROFILE, b: { ...FULL_PROFILE }, expected: [] },
  { name: 'the same boxes ticked in another order', a: FULL_PROFILE, b: variant({ 'project-scope': ['interfaces', 'telehealth', 'new-ehr'] }), expected: [] },
  { name: 'text that differs only in surrounding spaces', a: FULL_PROFILE, b: variant({ 'org-name': '  Valley Community Health ' }), expected: [] },
  { name: 'an answer to a question the bank does not have', a: FULL_PROFILE, b: variant({ 'retired-question': 'yes' }), expected: [] },
  {
    name: 'a skipped question answered differently in both (stale answers are not compared)',
    a: variant({ 'staff-count-medical-assistants': 0, 'staff-count-nurses': 0, 'staff-count-providers': 0, 'skill-computer-nurses': 'none' }),
    b: variant({ 'staff-count-medical-assistants': 0, 'staff-count-nurses': 0, 'staff-count-providers': 0, 'skill-computer-nurses': 'teach' }),
    expected: [],
  },
  {
    name: 'one choice changed',
    a: FULL_PROFILE,
    b: variant({ 'exp-technology': 'expert' }),
    expected: [['exp-technology', 'Some experience', 'Has led this before']],
  },
  {
    name: 'a number changed, shown with its unit',
    a: FULL_PROFILE,
    b: variant({ 'it-project-hours': 20 }),
    expected: [['it-project-hours', '10 hours a week', '20 hours a week']],
  },
  {
    name: '"Don\'t know" against a real answer',
    a: FULL_PROFILE,
    b: variant({ 'exp-security': 'experienced' }),
    expected: [['exp-security', DONT_KNOW_LABEL, 'Experienced']],
  },
  {
    name: 'an answer left out in one',
    a: variant({ 'clinical-load': undefined }),
    b: FULL_PROFILE,
    expected: [['clinical-load', NOT_ANSWERED_LABEL, 'No, schedules will be reduced for training and the first weeks']],
  },
  {
    name: 'a branch asked only in one: its questions show "Not asked" in the other',
    a: variant({ 'project-scope': ['new-ehr', 'telehealth'], 'interface-count': undefined }),
    b: FULL_PROFILE,
    expected: [
      [
        'project-scope',
        'A first electronic health record (EHR); Telehealth (video visits or remote consultations)',
        'A first electronic health record (EHR); Telehealth (video visits or remote consultations); Interfaces to other systems',
      ],
      ['interface-count', NOT_ASKED_LABEL, '3 interfaces'],
    ],
  },
  {
    name: 'a question asked in one but answered in neither is no change',
    a: variant({ 'project-scope': ['new-ehr'], 'interface-count': undefined }),
    b: variant({ 'project-scope': ['new-ehr', 'interfaces'], 'interface-count': undefined }),
    expected: [['project-scope', 'A first electronic health record (EHR)', 'A first electronic health record (EHR); Interfaces to other systems']],
  },
  {
    name: 'changes in several steps come in wizard order',
    a: FULL_PROFILE,
    b: variant({ 'super-users': 'no', 'org-name': 'Valley CHC', 'soft-telehealth': 'skilled' }),
    expected: [
      ['org-name', 'Valley Community Health', 'Valley CHC'],
      ['soft-telehealth', 'They have never done a video visit', 'Skilled: patients say it feels like an in-person visit'],
      ['super-users', 'Planned, not chosen yet', 'No'],
    ],
  },
];

describe('compareAssessments: answers', () => {
  test.each(ANSWER_CASES)('$name', ({ a, b, expected }) => {
    const changes = compareAssessments(a, b).answers;
    expect(changes.map((change) => [change.questionId, change.a, change.b])).toEqual(expected);
  });

  test('each change names its step and the question as the wizard asks it', () => {
    const [change] = compareAssessments(FULL_PROFILE, variant({ 'exp-technology': 'expert' })).answers;
    expect(change).toEqual({
      questionId: 'exp-technology',
      stepId: 'it-staff',
      stepTitle: 'IT staff and their experience',
      label: 'How experienced are the people who do your IT with this type of technology?',
      a: 'Some experience',
      b: 'Has led this before',
    });
  });

  test('comparing B with A mirrors comparing A with B', () => {
    const b = variant({ 'exp-technology': 'expert', 'project-scope': ['new-ehr'], 'it-project-hours': 30 });
    const forward = compareAssessments(FULL_PROFILE, b);
    const backward = compareAssessments(b, FULL_PROFILE);
    expect(backward.answers.map((change) => [change.questionId, change.b, change.a])).toEqual(forward.answers.map((change) => [change.questionId, change.a, change.b]));
    expect(backward.areas.map((area) => [area.areaId, area.b, area.a])).toEqual(forward.areas.map((area) => [area.areaId, area.a, area.b]));
  });
});

const EXPERT_IT = variant({ 'exp-technology': 'expert', 'exp-installation': 'expert', 'exp-networking': 'expert', 'exp-interfacing': 'expert', 'exp-security': 'expert' });

type AreaCase = {
  name: string;
  a: Answers;
  b: Answers;
  /** Areas expected to change, with their level in A and in B. */
  expected: [string, string, string][];
  overallChanges: boolean;
};

const AREA_CASES: AreaCase[] = [
  { name: 'identical answers', a: FULL_PROFILE, b: FULL_PROFILE, expected: [], overallChanges: false },
  { name: 'a change of name only', a: FULL_PROFILE, b: variant({ 'org-name': 'Another name' }), expected: [], overallChanges: false },
  { name: 'IT staff who have led this before', a: FULL_PROFILE, b: EXPERT_IT, expected: [['it-expertise', 'not-ready', 'ready']], overallChanges: true },
  { name: 'IT staff who have led this before, the other way round', a: EXPERT_IT, b: FULL_PROFILE, expected: [['it-expertise', 'ready', 'not-ready']], overallChanges: true },
];

describe('compareAssessments: readiness', () => {
  test.each(AREA_CASES)('$name', ({ a, b, expected, overallChanges }) => {
    const comparison = compareAssessments(a, b);
    expect(comparison.areas.map((area) => [area.areaId, area.a.level, area.b.level])).toEqual(expected);
    expect(comparison.overall !== null).toBe(overallChanges);
  });

  test('an area that changed carries its title and rounded scores from the report', () => {
    const [area] = compareAssessments(FULL_PROFILE, EXPERT_IT).areas;
    expect(area?.title).toBe('IT expertise for this project');
    expect(Number.isInteger(area?.a.score)).toBe(true);
    expect(area?.a.score).toBeLessThan(area?.b.score ?? 0);
    expect(area?.b).toMatchObject({ level: 'ready', applicable: true });
  });

  test('"identical" holds exactly when nothing differs', () => {
    expect(compareAssessments(FULL_PROFILE, { ...FULL_PROFILE }).identical).toBe(true);
    expect(compareAssessments({}, {}).identical).toBe(true);
    expect(compareAssessments(FULL_PROFILE, variant({ 'org-name': 'Another name' })).identical).toBe(false);
    expect(compareAssessments(FULL_PROFILE, EXPERT_IT).identical).toBe(false);
  });
});

describe('the recommendation of each', () => {
  // The profiles' expected approach is written by hand in profiles.ts, not computed here.
  const expectedApproach = (profile: (typeof PROFILES)[number]) => (profile.expect.status === 'undecided' ? 'undecided' : profile.expect.primary);
  const pairs = PROFILES.flatMap((a) => PROFILES.filter((b) => b !== a).map((b) => [a.name, b.name, a, b] as const)).slice(0, 120);

  test.each(pairs)('%s against %s: changed when the profiles expect different approaches', (_a, _b, a, b) => {
    const { recommendation } = compareAssessments(a.answers, b.answers);
    expect(recommendation.changed).toBe(expectedApproach(a) !== expectedApproach(b));
    expect(recommendation.a.approach).toBe(expectedApproach(a));
  });

  test('the same advice in other words is no change', () => {
    const profile = PROFILES.find((candidate) => candidate.expect.primary === 'consultant' && candidate.expect.status !== 'undecided');
    if (!profile) throw new Error('no consultant profile');
    const comparison = compareAssessments(profile.answers, { ...profile.answers, 'org-name': 'Renamed clinic' });
    expect(comparison.recommendation.changed).toBe(false);
    expect(comparison.recommendation.b.approach).toBe('consultant');
  });

  test('a recommendation that turns from undecided to decided is a change, even with the same cautious approach', () => {
    const unknown = PROFILES.find((profile) => profile.expect.status === 'undecided');
    if (!unknown) throw new Error('no undecided profile');
    const known = { ...unknown.answers, 'it-project-hours': 2, 'it-routine-load': 'over-90' };
    const report = scoreAssessment(known);
    expect(report.recommendation.status).not.toBe('undecided');
    const comparison = compareAssessments(unknown.answers, known);
    expect(comparison.recommendation.changed).toBe(true);
    expect(comparison.identical).toBe(false);
  });
});
