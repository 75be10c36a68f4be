import type { QuestionDef } from '../bank-schema';
import { COMFORT_SCALE, SYSTEM_COMFORT_SCALE } from './scales';

/** The non-technical roles the HRSA Toolbox names, plus providers who document in the EHR. */
export const STAFF_ROLES = [
  { value: 'clerical', label: 'Clerical and front-desk staff', short: 'clerical and front-desk staff' },
  { value: 'medical-assistants', label: 'Medical assistants', short: 'medical assistants' },
  { value: 'nurses', label: 'Nurses', short: 'nurses' },
  { value: 'providers', label: 'Providers', hint: 'Physicians, nurse practitioners, physician assistants', short: 'providers' },
] as const;

export type StaffRole = (typeof STAFF_ROLES)[number]['value'];

/** Each role's head count: a role counted 0 is one the organization does not have. */
export const ROLE_COUNT_QUESTIONS = {
  clerical: 'staff-count-clerical',
  'medical-assistants': 'staff-count-medical-assistants',
  nurses: 'staff-count-nurses',
  providers: 'staff-count-providers',
} as const satisfies Record<StaffRole, string>;

function roleOf(value: StaffRole) {
  const role = STAFF_ROLES.find((candidate) => candidate.value === value) ?? STAFF_ROLES[0];
  const hint = 'hint' in role ? { hint: role.hint } : {};
  // A role's skills are asked unless its head count says there is nobody in it.
  return { role, showIf: [{ question: ROLE_COUNT_QUESTIONS[value], unless: [0] }] as const, hint };
}

// Each role's questions are rows of the step's three grids (grids.ts). Their ids are written out
// where the bank lists them (not built from the role), so a search for an id finds it and a
// misspelt one is a type error.

// The head counts share one scale, from 0: "other staff" may be nobody, and a role present may
// have nobody who will use this system.
const COUNT_SCALE = { min: 0, max: 2000, integer: true, unit: 'people', allowDontKnow: true } as const;

function countQuestion<const Id extends string>(value: StaffRole, id: Id) {
  const { role, hint } = roleOf(value);
  return {
    id,
    knownBy: 'practice-manager',
    kind: 'number',
    label: `How many ${role.short} will use the new system?`,
    ...hint,
    why: `The ${role.short} are counted in the number of users, and their training hours, super-users and support at go-live are counted from this head count; 0 leaves the role out of the report, and its skills are not asked.`,
    source: 'super-users',
    grid: { id: 'staff-counts', row: role.label },
    ...COUNT_SCALE,
  } as const;
}

function computerQuestion<const Id extends string>(value: StaffRole, id: Id) {
  const { role, showIf, hint } = roleOf(value);
  return {
    id,
    kind: 'single',
    label: `How comfortable are your ${role.short} with computers in general?`,
    ...hint,
    why: 'The HRSA Toolbox asks how experienced non-technical staff are with technology.',
    source: 'hrsa-toolbox',
    showIf,
    grid: { id: 'staff-computer', row: role.label },
    allowDontKnow: true,
    options: COMFORT_SCALE,
  } as const;
}

function systemQuestion<const Id extends string>(value: StaffRole, id: Id) {
  const { role, showIf, hint } = roleOf(value);
  return {
    id,
    kind: 'single',
    label: `How comfortable are your ${role.short} with the kind of system you are implementing?`,
    ...hint,
    why: 'Experience with a similar system shortens training and the dip in productivity after go-live.',
    source: 'digital-skills',
    showIf,
    grid: { id: 'staff-system', row: role.label },
    allowDontKnow: true,
    options: SYSTEM_COMFORT_SCALE,
  } as const;
}

export const STAFF_SKILLS_QUESTIONS = [
  countQuestion('clerical', 'staff-count-clerical'),
  countQuestion('medical-assistants', 'staff-count-medical-assistants'),
  countQuestion('nurses', 'staff-count-nurses'),
  countQuestion('providers', 'staff-count-providers'),
  {
    // Always asked: with the role rows it makes up the number of users (no separate total is asked).
    id: 'staff-count-other',
    knownBy: 'practice-manager',
    kind: 'number',
    label: 'How many other staff, not counted by role, will use the new system?',
    hint: 'Everyone else who will log in, for example billing staff or managers. 0 if nobody else.',
    why: 'Added to the role head counts, they make the number of users, which adds IT hours for accounts and workstation set-up to the estimate; they get no training hours of their own in it.',
    source: 'hrsa-rural-shared',
    grid: { id: 'staff-counts', row: 'Other staff who will log in' },
    ...COUNT_SCALE,
  },
  computerQuestion('clerical', 'skill-computer-clerical'),
  computerQuestion('medical-assistants', 'skill-computer-medical-assistants'),
  computerQuestion('nurses', 'skill-computer-nurses'),
  computerQuestion('providers', 'skill-computer-providers'),
  systemQuestion('clerical', 'skill-system-clerical'),
  systemQuestion('medical-assistants', 'skill-system-medical-assistants'),
  systemQuestion('nurses', 'skill-system-nurses'),
  systemQuestion('providers', 'skill-system-providers'),
] as const satisfies readonly QuestionDef[];
