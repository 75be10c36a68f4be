import type { SourceId } from '../sources';

/** Why the recommendation came out as it did: the case the rules found. */
export type RecommendationCase = 'no-it' | 'many-gaps' | 'help-expected' | 'capacity' | 'contract-hours' | 'preference' | 'expertise' | 'ready';

/**
 * One sentence per case and primary option; {forms} and {areas} are filled by the scoring, and
 * {work} with what is known and what is not (HEADLINE_WORK), never an unknown as fact.
 */
export const HEADLINES: Readonly<Record<string, string>> = {
  // The decision first, in words of its own: the reasons under it give the answers and figures
  // behind it, so a headline never repeats a reason.
  'no-it:shared-it': 'Get the IT work of this project through shared IT ({forms}), and name who looks after the system after go-live.',
  'no-it:consultant': 'Bring in a consultant under a clear contract for the IT work of this project, and build up in-house skills as they go.',
  'many-gaps:shared-it': 'Lean on shared IT ({forms}) for {work}, with knowledge transfer to your team.',
  'many-gaps:consultant': 'Bring in a consultant to lead {work}, and to teach your team as they go.',
  'help-expected:shared-it': 'Get the outside help you expect to need through shared IT ({forms}), agreed in writing, beside your own IT staff.',
  'help-expected:consultant': 'Bring in a consultant for what your IT staff cannot cover, under a clear contract.',
  'capacity:shared-it': 'Share IT staff ({forms}) to add the hours your own IT staff do not have for this project.',
  'capacity:consultant': 'Bring in temporary help from a consultant, under a clear contract, for the hours your own IT staff do not have.',
  'contract-hours:in-house': 'Add the project hours to the IT contract, with scope, deliverables and timelines in writing, before the work starts.',
  'capacity:in-house': 'Hire IT help now, well before go-live, for the hours your own IT staff do not have.',
  'shared-it:msp-ehr':
    "Get the computers, network, security and backups through a managed IT service, and the EHR's set-up and interfaces from your EHR vendor, both in writing; name who looks after the system after go-live.",
  'capacity:in-house-small': 'Keep the project in-house and find the few IT hours your own staff do not have, about {weekly} a week, without a new post for the project alone.',
  'preference:consultant': 'Engage a consultant for the extra work this project brings, under a clear contract, with your own IT staff working alongside so the knowledge stays.',
  'expertise:in-house': 'Keep the project in-house, with outside expertise for {areas} that trains your IT staff as it goes.',
  'ready:in-house': 'Keep the project in-house: your own IT staff can carry it, with protected time for the project.',
};

/** The technical work a headline hands to outside help, never stating an unknown as a fact. */
export const HEADLINE_WORK = {
  lacking: 'the technical work your IT staff have not done before',
  unknown: 'the technical work, at least until you know how experienced your IT staff are with it',
  both: 'the technical work your IT staff have not done before, or may not have',
} as const;

/** The experience part of a headline or reason: what is known to be lacking, and what is not known yet. */
export const EXPERIENCE_PHRASES = {
  lacking: 'Your IT staff are not yet experienced with {lacking}',
  unknown: "You don't know yet how experienced your IT staff are with {unknown}; until you find out, this report plans as if they are not",
  both: "Your IT staff are not yet experienced with {lacking}, and you don't know yet how experienced they are with {unknown}",
} as const;

/** When the answers that decide the approach are not known, the report does not recommend one. */
export const UNDECIDED_TEXTS = {
  headline: 'The approach depends on answers not known yet: find out {what} first.',
  ifGood: 'If all of that turns out well',
  ifWeak: 'If it turns out weak, as this report assumes for now',
  provisionalUnknown: 'Provisional until you find out {what}. Whatever you find, the approach stays the same; what the outside help covers, and for how many hours, may change.',
  provisionalMissing: 'Provisional: {count} required answers are still open. Answer them to confirm it.',
} as const;

