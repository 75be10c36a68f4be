import { STAFF_ROLES } from '../bank/staff-skills';
import type { SourceId } from '../sources';
import type { AreaId, Role, SupportArea } from './constants';

/** Report wording for areas, support areas and roles, kept as data so every view says the same. */
export const AREA_TEXTS: Readonly<Record<AreaId, { title: string; summary: string; source: SourceId }>> = {
  'it-expertise': {
    title: 'IT expertise for this project',
    summary: 'Experience of the people who do IT with the type of technology and each support area the project needs.',
    source: 'hrsa-toolbox',
  },
  'it-capacity': {
    title: 'IT capacity',
    summary: 'Whether the people who do IT have the hours for the project on top of routine work.',
    source: 'wisn',
  },
  'staff-skills': {
    title: 'Staff technology skills',
    // {roles}: the roles the organization has (a role counted 0 is not named).
    summary: 'How comfortable your {roles} are with computers and this kind of system.',
    source: 'hrsa-toolbox',
  },
  'soft-skills': {
    title: 'Soft technical skills',
    // {skills}: those of the project's scope (SOFT_SKILL_SUMMARIES).
    summary: 'The skills that make the technology work in front of a patient: {skills}.',
    source: 'hrsa-soft-skills',
  },
  implementation: {
    title: 'Implementation plan',
    summary: 'Protected clinical time, a gradual rollout, a project lead, a clinical champion and super-users.',
    source: 'hrsa-clinical-load',
  },
};

/** The soft skills an area summary names, by what the project brings into the visit. */
export const SOFT_SKILL_SUMMARIES = {
  ehr: 'using the EHR in the exam room',
  telehealth: 'running video visits that still feel personal',
} as const;

export const SUPPORT_AREA_TEXTS: Readonly<Record<SupportArea, { label: string; why: string }>> = {
  'system-setup': {
    label: 'this type of system',
    why: 'Setting up and running the system itself (the EHR or telehealth platform) is the core of the project.',
  },
  installation: {
    label: 'software installation',
    why: 'Installing the software on every workstation and server, with accounts and updates, is heaviest during implementation.',
  },
  networking: {
    label: 'networking',
    why: 'The system depends on the network and internet connection at every site.',
  },
  interfacing: {
    label: 'interfacing',
    why: 'Interfaces (lab, pharmacy, imaging, HIE) are built and tested during implementation, and mistakes reach patient records.',
  },
  security: {
    label: 'security and backups',
    why: 'The new system holds patient data that must be protected and backed up from the first day.',
  },
};

/** Role names as the question bank writes them, so the report and the questions agree. */
export const ROLE_TEXTS = Object.fromEntries(STAFF_ROLES.map(({ value, label, short }) => [value, { label, short }])) as Readonly<Record<Role, { label: string; short: string }>>;

export const WORKLOAD_AREA_LABELS: Readonly<Record<SupportArea, string>> = {
  'system-setup': 'System set-up and configuration',
  installation: 'Software installation',
  networking: 'Networking',
  interfacing: 'Interfacing and data conversion',
  security: 'Security and backups',
};

/** "a", "a and b", "a, b and c": lists read as a sentence. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  // A serial comma: items such as "security and backups" contain "and" themselves.
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

/** Replaces {name} placeholders; unknown names are left visible so a missing value shows in tests. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** How the confidence reads; {unknown} and {asked} are counts, {percent} the share. */
export const CONFIDENCE_TEXTS = {
  high: 'High confidence: {unknown} of {asked} answers ({percent}%) are "Don\'t know" or open.',
  medium: 'Medium confidence: {unknown} of {asked} answers ({percent}%) are "Don\'t know" or open; they count as weak until you find out.',
  low: 'Low confidence: {unknown} of {asked} answers ({percent}%) are "Don\'t know" or open, so this report leans on cautious assumptions. Find out the answers and run it again.',
} as const;
