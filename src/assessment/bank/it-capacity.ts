import type { QuestionDef } from '../bank-schema';
import { SOMEBODY_DOES_IT } from './conditions';

export const IT_CAPACITY_QUESTIONS = [
  {
    id: 'it-routine-load',
    kind: 'single',
    label: 'How much of their time does routine IT support already take?',
    hint: 'Everyday work such as fixing computers, printers, passwords and the current systems.',
    why: 'The HRSA Toolbox asks how heavy the IT workload already is. "Most" or "all" of their time becomes a gap with an action to move routine work elsewhere (part of the shortfall of hours when there is one), and the answer counts in the IT capacity score.',
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
    why: "The report multiplies these hours by the weeks to go-live and compares them with the hours the project needs: a shortfall becomes a gap and points to shared IT, a consultant or hiring. While you don't know, no hours are counted and the report asks you to find out; where the approach depends on them, it does not recommend one yet.",
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
    why: 'The HRSA Toolbox asks whether staff have the time without new hiring. "No" is planned for as a shortage of staff even when the hours add up, and "only with some outside help" makes outside help part of the recommendation; both become a gap to plan the extra people.',
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
    why: 'Planned temporary staff count as a preference for temporary help, which points to a consultant; planned permanent staff can let the report meet a shortfall of hours by hiring, when go-live is at least 6 months away.',
    source: 'wwami-rural',
    options: [
      { value: 'none', label: 'No hiring planned' },
      { value: 'permanent', label: 'Yes, permanent IT staff' },
      { value: 'temporary', label: 'Yes, temporary staff for the project' },
      { value: 'undecided', label: 'Not decided yet' },
    ],
  },
] as const satisfies readonly QuestionDef[];
