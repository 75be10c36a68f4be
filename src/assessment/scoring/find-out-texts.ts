import type { Severity } from './gap-report-schema';
import type { GapArea } from './gap-texts';

export type FindOutText = { what: string; action: string; owner: string; severity: Severity; area: GapArea };

const ASK_IT = 'Ask your IT lead or contractor';

function experience(area: string): FindOutText {
  return {
    what: `how experienced your IT staff are with ${area}`,
    action: `${ASK_IT} what they have done with ${area} before, on their own or with help, and on what scale.`,
    owner: 'Practice manager',
    severity: 'major',
    area: 'it-expertise',
  };
}

function computerSkills(role: string): FindOutText {
  return {
    what: `how comfortable your ${role} are with computers`,
    action: `Ask the lead of your ${role} or run a short skills check (for example a digital literacy self-assessment).`,
    owner: 'Practice manager',
    severity: 'minor',
    area: 'staff-skills',
  };
}

function systemSkills(role: string): FindOutText {
  return {
    what: `how comfortable your ${role} are with this kind of system`,
    action: `Ask your ${role} whether they have used an EHR or video-visit platform before, here or elsewhere.`,
    owner: 'Practice manager',
    severity: 'minor',
    area: 'staff-skills',
  };
}

/**
 * What to find out for each question that allows "Don't know". A test checks that every such
 * question in the bank has an entry, so a new question cannot fall back to vague wording.
 */
export const FIND_OUT_TEXTS: Readonly<Record<string, FindOutText>> = {
  rural: {
    what: 'whether you count as rural',
    action: 'Check your address with the HRSA Federal Office of Rural Health Policy eligibility tool or ask your primary care association.',
    owner: 'Practice manager',
    severity: 'minor',
    area: 'general',
  },
  'system-users': {
    what: 'how many staff will use the system',
    action: 'Count everyone who will log in: front desk, medical assistants, nurses, providers, billing.',
    owner: 'Practice manager',
    severity: 'minor',
    area: 'general',
  },
  'interface-count': {
    what: 'how many interfaces the project needs',
    action: 'List the systems that must exchange data with the new one (lab, pharmacy, imaging, HIE, billing) with your vendor.',
    owner: 'IT lead',
    severity: 'major',
    area: 'general',
  },
  'it-fte': {
    what: 'how much IT staff time you have',
    action: `${ASK_IT} and count everyone who does IT, in full-time equivalents.`,
    owner: 'Practice manager',
    severity: 'major',
    area: 'it-capacity',
  },
  'exp-technology': experience('this type of system'),
  'exp-installation': experience('software installation'),
  'exp-networking': experience('networking'),
  'exp-interfacing': experience('interfaces between systems'),
  'exp-security': experience('security and backups'),
  'it-routine-load': {
    what: 'how much of their time routine IT support takes',
    action: `${ASK_IT} to log their work for two typical weeks.`,
    owner: 'IT lead',
    severity: 'minor',
    area: 'it-capacity',
  },
  'it-project-hours': {
    what: 'how many hours a week IT can give the project',
    action: `${ASK_IT} for an honest weekly figure on top of routine support, and write it into the project plan.`,
    owner: 'IT lead',
    severity: 'major',
    area: 'it-capacity',
  },
  'no-hiring-feasible': {
    what: 'whether the project can be done without hiring',
    action: 'Compare the hours the project needs (in this report) with what your staff can give, together with your IT lead.',
    owner: 'Practice manager',
    severity: 'minor',
    area: 'it-capacity',
  },
  'skill-computer-clerical': computerSkills('clerical and front-desk staff'),
  'skill-computer-medical-assistants': computerSkills('medical assistants'),
  'skill-computer-nurses': computerSkills('nurses'),
  'skill-computer-providers': computerSkills('providers'),
  'skill-system-clerical': systemSkills('clerical and front-desk staff'),
  'skill-system-medical-assistants': systemSkills('medical assistants'),
  'skill-system-nurses': systemSkills('nurses'),
  'skill-system-providers': systemSkills('providers'),
  'nontech-it-tasks': {
    what: 'whether non-technical staff carry IT tasks',
    action: 'Ask your office and nursing leads who fixes computers, printers and passwords today.',
    owner: 'Practice manager',
    severity: 'minor',
    area: 'it-capacity',
  },
  'soft-exam-room': {
    what: 'how well clinicians use a computer in the exam room',
    action: 'Ask your clinical champion to observe a few visits, or ask patients in a short survey.',
    owner: 'Clinical champion',
    severity: 'minor',
    area: 'soft-skills',
  },
  'soft-telehealth': {
    what: 'how comfortable clinicians are with video visits',
    action: 'Ask your clinicians whether they have run video visits and how they felt about them.',
    owner: 'Clinical champion',
    severity: 'minor',
    area: 'soft-skills',
  },
  'soft-training': {
    what: 'whether training will cover soft skills',
    action: 'Ask your vendor or trainer for the training plan and check it includes practice visits.',
    owner: 'Project lead',
    severity: 'minor',
    area: 'soft-skills',
  },
  'existing-workflows': {
    what: 'whether today\'s workflows will be mapped first',
    action: 'Decide with your project lead whether and when workflows will be written down.',
    owner: 'Project lead',
    severity: 'minor',
    area: 'implementation',
  },
  'outside-budget': {
    what: 'whether there is budget for outside support',
    action: 'Ask your finance lead or board what can be spent on shared IT, a consultant or temporary staff.',
    owner: 'Practice manager',
    severity: 'minor',
    area: 'general',
  },
  'prefer-temporary': {
    what: 'whether your organization prefers temporary help or hiring',
    action: 'Ask leadership whether the extra work should go to temporary help or permanent staff.',
    owner: 'Practice manager',
    severity: 'minor',
    area: 'general',
  },
  'shared-it-access': {
    what: 'whether you could share IT staff or expertise',
    action: 'Ask your primary care association about the HCCN and regional extension center near you, and ask sister facilities.',
    owner: 'Practice manager',
    severity: 'minor',
    area: 'general',
  },
};

/** Fallback wording for a "Don't know" the table does not cover; never expected in practice. */
export const GENERIC_FIND_OUT: FindOutText = {
  what: 'the answer to this question',
  action: 'Ask the person who knows this best and update the assessment.',
  owner: 'Practice manager',
  severity: 'minor',
  area: 'general',
};
