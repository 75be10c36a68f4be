import type { Answers } from '../../src/assessment/schema';
import { DONT_KNOW } from '../../src/assessment/schema';

/**
 * Named clinic profiles with the outcome a reviewer expects, worked out by hand from the
 * constants (see docs/scoring.md). If a constant or a rule changes, these fail on purpose.
 */
export type ClinicProfile = {
  name: string;
  answers: Answers;
  expect: {
    primary: 'in-house' | 'shared-it' | 'consultant';
    /** Mix items as "area:provider", in order. */
    mix: string[];
    /** Gaps that must be present, with their severity. */
    gaps: Record<string, 'critical' | 'major' | 'minor'>;
    /** Gap ids (or a pattern) that must be absent. */
    absent: (string | RegExp)[];
    requiredHours: number;
    wisnRatio: number;
    sharedItNamed: boolean;
    provisional: boolean;
    confidence: 'high' | 'medium' | 'low';
    /** 'firm' unless said: 'undecided' when unknown answers would change the approach. */
    status?: 'firm' | 'provisional' | 'undecided';
    /** Reasons (ids) that must be given, and the headline's gist. */
    reasons?: string[];
    headline?: RegExp;
    /** Words a gap's action must hold (the advice that fits the setting). */
    actions?: Record<string, RegExp>;
    /** Conditions (ids) that must be listed, and ones that must not. */
    conditions?: string[];
    absentConditions?: string[];
  };
};

const ALL_ROLES = ['clerical', 'medical-assistants', 'nurses', 'providers'];

function skills(value: string): Answers {
  return Object.fromEntries(
    ALL_ROLES.flatMap((role) => [
      [`skill-computer-${role}`, value],
      [`skill-system-${role}`, value],
    ]),
  );
}

function counts(value: string): Answers {
  return Object.fromEntries(ALL_ROLES.map((role) => [`staff-count-${role}`, value]));
}

/** A single-site health center that is ready on every count; the other profiles change parts of it. */
export const STRONG_BASE: Answers = {
  'org-name': 'Valley Health Center',
  'org-type': 'health-center',
  'facility-count': 1,
  rural: 'no',
  'project-scope': ['new-ehr'],
  hosting: 'own-servers',
  'site-internet': 'reliable',
  'go-live': '6-12',
  'it-who': ['dedicated'],
  'it-people': 'two-plus',
  'exp-technology': 'expert',
  'exp-installation': 'expert',
  'exp-networking': 'expert',
  'exp-interfacing': 'expert',
  'exp-security': 'expert',
  'it-routine-load': 'under-50',
  'it-project-hours': 20,
  'no-hiring-feasible': 'yes',
  'planned-hiring': 'none',
  // 20 users: 6 at the front desk, 5 medical assistants, 4 nurses, 5 providers, nobody else.
  'staff-count-clerical': 6,
  'staff-count-medical-assistants': 5,
  'staff-count-nurses': 4,
  'staff-count-providers': 5,
  'staff-count-other': 0,
  ...skills('proficient'),
  'nontech-it-tasks': 'no',
  'soft-exam-room': 'well',
  'soft-training': 'yes',
  'clinical-load': 'reduced',
  rollout: 'gradual-site',
  'existing-workflows': 'yes',
  'project-lead': 'protected',
  'clinical-champion': 'yes',
  'super-users': 'yes',
  'outside-budget': 'yes',
  'prefer-temporary': 'no-preference',
  'shared-it-access': ['none'],
  'consultant-relationship': 'none',
};

const EXPERT_EXCEPT_SCOPE = { rural: 'no', 'interface-count': 4 };

