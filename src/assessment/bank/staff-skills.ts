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

/**
 * The two skill questions for one role. Their ids are written out where the bank lists them
 * (not built from the role), so a search for an id finds it and a misspelt one is a type error.
 */
function roleQuestions<const CountId extends string, const ComputerId extends string, const SystemId extends string>(value: StaffRole, countId: CountId, computerId: ComputerId, systemId: SystemId) {
  const role = STAFF_ROLES.find((candidate) => candidate.value === value) ?? STAFF_ROLES[0];
  const showIf = [{ question: 'roles-present', in: [role.value] }] as const;
  return [
    {
      id: countId,
      knownBy: 'practice-manager',
      kind: 'number',
      label: `How many ${role.short} will use the new system?`,
      hint: 'Count people, not positions: two part-timers are 2.',
      why: 'The training hours, the super-users and the support at go-live are counted from these head counts, not from an assumed mix. Your office or nursing lead knows them.',
      source: 'super-users',
      showIf,
      min: 1,
      max: 2000,
      integer: true,
      unit: 'people',
      allowDontKnow: true,
    },
    {
      id: computerId,
      kind: 'single',
      label: `How comfortable are your ${role.short} with computers in general?`,
      why: 'The HRSA Toolbox asks how experienced non-technical staff are with technology.',
      source: 'hrsa-toolbox',
      showIf,
      allowDontKnow: true,
      options: COMFORT_SCALE,
    },
    {
      id: systemId,
      kind: 'single',
      label: `How comfortable are your ${role.short} with the kind of system you are implementing?`,
      hint: 'For example an EHR or a video-visit platform, whether this one or a similar one.',
      why: 'Experience with a similar system shortens training and the dip in productivity after go-live.',
      source: 'digital-skills',
      showIf,
      allowDontKnow: true,
      options: SYSTEM_COMFORT_SCALE,
    },
  ] as const;
}

export const STAFF_SKILLS_QUESTIONS = [
  {
    id: 'roles-present',
    knownBy: 'practice-manager',
    kind: 'multi',
    label: 'Which of these roles does your organization have?',
    hint: 'Choose all that apply. We will ask about each one.',
    why: 'The HRSA Toolbox names clerical staff, medical assistants and nurses; providers use the system too.',
    source: 'hrsa-toolbox',
    options: [
      { value: 'clerical', label: STAFF_ROLES[0].label },
      { value: 'medical-assistants', label: STAFF_ROLES[1].label },
      { value: 'nurses', label: STAFF_ROLES[2].label },
      { value: 'providers', label: STAFF_ROLES[3].label, hint: STAFF_ROLES[3].hint },
    ],
  },
  ...roleQuestions('clerical', 'staff-count-clerical', 'skill-computer-clerical', 'skill-system-clerical'),
  ...roleQuestions('medical-assistants', 'staff-count-medical-assistants', 'skill-computer-medical-assistants', 'skill-system-medical-assistants'),
  ...roleQuestions('nurses', 'staff-count-nurses', 'skill-computer-nurses', 'skill-system-nurses'),
  ...roleQuestions('providers', 'staff-count-providers', 'skill-computer-providers', 'skill-system-providers'),
  {
    id: 'nontech-it-tasks',
    knownBy: 'practice-manager',
    kind: 'single',
    label: 'Do non-technical staff already carry IT tasks?',
    hint: 'For example a nurse who resets passwords or an office manager who fixes the printer.',
    why: 'In smaller and rural communities non-technical staff often take on IT tasks, on top of their own work.',
    source: 'hrsa-rural-shared',
    allowDontKnow: true,
    options: [
      { value: 'no', label: 'No' },
      { value: 'small', label: 'Yes, small tasks now and then' },
      { value: 'main', label: 'Yes, they are our main IT support' },
    ],
  },
] as const satisfies readonly QuestionDef[];
