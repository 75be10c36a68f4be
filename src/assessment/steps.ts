import type { StepDef } from './bank-schema';
import { ORGANIZATION_QUESTIONS } from './bank/organization';
import { PROJECT_QUESTIONS } from './bank/project';
import { IT_STAFF_QUESTIONS } from './bank/it-staff';
import { IT_CAPACITY_QUESTIONS } from './bank/it-capacity';
import { STAFF_SKILLS_QUESTIONS } from './bank/staff-skills';
import { SOFT_SKILLS_QUESTIONS } from './bank/soft-skills';
import { IMPLEMENTATION_QUESTIONS } from './bank/implementation';
import { OUTSIDE_HELP_QUESTIONS } from './bank/outside-help';

/**
 * The wizard's steps in order; each step holds its questions' definitions (from bank/), so
 * where a question is asked and what it is are written in one place.
 */
export const STEP_INPUTS = [
  {
    id: 'organization',
    knownBy: 'practice-manager',
    title: 'Your organization',
    intro: 'Start with who you are: the type and size of your organization. The rest of the questions adapt to these answers.',
    questions: ORGANIZATION_QUESTIONS,
  },
  {
    id: 'project',
    knownBy: 'practice-manager',
    title: 'Your project',
    intro: 'What the project includes, where the new system will run and when it goes live.',
    questions: PROJECT_QUESTIONS,
  },
  {
    id: 'it-staff',
    knownBy: 'it-lead',
    title: 'IT staff and their experience',
    intro: 'Who does IT work today, and how experienced they are with each kind of support the project needs. Ask your IT lead or contractor if you are not sure.',
    questions: IT_STAFF_QUESTIONS,
  },
  {
    id: 'it-capacity',
    knownBy: 'it-lead',
    title: 'IT workload and capacity',
    intro: 'Whether the people who do IT have the time for the project on top of their everyday work, and how much IT work falls on other staff.',
    questions: IT_CAPACITY_QUESTIONS,
  },
  {
    id: 'staff-skills',
    knownBy: 'nursing-lead',
    title: 'Non-technical staff and technology',
    intro: 'How comfortable clerical staff, medical assistants, nurses and providers are with technology. Your nursing or office lead can help.',
    questions: STAFF_SKILLS_QUESTIONS,
  },
  {
    id: 'soft-skills',
    knownBy: 'medical-director',
    title: 'Soft technical skills',
    intro: 'The skills that make technology work in front of a patient: in the exam room and in a video visit.',
    questions: SOFT_SKILLS_QUESTIONS,
  },
  {
    id: 'implementation',
    knownBy: 'practice-manager',
    title: 'Implementation plan',
    intro: 'How the project will fit around patient care: schedules, rollout, and who leads.',
    questions: IMPLEMENTATION_QUESTIONS,
  },
  {
    id: 'outside-help',
    knownBy: 'practice-manager',
    title: 'Outside help',
    intro: 'The help you could bring in from outside: budget, shared IT, consultants.',
    questions: OUTSIDE_HELP_QUESTIONS,
  },
] as const satisfies readonly StepDef[];

/** Every question of the bank, in the order the steps ask them. */
export type BankQuestionDef = (typeof STEP_INPUTS)[number]['questions'][number];
