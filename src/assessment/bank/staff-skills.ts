import type { QuestionInput } from '../schema';
import { COMFORT_SCALE } from './scales';

/** The non-technical roles the HRSA Toolbox names, plus providers who document in the EHR. */
export const STAFF_ROLES = [
  { value: 'clerical', label: 'Clerical and front-desk staff', short: 'clerical and front-desk staff' },
  { value: 'medical-assistants', label: 'Medical assistants', short: 'medical assistants' },
  { value: 'nurses', label: 'Nurses', short: 'nurses' },
  { value: 'providers', label: 'Providers', hint: 'Physicians, nurse practitioners, physician assistants', short: 'providers' },
] as const;

export type StaffRole = (typeof STAFF_ROLES)[number]['value'];

function roleQuestions(role: (typeof STAFF_ROLES)[number]): QuestionInput[] {
  const showIf = [{ question: 'roles-present', in: [role.value] }];
  return [
    {
      id: `skill-computer-${role.value}`,
      kind: 'single',
      label: `How comfortable are your ${role.short} with computers in general?`,
      why: 'The HRSA Toolbox asks how experienced non-technical staff are with technology.',
      source: 'hrsa-toolbox',
      showIf,
      allowDontKnow: true,
      options: COMFORT_SCALE,
    },
    {
      id: `skill-system-${role.value}`,
      kind: 'single',
      label: `How comfortable are your ${role.short} with the kind of system you are implementing?`,
      hint: 'For example an EHR or a video-visit platform, whether this one or a similar one.',
      why: 'Experience with a similar system shortens training and the dip in productivity after go-live.',
      source: 'digital-skills',
      showIf,
      allowDontKnow: true,
      options: COMFORT_SCALE,
    },
  ];
}

export const STAFF_SKILLS_QUESTIONS: QuestionInput[] = [
  {
    id: 'roles-present',
    kind: 'multi',
    label: 'Which of these roles does your organization have?',
    hint: 'Choose all that apply. We will ask about each one.',
    why: 'The HRSA Toolbox names clerical staff, medical assistants and nurses; providers use the system too.',
    source: 'hrsa-toolbox',
    options: STAFF_ROLES.map(({ value, label, ...rest }) => ({ value, label, ...('hint' in rest ? { hint: rest.hint } : {}) })),
  },
  ...STAFF_ROLES.flatMap(roleQuestions),
  {
    id: 'nontech-it-tasks',
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
];
