import type { SourceId } from '../sources';

/** Why the recommendation came out as it did: the case the rules found. */
export type RecommendationCase = 'no-it' | 'many-gaps' | 'capacity' | 'expertise' | 'ready';

/** One sentence per case and primary option; {forms} and {areas} are filled by the scoring. */
export const HEADLINES: Readonly<Record<string, string>> = {
  'no-it:shared-it': 'Nobody can do IT for this project today: get it through shared IT ({forms}), and name who looks after the system after go-live.',
  'no-it:consultant': 'Nobody can do IT for this project today: bring in a consultant under a clear contract, and build up in-house skills as they go.',
  'many-gaps:shared-it': 'Your IT staff are not yet experienced with {areas}: lean on shared IT ({forms}) for the technical work, with knowledge transfer to your team.',
  'many-gaps:consultant': 'Your IT staff are not yet experienced with {areas}: bring in a consultant to lead the technical work and teach your team as they go.',
  'capacity:shared-it': 'Your IT staff do not have the hours for this project: share IT staff ({forms}) to add them.',
  'capacity:consultant': 'Your IT staff do not have the hours for this project: bring in temporary help from a consultant, under a clear contract.',
  'capacity:in-house': 'Your IT staff do not have the hours for this project: hire IT help now, well before go-live.',
  'expertise:in-house': 'Keep the project in-house, with outside expertise for {areas} that trains your IT staff as it goes.',
  'ready:in-house': 'Your own IT staff can carry this project: they have the experience and the hours it needs.',
};

export type ReasonText = { text: string; source: SourceId };

export const REASON_TEXTS = {
  'no-it-staff': { text: 'Nobody in particular does IT for your organization, and the project needs installation, networking and interfacing support.', source: 'hrsa-support-areas' },
  'it-who-unknown': { text: 'Who does IT work is not answered yet, so this report counts it as nobody.', source: 'readiness-tools' },
  'side-only-ehr': { text: 'Only staff doing IT on the side are available, and an EHR implementation needs dedicated technical support.', source: 'hrsa-rural-shared' },
  'side-only': { text: 'IT is done on the side by clinical or office staff; their project hours must be protected.', source: 'hrsa-rural-shared' },
  'capacity-short': {
    text: 'The project needs about {required} IT hours over {weeks} weeks; your IT staff can give about {available}, {percent}% of what is needed (WISN ratio {ratio}).',
    source: 'wisn',
  },
  'capacity-enough': {
    text: 'The project needs about {required} IT hours over {weeks} weeks; your IT staff can give about {available} (WISN ratio {ratio}).',
    source: 'wisn',
  },
  'no-hiring': { text: 'You said the project cannot be done without more people.', source: 'hrsa-toolbox' },
  'expertise-lacking': { text: 'Your IT staff are not yet experienced with {areas} (or you do not know yet), which this project needs.', source: 'hrsa-consultant' },
  'expertise-strong': { text: 'Your IT staff are experienced with every support area this project needs.', source: 'hrsa-toolbox' },
  'prefer-temporary': { text: 'Your organization prefers temporary help to hiring, which the HRSA Toolbox names as a reason to engage a consultant.', source: 'hrsa-consultant' },
  'prefer-hire': { text: 'Your organization prefers to hire, and there are {weeks} weeks to go-live: enough to recruit if you start now.', source: 'wwami-rural' },
  'shared-access-sites': { text: 'You have {sites} sites: IT staff can be shared across them, and you could also share with {forms}.', source: 'hrsa-rural-shared' },
  'shared-access-small': { text: 'A small or rural single site with little IT often shares IT staff; you could share with {forms}.', source: 'hrsa-rural-shared' },
  'shared-access': { text: 'You could share IT staff or expertise with {forms}.', source: 'hrsa-rural-shared' },
} as const satisfies Readonly<Record<string, ReasonText>>;

