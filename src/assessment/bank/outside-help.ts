import type { QuestionDef } from '../bank-schema';

export const OUTSIDE_HELP_QUESTIONS = [
  {
    id: 'outside-budget',
    kind: 'single',
    label: 'Is there budget for outside support?',
    hint: 'Shared IT services, a consultant or temporary staff.',
    why: 'Outside help closes gaps only if it can be paid for. "No budget" becomes a major gap when the report finds you need outside help.',
    source: 'hrsa-consultant',
    allowDontKnow: true,
    options: [
      { value: 'yes', label: 'Yes, it is budgeted', level: 2 },
      { value: 'some', label: 'Some, but not for everything', level: 1 },
      { value: 'none', label: 'No budget', level: 0 },
    ],
  },
  {
    id: 'prefer-temporary',
    kind: 'single',
    label: 'For the extra work this project needs, what does your organization prefer?',
    why: 'The HRSA Toolbox names a preference for temporary staff as a reason on its own to engage a consultant: "Temporary help" points to a consultant, "Hiring" can let the report meet a shortfall of hours by hiring when go-live is at least 6 months away. Not asked when you plan to hire: the plan says it.',
    source: 'hrsa-consultant',
    // A plan to hire temporary or permanent staff already says which the organization prefers.
    showIf: [{ question: 'planned-hiring', unless: ['temporary', 'permanent'] }],
    allowDontKnow: true,
    options: [
      { value: 'temporary', label: 'Temporary help, such as a consultant or contractor' },
      { value: 'hire', label: 'Hiring permanent staff' },
      { value: 'no-preference', label: 'No preference' },
    ],
  },
  {
    id: 'shared-it-access',
    kind: 'multi',
    label: 'Could you share IT staff or expertise with any of these?',
    hint: 'Choose all that apply.',
    why: 'In smaller and rural communities IT staff are often shared across facilities. Where you can share, and do not prefer temporary help, the outside help the report recommends is shared IT from the ones you choose; otherwise it is a consultant.',
    source: 'hrsa-rural-shared',
    allowDontKnow: true,
    options: [
      { value: 'sister', label: 'A sister facility or another site of our organization' },
      { value: 'hccn', label: 'A health center controlled network (HCCN)', hint: 'HRSA-funded networks that pool health IT staff for member health centers' },
      { value: 'rec', label: 'A regional extension center (REC) or similar technical-assistance program' },
      { value: 'msp', label: 'A managed IT service that covers several small sites' },
      { value: 'none', label: 'None that we know of', exclusive: true },
    ],
  },
  {
    id: 'consultant-relationship',
    kind: 'single',
    label: 'Do you have a consultant you could turn to?',
    why: 'The HRSA Toolbox advises finding a consultant through a reputable firm or a referral. Where the report recommends a consultant, it tells you to review the one you work with, follow up your referral, or find one.',
    source: 'hrsa-consultant',
    options: [
      { value: 'current', label: 'Yes, we work with one now' },
      { value: 'referral', label: 'Not yet, but we have a referral from a peer organization' },
      { value: 'none', label: 'No' },
    ],
  },
] as const satisfies readonly QuestionDef[];
