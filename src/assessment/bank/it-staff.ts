import type { ConditionDef, QuestionDef } from '../bank-schema';
import type { SourceId } from '../sources';
import { SOMEBODY_DOES_IT } from './conditions';
import { EXPERIENCE_SCALE } from './scales';

function experienceQuestion<const Id extends string>(
  id: Id,
  row: string,
  label: string,
  hint: string,
  why: string,
  extra: { readonly source?: SourceId; readonly showIf?: readonly ConditionDef[] } = {},
) {
  return {
    id,
    kind: 'single',
    label,
    hint,
    why,
    source: 'hrsa-support-areas',
    showIf: SOMEBODY_DOES_IT,
    grid: { id: 'it-experience', row },
    allowDontKnow: true,
    options: EXPERIENCE_SCALE,
    ...extra,
  } as const;
}

/** Interfaces alone have no installation or networking hours of their own (scopeSupportAreas). */
const NOT_INTERFACES_ONLY = [...SOMEBODY_DOES_IT, { question: 'project-scope', unlessOnly: ['interfaces'] }] as const;

export const IT_STAFF_QUESTIONS = [
  {
    id: 'it-who',
    knownBy: 'practice-manager',
    kind: 'multi',
    label: 'Who does IT work for your organization today?',
    hint: 'Choose all that apply.',
    why: 'The HRSA Toolbox starts from the IT people you already have. Nobody doing IT is a critical gap and outside help leads; IT done only on the side is a major gap, and for an EHR outside help leads too; with an outside contractor, a shortfall of hours can be met with more hours in its contract.',
    source: 'hrsa-toolbox',
    options: [
      { value: 'dedicated', label: 'Our own IT staff', hint: 'Employed by us, IT is their main job' },
      { value: 'shared', label: 'IT staff shared with other facilities or a network', hint: 'For example a sister facility or a health center controlled network' },
      { value: 'contractor', label: 'An outside IT contractor or company' },
      { value: 'side', label: 'Clinical or office staff who do IT on the side' },
      { value: 'nobody', label: 'Nobody in particular', exclusive: true },
    ],
  },
  {
    id: 'it-people',
    kind: 'single',
    label: 'How many people know your systems well enough to fix them?',
    hint: "Count your own IT staff and the contractor's staff who work on your systems.",
    why: 'With one person, an illness, a resignation or a busy go-live week stops the project: the report adds a gap to name a backup and write runbooks, even when the hours add up.',
    source: 'hrsa-workforce',
    showIf: SOMEBODY_DOES_IT,
    allowDontKnow: true,
    options: [
      { value: 'one', label: 'One person', level: 0 },
      { value: 'two-plus', label: 'Two or more people', level: 1 },
    ],
  },
  experienceQuestion(
    'exp-technology',
    'This type of technology',
    'How experienced are the people who do your IT with this type of technology?',
    'The kind of system you are implementing: an EHR, a telehealth platform, or both.',
    'The first question the HRSA Toolbox asks: does the current IT staff have experience with the type of technology the project uses?',
    { source: 'hrsa-toolbox', showIf: [...SOMEBODY_DOES_IT, { question: 'project-scope', unlessOnly: ['interfaces', 'network-hardware'] }] },
  ),
  experienceQuestion(
    'exp-installation',
    'Installing and setting up software',
    'How experienced are the people who do your IT with installing and setting up software?',
    'Installing programs on computers and servers, setting up user accounts, applying updates.',
    'Software installation is one of the support areas the project will most likely need.',
    { showIf: NOT_INTERFACES_ONLY },
  ),
  experienceQuestion(
    'exp-networking',
    'Networking',
    'How experienced are the people who do your IT with networking?',
    'Wired and wireless networks, internet connection, firewalls, remote access.',
    'Networking is one of the support areas the project will most likely need, and the system depends on it.',
    { showIf: NOT_INTERFACES_ONLY },
  ),
  experienceQuestion(
    'exp-interfacing',
    'Interfaces between systems',
    'How experienced are the people who do your IT with interfaces between systems?',
    'Connecting systems so data flows between them: lab, pharmacy, imaging, a health information exchange.',
    'Interfacing is one of the support areas the project will most likely need, especially during implementation.',
    { showIf: [...SOMEBODY_DOES_IT, { question: 'project-scope', in: ['interfaces', 'new-ehr', 'ehr-replacement'] }] },
  ),
  experienceQuestion(
    'exp-security',
    'Security and backups',
    'How experienced are the people who do your IT with security and backups?',
    'Protecting patient data: user access, antivirus, backups and restoring from them.',
    'A new system holds patient data that must be protected and backed up from the first day.',
    { source: 'digital-skills' },
  ),
] as const satisfies readonly QuestionDef[];
