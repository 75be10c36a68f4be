import type { QuestionDef } from '../bank-schema';
import { SOMEBODY_DOES_IT } from './conditions';

export const IT_CAPACITY_QUESTIONS = [
  {
    id: 'it-routine-load',
    kind: 'single',
    label: 'How much of their time does routine IT support already take?',
    hint: 'Everyday work such as fixing computers, printers, passwords and the current systems.',
    why: 'The HRSA Toolbox asks how heavy the IT workload is before adding a project to it.',
    source: 'hrsa-toolbox',
    showIf: SOMEBODY_DOES_IT,
    allowDontKnow: true,
    options: [
      { value: 'under-50', label: 'Less than half of their time', level: 3 },
      { value: '50-75', label: 'About half to three quarters', level: 2 },
      { value: '75-90', label: 'Most of their time', level: 1 },
      { value: 'over-90', label: 'All of it: they are already stretched', level: 0 },
    ],
  },
  {
    id: 'it-project-hours',
    kind: 'number',
    label: 'How many hours a week could they give the project?',
    hint: 'All IT people together, on top of routine support; for a contractor, the hours its contract gives you for the project. An honest estimate is better than a hopeful one.',
    why: 'The one figure of IT time the report uses: compared with the hours the project needs, it shows whether you can do it without new hiring. Your IT lead or contractor knows it.',
    source: 'wisn',
    showIf: SOMEBODY_DOES_IT,
    min: 0,
    max: 400,
    integer: false,
    unit: 'hours a week',
    allowDontKnow: true,
  },
  {
    id: 'no-hiring-feasible',
    knownBy: 'practice-manager',
    kind: 'single',
    label: 'Can the project be done without hiring anyone new?',
    why: 'The HRSA Toolbox asks whether you can reasonably expect staff to have the time for the project without new hiring.',
    source: 'hrsa-toolbox',
    allowDontKnow: true,
    options: [
      { value: 'yes', label: 'Yes, with the staff we have', level: 2 },
      { value: 'with-help', label: 'Only with some outside help', level: 1 },
      { value: 'no', label: 'No, we will need more people', level: 0 },
    ],
  },
  {
    id: 'planned-hiring',
    knownBy: 'practice-manager',
    kind: 'single',
    label: 'Do you plan to hire for IT work?',
    why: 'Planned hires change what the project can count on, and when.',
    source: 'wwami-rural',
    options: [
      { value: 'none', label: 'No hiring planned' },
      { value: 'permanent', label: 'Yes, permanent IT staff' },
      { value: 'temporary', label: 'Yes, temporary staff for the project' },
      { value: 'undecided', label: 'Not decided yet' },
    ],
  },
] as const satisfies readonly QuestionDef[];