export const MIX_TEXTS = {
  consultant: 'A consultant for {area}, who transfers the knowledge to your IT staff.',
  'shared-it': 'Shared IT for {area}, with your IT staff learning alongside.',
  hire: 'Hire about {fte} FTE of IT staff for the project, starting now.',
  'hire-unsized': 'Hire the extra IT staff you expect to need, starting now.',
} as const;

export const CONDITION_TEXTS = {
  'knowledge-transfer': {
    appliesTo: 'consultant',
    text: 'The consultant transfers the knowledge of the system to your resident IT team: agree a knowledge-transfer plan (shadowing, documentation, handover, exit criteria).',
    source: 'hrsa-consultant',
  },
  'contract-scope': {
    appliesTo: 'consultant',
    text: 'The contract clearly defines the scope of work, the deliverables and their timelines.',
    source: 'hrsa-consultant',
  },
  'reputable-source': {
    appliesTo: 'consultant',
    text: 'Find the consultant through a reputable consulting firm or a referral from a peer organization.',
    source: 'hrsa-consultant',
  },
  'contract-detail': {
    appliesTo: 'consultant',
    text: 'Tie payments to accepted deliverables, count the interfaces and data conversions in scope, and hold back the final payment until acceptance testing passes.',
    source: 'consultant-contract',
  },
  'shared-agreement': {
    appliesTo: 'shared-it',
    text: 'Put the shared arrangement in writing: hours or service levels, response times and on-call, remote access and security, who owns what system knowledge, and how costs are split.',
    source: 'hrsa-rural-shared',
  },
  'shared-knowledge': {
    appliesTo: 'shared-it',
    text: 'Whoever provides shared IT documents the set-up and trains your staff, so the knowledge stays with you.',
    source: 'hrsa-workforce',
  },
  'hire-early': {
    appliesTo: 'hiring',
    text: 'Start recruiting now: hiring and onboarding take months, and the new staff should be in place for installation and testing.',
    source: 'wwami-rural',
  },
} as const satisfies Readonly<Record<string, { appliesTo: 'consultant' | 'shared-it' | 'hiring'; text: string; source: SourceId }>>;

export const SHARED_IT_FORM_TEXTS = {
  sister: {
    label: 'A sister facility or another site of your organization',
    short: 'a sister facility',
    explanation:
      'IT staff time lent by an affiliated facility or another site of your own organization; the HRSA Toolbox names sharing IT staff across facilities as a common answer in small and rural communities.',
    source: 'hrsa-rural-shared',
  },
  hccn: {
    label: 'A health center controlled network (HCCN)',
    short: 'your HCCN',
    explanation:
      "A network of health centers, funded by HRSA, that helps its member health centers with the EHR, data and reporting, security and shared training. Its members are health centers in HRSA's Health Center Program; other clinics usually cannot join.",
    source: 'hccn',
  },
  rec: {
    label: 'A regional extension center (REC)',
    short: 'a regional extension center',
    explanation:
      'Regional extension centers were set up under the HITECH Act (2009) to help small and rural practices adopt EHRs. Their federal funding ended around 2014 to 2016; some still help practices, for a fee or with state or other funding, so check that one serves your area and what it charges.',
    source: 'rec',
  },
  msp: {
    label: 'A managed IT service',
    short: 'a managed IT service',
    explanation:
      "A company paid by contract to run your computers, network, security and backups, mostly remotely. Setting up the EHR and building its interfaces is usually the EHR vendor's work, not part of a managed IT contract: ask before counting on one for it.",
    source: 'msp',
  },
} as const satisfies Readonly<Record<string, { label: string; short: string; explanation: string; source: SourceId }>>;

export const SHARED_IT_TO_AGREE = [
  'Hours or service levels for the project and for support after go-live',
  'Response times and on-call cover',
  'Remote access and security',
  'Who owns what system knowledge and documentation',
  'How costs are split',
] as const;

/** Used in {forms} when no form is chosen yet. */
export const ANY_SHARED_FORM = 'a sister facility, an HCCN, a regional extension center or a managed IT service';