/** What to find out, by the kind of deciding answer that is unknown. */
export const DECIDING_UNKNOWN_TEXTS = {
  'it-who': 'who does IT work for you',
  // The areas are listed in the reasons; the headline only says what to find out.
  experience: 'how experienced your IT staff are',
  hours: 'how many hours a week your IT staff can give the project (it needs about {weekly})',
  'no-hiring': 'whether the project can be done without hiring',
} as const;

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
  'capacity-unknown': {
    text: 'The project needs about {required} IT hours over {weeks} weeks. Until you know the hours your IT staff have for it, this report plans as if they have none.',
    source: 'wisn',
  },
  'capacity-enough': {
    text: 'The project needs about {required} IT hours over {weeks} weeks; your IT staff can give about {available} (WISN ratio {ratio}).',
    source: 'wisn',
  },
  'no-hiring': { text: 'You said the project cannot be done without more people.', source: 'hrsa-toolbox' },
  'with-help': { text: 'You said the project can be done only with some outside help.', source: 'hrsa-toolbox' },
  'expertise-lacking': { text: '{experience}. The project needs that work.', source: 'hrsa-consultant' },
  'health-center-hccn': {
    text: 'As a health center you can usually turn to a health center controlled network (HCCN) for shared health IT staff and expertise; ask your primary care association which one serves you.',
    source: 'hccn',
  },
  'rural-clinic-sources': {
    text: 'Rural health clinics are not usually members of a health center controlled network: ask your State Office of Rural Health, a rural health network near you, or a regional extension center that still serves your area.',
    source: 'sorh',
  },
  'hospital-sources': {
    text: "As a critical access hospital, ask your State Office of Rural Health and your state's Flex Program about shared IT and help from other rural hospitals.",
    source: 'sorh',
  },
  'vendor-leans': {
    text: 'On a vendor-hosted system a small practice leans on the vendor for set-up, training and support: put in the vendor contract which implementation services, training hours and go-live support it includes.',
    source: 'hrsa-support-areas',
  },
  'contractor-counts': {
    text: 'Your outside IT contractor counts as your IT staff here: the hours it can give the project are the hours its contract allows, and more hours can be contracted.',
    source: 'hrsa-toolbox',
  },
  'expertise-strong': { text: 'Your IT staff are experienced with every support area this project needs.', source: 'hrsa-toolbox' },
  'prefer-temporary': {
    text: 'Your organization prefers temporary help for the extra work. The HRSA Toolbox names that preference as a reason on its own to engage a consultant.',
    source: 'hrsa-consultant',
  },
  'planned-temporary': {
    text: 'You plan to bring in temporary staff for the project. The HRSA Toolbox names a preference for temporary staff as a reason on its own to engage a consultant.',
    source: 'hrsa-consultant',
  },
  'prefer-hire': { text: 'Your organization prefers to hire, and there are {weeks} weeks to go-live: enough to recruit if you start now.', source: 'wwami-rural' },
  'planned-hire': { text: 'You plan to hire permanent IT staff, and there are {weeks} weeks to go-live: enough to recruit if you start now.', source: 'wwami-rural' },
  'shared-access-sites': { text: 'You have {sites} sites: IT staff can be shared across them, and you could also share with {forms}.', source: 'hrsa-rural-shared' },
  'shared-access-small': { text: 'A small or rural single site often shares IT staff with others; you could share with {forms}.', source: 'hrsa-rural-shared' },
  'shared-access': { text: 'You could share IT staff or expertise with {forms}.', source: 'hrsa-rural-shared' },
  'shared-second': { text: 'You could share IT with {forms}; it came second because {why}. It stays an option for routine support after go-live.', source: 'hrsa-rural-shared' },
} as const satisfies Readonly<Record<string, ReasonText>>;

export const MIX_TEXTS = {
  consultant: 'A consultant for {area}.',
  'shared-it': 'Shared IT for {area}.',
  hire: 'Hire about {fte} FTE of IT staff for the project, starting now.',
  'hire-small': "The project needs about {weekly} a week beyond your IT staff's time{fte}, too little for a post of its own: {how}, or free up routine work or buy the hours from a contractor.",
  'hire-unsized': 'Hire the extra IT staff you expect to need, starting now.',
} as const;

export const CONDITION_TEXTS = {
  'knowledge-transfer': {
    appliesTo: 'consultant',
    text: 'The consultant transfers the knowledge of the system to your resident IT team: agree a knowledge-transfer plan (shadowing, documentation, handover, exit criteria).',
    source: 'hrsa-consultant',
  },
  // With no IT staff of its own, the organization has nobody to hand over to until it names someone.
  'knowledge-owner': {
    appliesTo: 'consultant',
    text: 'The consultant hands the system over to whoever runs it after go-live. With no dedicated IT staff, name the staff member who will own it (with protected time), arrange support after go-live (a managed IT service or shared IT), and agree a knowledge-transfer plan with them (shadowing, documentation, handover, exit criteria).',
    source: 'hrsa-consultant',
  },
  // A hospital's EHR runs around the clock: whoever owns it needs cover at night and at weekends.
  'knowledge-owner-hospital': {
    appliesTo: 'consultant',
    text: "The consultant hands the system over to whoever runs it after go-live. A hospital's EHR runs around the clock: plan a permanent IT post or a managed IT service with on-call cover at night and at weekends, name who owns the system until then, and agree a knowledge-transfer plan with them (shadowing, documentation, handover, exit criteria).",
    source: 'hrsa-consultant',
  },
  'contract-scope': {
    appliesTo: 'consultant',
    text: 'The contract clearly defines the scope of work, the deliverables and their timelines.',
    source: 'hrsa-consultant',
  },
  // A hosted system comes with the vendor's own implementation services: the consultant's scope starts where they end.
  'vendor-first': {
    appliesTo: 'consultant',
    text: "Start from the vendor's implementation services: get in writing what the vendor contract includes (set-up, interfaces, training, go-live support), then contract the consultant for what it leaves out and to check the vendor's work for you.",
    source: 'hrsa-consultant',
  },
  'reputable-source': {
    appliesTo: 'consultant',
    text: 'Find the consultant through a reputable consulting firm or a referral from a peer organization.',
    source: 'hrsa-consultant',
  },
  'existing-consultant': {
    appliesTo: 'consultant',
    text: 'You already work with a consultant: review that engagement before extending it to this project. Check that its contract defines the scope of work, the deliverables and their timelines, and the transfer of knowledge to your staff, and add in writing what is missing.',
    source: 'hrsa-consultant',
  },
  'referral-consultant': {
    appliesTo: 'consultant',
    text: 'Follow up the referral you have from a peer organization: ask that organization what the consultant delivered, on time or not, and how the knowledge was handed over.',
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

/** Why shared IT, within reach, is not part of the recommendation. */
export const SHARED_SECOND_WHY = {
  temporary: 'your organization prefers temporary help, which points to a consultant',
  'in-house': 'your own IT staff can carry the project',
  other: 'the rules found a consultant the better fit for what is lacking',
} as const;

/** Used in {forms} when no form is chosen yet. */
export const ANY_SHARED_FORM = 'a sister facility, an HCCN, a regional extension center or a managed IT service';