export const PROFILES: ClinicProfile[] = [
  {
    // 160+4 / 80+8 / 40 / 40 / 24+2 = 358 hours; nobody to give them.
    name: 'rural single-site clinic with nobody doing IT',
    answers: {
      ...STRONG_BASE,
      'org-type': 'rural-health-clinic',
      rural: 'yes',
      // 8 users: 7 by role and one office manager.
      'staff-count-other': 1,
      'staff-count-clerical': 3,
      'staff-count-medical-assistants': 2,
      'staff-count-providers': 2,
      'it-who': ['nobody'],
      'no-hiring-feasible': 'no',
      'staff-count-nurses': 0,
      'nontech-it-tasks': 'small',
      'outside-budget': 'some',
      'shared-it-access': ['rec'],
    },
    expect: {
      primary: 'shared-it',
      mix: [],
      gaps: { 'no-it-staff': 'critical', 'no-hiring-feasible': 'major' },
      absent: [/^expertise$|^find-out-experience$/, 'it-capacity-shortfall'],
      requiredHours: 358,
      wisnRatio: 0,
      sharedItNamed: true,
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // Replacement + 3 interfaces, 4 sites, 60 users: 174 + 168 + 96 + 260 + 59 = 757 hours; 40 h/week x 52 x 0.88 = 1830 (over 12 months, planned as 52 weeks).
    name: 'multi-site health center with an experienced IT team with spare hours',
    answers: {
      ...STRONG_BASE,
      'facility-count': 4,
      'staff-count-clerical': 18,
      'staff-count-medical-assistants': 15,
      'staff-count-nurses': 12,
      'staff-count-providers': 15,
      'project-scope': ['ehr-replacement', 'interfaces'],
      'interface-count': 3,
      'go-live': 'over-12',
      'it-routine-load': '50-75',
      'it-project-hours': 40,
      'shared-it-access': ['hccn'],
    },
    expect: {
      primary: 'in-house',
      mix: [],
      gaps: {},
      absent: [/^expertise$|^find-out-experience$/, 'it-capacity-shortfall', 'clinical-load', 'rollout'],
      requiredHours: 757,
      wisnRatio: 2.42,
      // Shared IT is within reach but not part of the answer: a reason says why it came second.
      sharedItNamed: false,
      reasons: ['shared-second'],
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // 30 users: 175 + 110 + 40 + 40 + 31.5 = 396.5 hours; 4 h/week x 13 x 0.88 = 45.8 (3-6 months planned as 13 weeks, the short end).
    name: 'experienced but overloaded IT with access to an HCCN',
    answers: {
      ...STRONG_BASE,
      'staff-count-clerical': 9,
      'staff-count-medical-assistants': 8,
      'staff-count-nurses': 6,
      'staff-count-providers': 7,
      'go-live': '3-6',
      'it-routine-load': 'over-90',
      'it-project-hours': 4,
      'no-hiring-feasible': 'with-help',
      'shared-it-access': ['hccn'],
    },
    expect: {
      primary: 'shared-it',
      mix: [],
      // The routine load and "only with some outside help" say the same as the shortfall: one gap.
      gaps: { 'it-capacity-shortfall': 'critical' },
      absent: [/^expertise$|^find-out-experience$/, 'it-routine-load', 'no-hiring-feasible'],
      requiredHours: 397,
      wisnRatio: 0.12,
      sharedItNamed: true,
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // 25 users, 4 interfaces: 172.5 + 105 + 40 + 280 + 38.25 = 635.75 hours; 30 x 26 x 0.88 = 686.4 (6-12 months planned as 26 weeks).
    name: 'IT with time but no interfacing experience',
    answers: {
      ...STRONG_BASE,
      ...EXPERT_EXCEPT_SCOPE,
      'staff-count-clerical': 8,
      'staff-count-medical-assistants': 6,
      'staff-count-nurses': 5,
      'staff-count-providers': 6,
      'project-scope': ['new-ehr', 'interfaces'],
      'exp-interfacing': 'none',
      'it-project-hours': 30,
    },
    expect: {
      primary: 'in-house',
      mix: ['interfacing:consultant'],
      gaps: { expertise: 'major' },
      absent: ['it-capacity-shortfall'],
      requiredHours: 636,
      wisnRatio: 1.08,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // 170 + 100 + 40 + 40 + 29 = 379 hours; 20 x 26 x 0.88 = 457.6 (ratio 1.21).
    name: 'everything strong',
    answers: STRONG_BASE,
    expect: {
      primary: 'in-house',
      mix: [],
      gaps: {},
      absent: [/./],
      requiredHours: 379,
      wisnRatio: 1.21,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // 12 users: 166 + 92 + 40 + 40 + 27 = 365 hours; 2 x 8 x 0.88 = 14.1 (under 3 months planned as 8 weeks).
    name: 'everything weak',
    answers: {
      ...STRONG_BASE,
      'org-type': 'private-practice',
      rural: 'yes',
      'staff-count-clerical': 4,
      'staff-count-medical-assistants': 3,
      'staff-count-nurses': 2,
      'staff-count-providers': 3,
      'go-live': 'under-3',
      'it-who': ['side'],
      'it-people': 'one',
      'site-internet': 'unreliable',
      'exp-technology': 'none',
      'exp-installation': 'none',
      'exp-networking': 'none',
      'exp-interfacing': 'none',
      'exp-security': 'none',
      'it-routine-load': 'over-90',
      'it-project-hours': 2,
      'no-hiring-feasible': 'no',
      'planned-hiring': 'undecided',
      ...skills('none'),
      'nontech-it-tasks': 'main',
      'soft-exam-room': 'not-yet',
      'soft-training': 'no',
      'clinical-load': 'full',
      rollout: 'all-at-once',
      'existing-workflows': 'no',
      'project-lead': 'no',
      'clinical-champion': 'no',
      'super-users': 'no',
      'outside-budget': 'none',
    },
    expect: {
      primary: 'consultant',
      mix: [],
      gaps: {
        'clinical-load': 'critical',
        rollout: 'major',
        'it-side-only': 'major',
        'it-capacity-shortfall': 'critical',
        expertise: 'critical',
        'no-outside-budget': 'major',
        'staff-computer': 'major',
        'site-internet': 'major',
      },
      // One person doing IT on the side, who is the main IT support: one gap, "IT is done on the side".
      absent: [/^find-out-/, 'it-people', 'nontech-it-tasks'],
      requiredHours: 365,
      wisnRatio: 0.04,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // Users unknown: 25 assumed, 172.5 + 105 + 40 + 40 + 30.25 = 387.75 hours; FTE and hours unknown: none counted.
    name: 'all "don\'t know"',
    answers: {
      'org-type': 'other',
      'facility-count': 1,
      rural: DONT_KNOW,
      'project-scope': ['new-ehr'],
      hosting: DONT_KNOW,
      'site-internet': DONT_KNOW,
      'go-live': 'not-set',
      'it-who': ['dedicated'],
      'it-people': DONT_KNOW,
      'exp-technology': DONT_KNOW,
      'exp-installation': DONT_KNOW,
      'exp-networking': DONT_KNOW,
      'exp-interfacing': DONT_KNOW,
      'exp-security': DONT_KNOW,
      'it-routine-load': DONT_KNOW,
      'it-project-hours': DONT_KNOW,
      'no-hiring-feasible': DONT_KNOW,
      'planned-hiring': 'undecided',
      ...counts(DONT_KNOW),
      'staff-count-other': DONT_KNOW,
      ...skills(DONT_KNOW),
      'nontech-it-tasks': DONT_KNOW,
      'soft-exam-room': DONT_KNOW,
      'soft-training': DONT_KNOW,
      'clinical-load': 'undecided',
      rollout: 'undecided',
      'existing-workflows': DONT_KNOW,
      'project-lead': 'on-top',
      'clinical-champion': 'planned',
      'super-users': 'planned',
      'outside-budget': DONT_KNOW,
      'prefer-temporary': DONT_KNOW,
      'shared-it-access': [DONT_KNOW],
      'consultant-relationship': 'none',
    },
    expect: {
      primary: 'consultant',
      mix: ['system-setup:consultant', 'installation:consultant', 'networking:consultant', 'interfacing:consultant', 'security:consultant'],
      gaps: {
        'find-out-experience': 'major',
        // The two IT-time questions are one thing to find out; the minor unknowns are one list.
        'find-out-it-hours': 'major',
        'find-out-others': 'minor',
        'clinical-load': 'major',
        rollout: 'major',
        'go-live-date': 'minor',
      },
      // No shortfall gap: the hours are unknown, so the gap is to find them out.
      absent: [/^expertise$/, 'no-outside-budget', 'it-capacity-shortfall'],
      requiredHours: 388,
      wisnRatio: 0,
      sharedItNamed: false,
      provisional: false,
      confidence: 'low',
      status: 'undecided',
      reasons: ['capacity-unknown', 'expertise-lacking'],
    },
  },
  {
    // Telehealth only, 6 users: 43 + 30 + 24 + 9.5 = 106.5 hours; 10 x 13 x 0.88 = 114.4 (ratio 1.07).
    name: 'small practice adding telehealth, IT done on the side by an experienced office manager',
    answers: {
      ...STRONG_BASE,
      'org-type': 'private-practice',
      'staff-count-clerical': 2,
      'staff-count-medical-assistants': 1,
      'staff-count-nurses': 1,
      'staff-count-providers': 2,
      'project-scope': ['telehealth'],
      'go-live': '3-6',
      'it-who': ['side'],
      'exp-technology': 'experienced',
      'exp-installation': 'experienced',
      'exp-networking': 'experienced',
      'exp-security': 'experienced',
      'it-project-hours': 10,
      'soft-telehealth': 'comfortable',
      'patient-internet': 'most',
    },
    expect: {
      primary: 'in-house',
      mix: [],
      gaps: { 'it-side-only': 'major' },
      absent: ['it-capacity-shortfall', /^expertise$|^find-out-experience$/],
      requiredHours: 107,
      wisnRatio: 1.07,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // Three sites, 30 users: 191 + 142 + 88 + 40 + 39.5 = 500.5 hours; 4 x 13 x 0.88 = 45.8.
    name: 'overloaded IT at a three-site organization that prefers temporary help',
    answers: {
      ...STRONG_BASE,
      'facility-count': 3,
      'staff-count-clerical': 9,
      'staff-count-medical-assistants': 8,
      'staff-count-nurses': 6,
      'staff-count-providers': 7,
      'go-live': '3-6',
      'it-routine-load': 'over-90',
      'it-project-hours': 4,
      'prefer-temporary': 'temporary',
      'shared-it-access': ['hccn', 'msp'],
    },
    expect: {
      primary: 'consultant',
      mix: [],
      gaps: { 'it-capacity-shortfall': 'critical' },
      absent: [/^expertise$|^find-out-experience$/],
      requiredHours: 501,
      wisnRatio: 0.09,
      // Shared IT is within reach but not part of the answer: a reason says why it came second.
      sharedItNamed: false,
      reasons: ['shared-second'],
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // 30 users, 52 weeks: 396.5 hours needed; 4 x 52 x 0.88 = 183 available, a shortfall of 0.1 FTE.
    name: 'short of hours, prefers hiring, go-live in over a year',
    answers: {
      ...STRONG_BASE,
      'staff-count-clerical': 9,
      'staff-count-medical-assistants': 8,
      'staff-count-nurses': 6,
      'staff-count-providers': 7,
      'go-live': 'over-12',
      'it-routine-load': '75-90',
      'it-project-hours': 4,
      'prefer-temporary': 'hire',
      'planned-hiring': 'permanent',
    },
    expect: {
      primary: 'in-house',
      mix: ['capacity:hire'],
      gaps: { 'it-capacity-shortfall': 'critical' },
      absent: [/^expertise$|^find-out-experience$/, 'it-routine-load'],
      requiredHours: 397,
      wisnRatio: 0.46,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // Same hours as "everything strong"; three support areas only partly known to the team.
    name: 'IT with hours but little experience in three areas, member of an HCCN',
    answers: {
      ...STRONG_BASE,
      'exp-technology': 'some',
      'exp-installation': 'some',
      'exp-networking': 'none',
      'shared-it-access': ['hccn'],
    },
    expect: {
      primary: 'shared-it',
      mix: ['system-setup:shared-it', 'installation:shared-it', 'networking:shared-it'],
      // Three areas, one cause: one gap at the most severe of their severities.
      gaps: { expertise: 'major' },
      absent: ['it-capacity-shortfall'],
      requiredHours: 379,
      wisnRatio: 1.21,
      sharedItNamed: true,
      provisional: false,
      confidence: 'high',
    },
  },
  {
    // Nothing answered: a first EHR for one site of 25 users is assumed (388 hours) and nobody to do it.
    name: 'nothing answered yet',
    answers: {},
    expect: {
      primary: 'consultant',
      mix: [],
      gaps: { 'assessment-incomplete': 'major' },
      absent: ['no-it-staff'],
      requiredHours: 388,
      wisnRatio: 0,
      sharedItNamed: false,
      provisional: true,
      confidence: 'low',
      status: 'undecided',
      reasons: ['it-who-unknown'],
    },
  },
  {
    // STRONG_BASE: 344 + 20 users x 1.75 = 379 hours; 20 h/week x 26 x 0.88 = 458 (ratio 1.21).
    // HRSA: a consultant may be engaged for business considerations that prefer temporary staff.
    name: 'strong IT that prefers temporary help for the project',
    answers: { ...STRONG_BASE, 'prefer-temporary': 'temporary' },
    expect: {
      primary: 'consultant',
      mix: [],
      gaps: {},
      absent: ['it-capacity-shortfall', /^expertise$|^find-out-experience$/],
      requiredHours: 379,
      wisnRatio: 1.21,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
      reasons: ['prefer-temporary', 'expertise-strong', 'capacity-enough'],
      headline: /^Engage a consultant for the extra work this project brings/,
      conditions: ['knowledge-transfer', 'contract-scope', 'reputable-source'],
    },
  },
  {
    // The hours are there (ratio 1.21), but the manager expects to need outside help: believe them.
    name: 'strong IT, but the manager expects to need some outside help',
    answers: { ...STRONG_BASE, 'no-hiring-feasible': 'with-help' },
    expect: {
      primary: 'consultant',
      mix: [],
      gaps: { 'no-hiring-feasible': 'minor' },
      absent: ['it-capacity-shortfall'],
      requiredHours: 379,
      wisnRatio: 1.21,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
      reasons: ['with-help'],
      headline: /^Bring in a consultant for what your IT staff cannot cover/,
    },
  },
  {
    // As the first profile (358 hours, nobody to give them), with a consultant already engaged.
    name: 'rural health clinic with nobody doing IT and a consultant already engaged',
    answers: {
      ...STRONG_BASE,
      'org-type': 'rural-health-clinic',
      rural: 'yes',
      // 8 users: 7 by role and one office manager.
      'staff-count-other': 1,
      'staff-count-clerical': 3,
      'staff-count-medical-assistants': 2,
      'staff-count-providers': 2,
      'it-who': ['nobody'],
      'no-hiring-feasible': 'no',
      'staff-count-nurses': 0,
      'outside-budget': 'some',
      'consultant-relationship': 'current',
    },
    expect: {
      primary: 'consultant',
      mix: [],
      gaps: { 'no-it-staff': 'critical' },
      absent: [/^expertise$|^find-out-experience$/, 'it-capacity-shortfall'],
      requiredHours: 358,
      wisnRatio: 0,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
      // Nobody does IT: the consultant hands over to a staff member the clinic names, not to an IT team it does not have.
      conditions: ['existing-consultant', 'knowledge-owner', 'contract-scope'],
      absentConditions: ['reputable-source', 'knowledge-transfer'],
    },
  },
  {
    // 379 hours; the contractor can give 10 h/week: 10 x 26 x 0.88 = 229 (ratio 0.60, a major shortfall).
    name: 'a contractor is the only IT, with a managed IT service in reach',
    answers: { ...STRONG_BASE, 'it-who': ['contractor'], 'it-project-hours': 10, 'shared-it-access': ['msp'] },
    expect: {
      primary: 'in-house',
      mix: [],
      gaps: { 'it-capacity-shortfall': 'major' },
      absent: [/^expertise$|^find-out-experience$/],
      requiredHours: 379,
      wisnRatio: 0.6,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
      reasons: ['contractor-counts', 'capacity-short'],
      headline: /^Add the project hours to the IT contract/,
    },
  },
  {
    // An experienced team whose hours nobody knows: with the hours it is in-house, without them
    // it is outside help, so the report does not decide; it asks for about 379 / (26 x 0.88) = 17 h/week.
    name: 'experienced IT team whose hours nobody knows yet',
    answers: { ...STRONG_BASE, 'it-project-hours': DONT_KNOW },
    expect: {
      primary: 'consultant',
      mix: [],
      gaps: { 'find-out-it-hours': 'major' },
      absent: ['it-capacity-shortfall', 'find-out-it-project-hours'],
      requiredHours: 379,
      wisnRatio: 0,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
      status: 'undecided',
      reasons: ['capacity-unknown', 'expertise-strong'],
      headline: /find out how many hours a week your IT staff can give the project \(it needs about 17 hours a week\)/,
    },
  },
  {
    // Replacement at an 80-user hospital: (308 + 80 x 1.75) x 1.25 (a hospital) = 560 hours;
    // 25 h/week x 26 x 0.88 = 572 available (ratio 1.02).
    // It goes live day and night, often on one day: cover around the clock, and a staged go-live.
    name: 'critical access hospital replacing its EHR in one go-live',
    answers: {
      ...STRONG_BASE,
      'org-type': 'critical-access-hospital',
      rural: 'yes',
      'it-project-hours': 25,
      'staff-count-clerical': 15,
      'staff-count-medical-assistants': 10,
      'staff-count-nurses': 35,
      'staff-count-providers': 20,
      'project-scope': ['ehr-replacement'],
      rollout: 'all-at-once',
    },
    expect: {
      primary: 'in-house',
      mix: [],
      gaps: { 'around-the-clock': 'major', rollout: 'major' },
      absent: [/^expertise$/, 'it-capacity-shortfall'],
      requiredHours: 560,
      wisnRatio: 1.02,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
      actions: { rollout: /unit by unit/, 'around-the-clock': /nights and weekends/ },
    },
  },
  {
    // Vendor-hosted first EHR, 6 users: 163 x 0.75 + 86 x 0.5 + 40 + 40 + 25.5 x 0.5 = 258 hours;
    // the contractor gives 6 h/week x 13 x 0.88 = 69 (ratio 0.27). More contracted hours, and the vendor's part in writing.
    name: 'small private practice on a vendor-hosted EHR, with one contractor',
    answers: {
      ...STRONG_BASE,
      'org-type': 'private-practice',
      'staff-count-clerical': 2,
      'staff-count-medical-assistants': 2,
      'staff-count-providers': 2,
      hosting: 'vendor-hosted',
      'go-live': '3-6',
      'it-who': ['contractor'],
      'it-people': 'one',
      'it-project-hours': 6,
      'staff-count-nurses': 0,
    },
    expect: {
      primary: 'in-house',
      mix: [],
      gaps: { 'it-capacity-shortfall': 'critical', 'it-people': 'major' },
      absent: [/^expertise$/],
      requiredHours: 258,
      wisnRatio: 0.27,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
      reasons: ['contractor-counts', 'vendor-leans', 'capacity-short'],
      headline: /^Add the project hours to the IT contract/,
    },
  },
  {
    // STRONG_BASE whose IT staff are helped by office staff who, in fact, carry most of the IT:
    // the hours add up (ratio 1.21), but the project would land on people with another job.
    name: 'own IT staff, with office staff doing IT on the side as the main support',
    answers: { ...STRONG_BASE, 'it-who': ['dedicated', 'side'], 'nontech-it-tasks': 'main' },
    expect: {
      primary: 'in-house',
      mix: [],
      gaps: { 'nontech-it-tasks': 'major' },
      absent: ['it-capacity-shortfall', 'it-side-only'],
      requiredHours: 379,
      wisnRatio: 1.21,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
      actions: { 'nontech-it-tasks': /Relieve them of part of their usual work/ },
    },
  },
  {
    // STRONG_BASE with one IT person: the hours add up (ratio 1.21), but one illness stops the project.
    name: 'one experienced IT person with the hours',
    answers: { ...STRONG_BASE, 'it-people': 'one' },
    expect: {
      primary: 'in-house',
      mix: [],
      gaps: { 'it-people': 'major' },
      absent: ['it-capacity-shortfall'],
      requiredHours: 379,
      wisnRatio: 1.21,
      sharedItNamed: false,
      provisional: false,
      confidence: 'high',
      actions: { 'it-people': /backup.*runbooks/ },
    },
  },
];
