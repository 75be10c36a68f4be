import type { Answers } from './schema';
import { k } from './scoring/constants';
import type { GapReport } from './scoring/gap-report-schema';
import { hoursPerWeekFor } from './scoring/workload';
import { fill } from './scoring/labels';
import { SETTING_ADVICE } from './scoring/gap-texts';
import { championWho } from './scoring/gaps';
import { choice, choices } from './scoring/read-answers';
import { SHARED_IT_FORM_TEXTS } from './scoring/recommendation-texts';
import { includesConsultant } from './scoring/report-queries';
import type { SourceId } from './sources';

/** A piece of report advice with where it comes from. */
export type AdviceItem = { id: string; text: string; source: SourceId };

/** What to put in a consultant's contract (HRSA Toolbox, plus common contracting practice). */
export const CONSULTANT_CHECKLIST: { heading: string; items: AdviceItem[] }[] = [
  {
    heading: 'Finding a consultant',
    items: [
      {
        id: 'find',
        text: 'Go to a reputable consulting firm, or engage a consultant on a referral from a peer organization; ask for references from organizations like yours.',
        source: 'hrsa-consultant',
      },
      { id: 'why', text: 'Write down why you need one: gaps in knowledge and skills (name the support areas), or a business preference for temporary staff over hiring.', source: 'hrsa-consultant' },
    ],
  },
  {
    heading: 'Scope of work',
    items: [
      { id: 'charter', text: 'Put the project charter in the contract: objectives, assumptions, and what is in and out of scope.', source: 'consultant-contract' },
      { id: 'count', text: 'Count the interfaces, data conversions and configuration items in scope, so the price and the plan rest on the same list.', source: 'consultant-contract' },
      { id: 'roles', text: 'Add a roles matrix (who does what: consultant, your IT staff, your project lead), the known risks, and the inclusions and exclusions.', source: 'consultant-contract' },
    ],
  },
  {
    heading: 'Deliverables and timelines',
    items: [
      { id: 'deliverables', text: 'List each deliverable with its acceptance criteria: how you will know it is done.', source: 'hrsa-consultant' },
      { id: 'milestones', text: 'Set milestones and dates, broken into tasks of 8 to 80 hours, with regular status reports.', source: 'consultant-contract' },
      { id: 'payment', text: 'Tie payments to accepted milestones, and hold back the final payment until acceptance testing passes.', source: 'consultant-contract' },
    ],
  },
  {
    heading: 'Knowledge transfer to your staff',
    items: [
      {
        id: 'kt-plan',
        text: 'Require a knowledge-transfer plan: a skills assessment of the staff who will run the system, and a gap analysis.',
        source: 'hrsa-consultant',
      },
      {
        id: 'kt-methods',
        text: 'Name the methods: your staff shadow the consultant, then the consultant shadows your staff (reverse shadowing), and everything is documented.',
        source: 'consultant-contract',
      },
      { id: 'kt-exit', text: 'Agree handover phases, exit criteria your staff must meet before the consultant leaves, and support after handover.', source: 'consultant-contract' },
    ],
  },
];

/** With a consultant engaged now, the first step is to review that engagement, not to find one. */
const EXISTING_CONSULTANT_GROUP: (typeof CONSULTANT_CHECKLIST)[number] = {
  heading: 'Your current consultant',
  items: [
    {
      id: 'review',
      text: 'Review the engagement you have before extending it to this project: does its contract define the scope of work, the deliverables and their timelines, and knowledge transfer to your staff?',
      source: 'hrsa-consultant',
    },
    {
      id: 'why',
      text: 'Write down why you need the consultant for this project: gaps in knowledge and skills (name the support areas), or a business preference for temporary staff over hiring.',
      source: 'hrsa-consultant',
    },
  ],
};

/** The contract checklist for this report: its first group follows the answer about a consultant at hand. */
export function consultantChecklist(report: GapReport): typeof CONSULTANT_CHECKLIST {
  const engaged = report.recommendation.conditions.some((condition) => condition.id === 'existing-consultant');
  return engaged ? [EXISTING_CONSULTANT_GROUP, ...CONSULTANT_CHECKLIST.slice(1)] : CONSULTANT_CHECKLIST;
}

/*
 * Next steps and the questions for the planning meeting, each with the condition under which it
 * applies to this assessment (issue 13, section 3): nothing the manager has already planned,
 * nothing outside the project's scope, no question about answers nobody marked "Don't know".
 * The conditions read the gap report and the effective answers (effectiveAnswers: skipped
 * questions removed); texts may hold {placeholders} filled from the report (adviceParams).
 */

/** A consultant is part of the plan and none is engaged yet. */
function seekingConsultant({ report, answers }: AdviceContext): boolean {
  return includesConsultant(report) && choice(answers, 'consultant-relationship') !== 'current';
}

/** The approach is chosen (not waiting for the answers under "Find out first"). */
function decided({ report }: AdviceContext): boolean {
  return report.recommendation.status !== 'undecided';
}

/**
 * The plan names outside help to pay for (shared IT or a consultant) and the answers say there is
 * no budget for outside support: the first page's decision and the funding step both read this.
 */
export function unfundedOutsideHelp(context: AdviceContext): boolean {
  const paid = sharedItRecommended(context) || includesConsultant(context.report);
  return paid && context.report.gaps.some((gap) => gap.id === 'no-outside-budget');
}

const unfunded = unfundedOutsideHelp;

/** What a condition reads: the scored report and the effective answers it was scored from. */
export type AdviceContext = { report: GapReport; answers: Answers };

/** A piece of advice that applies only when its condition holds; its text may hold {placeholders}. */
export type ConditionalAdvice = AdviceItem & { when: (context: AdviceContext) => boolean };

/** "1 super-user", "3 super-users", "1,240 hours": a whole number with the noun that fits it. */
export function countOf(value: number, singular: string, plural: string): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${digits} ${rounded === 1 ? singular : plural}`;
}

/** Below this many FTE, a surplus or a shortfall is "about even": a figure would overstate what it means. */
export const EVEN_FTE = 0.1;
/**
 * A shortfall under EVEN_FTE is "about even" only while the hours available are at least this
 * share of those needed: a small project 27% short is short, as its capacity gap says.
 */
export const EVEN_RATIO = 0.95;

/** How the hours the project needs compare with the hours the IT staff can give, in hours first. */
export type WorkloadBalance = {
  /** 'unknown' when the IT hours are not known (nobody could say): nothing is stated about them. */
  kind: 'shortfall' | 'surplus' | 'even' | 'unknown';
  /** True when the hours available fall short of those needed (for 'even', which side it leans). */
  short: boolean;
  /** Hours short or to spare over the whole timeline, rounded. */
  hours: number;
  /** The same per working week (as the gaps count them: weeks to go-live less absences); short rounds up, spare down. */
  hoursPerWeek: number;
  /** The same in FTE, never negative; shown only in brackets, and only from EVEN_FTE up. */
  fte: number;
};

/** True when nobody does IT: then "no IT hours" is a fact, not an unknown. */
function nobodyDoesIt(answers: Answers): boolean {
  return choices(answers, 'it-who').includes('nobody');
}

/** The hours the IT staff can give are known: answered, estimated from the FTE, or none because nobody does IT. */
export function itHoursKnown(report: GapReport, answers: Answers): boolean {
  return report.workload.itHoursBasis !== 'none' || nobodyDoesIt(answers);
}

function workingWeeks(report: GapReport): number {
  return report.workload.timelineWeeks * (1 - k('absenceShare'));
}

/** The workload balance as the report states it: hours short or to spare, "about even" below EVEN_FTE (and, short, from EVEN_RATIO up). */
export function workloadBalance(report: GapReport, answers: Answers): WorkloadBalance {
  const { workload } = report;
  const short = workload.status === 'shortfall';
  const hours = Math.round(Math.abs(workload.requiredHours - workload.availableHours));
  const weekly = hours / workingWeeks(report);
  const hoursPerWeek = short ? Math.ceil(weekly) : Math.floor(weekly);
  const fte = Math.abs(workload.fteBalanceShown);
  if (!itHoursKnown(report, answers)) return { kind: 'unknown', short, hours, hoursPerWeek, fte };
  const even = Math.abs(workload.fteBalance) < EVEN_FTE && (!short || workload.wisnRatio >= EVEN_RATIO);
  return { kind: even ? 'even' : workload.status, short, hours, hoursPerWeek, fte };
}

/**
 * The IT hours the project is short, as the workload section states it: 0 when there is no
 * shortfall, when it is "about even" (under EVEN_FTE) or when nobody knows the hours.
 */
export function shortHours(report: GapReport, answers: Answers): number {
  const balance = workloadBalance(report, answers);
  return balance.kind === 'shortfall' ? balance.hours : 0;
}

const EHR_SCOPE = ['new-ehr', 'ehr-replacement'] as const;

function ehrInScope({ answers }: AdviceContext): boolean {
  return choices(answers, 'project-scope').some((value) => (EHR_SCOPE as readonly string[]).includes(value));
}

function telehealthInScope({ answers }: AdviceContext): boolean {
  return choices(answers, 'project-scope').includes('telehealth');
}

function interfacesInScope({ answers }: AdviceContext): boolean {
  return choices(answers, 'project-scope').includes('interfaces');
}

/** Clinical staff change how they work (an EHR or telehealth): training, go-live, super-users apply. */
function clinicalGoLive({ report }: AdviceContext): boolean {
  return report.workload.goLive.applies;
}

function gradualPlanned({ answers }: AdviceContext): boolean {
  const rollout = choice(answers, 'rollout');
  return rollout === 'gradual-site' || rollout === 'gradual-phase';
}

function isHospital({ answers }: AdviceContext): boolean {
  return choice(answers, 'org-type') === 'critical-access-hospital';
}

function severalSites({ report }: AdviceContext): boolean {
  return report.workload.sites >= 2;
}

function sharedItRecommended({ report }: AdviceContext): boolean {
  const { recommendation } = report;
  return recommendation.sharedIt !== null && (recommendation.primary === 'shared-it' || recommendation.mix.some((item) => item.provider === 'shared-it'));
}

function hiringRecommended({ report }: AdviceContext): boolean {
  return report.recommendation.mix.some((item) => item.provider === 'hire');
}

/** The outside help the recommendation names, as the meeting question lists it. */
function outsideHelp(context: AdviceContext): string[] {
  return [...(sharedItRecommended(context) ? ['shared IT'] : []), ...(includesConsultant(context.report) ? ['a consultant'] : []), ...(hiringRecommended(context) ? ['new hires'] : [])];
}

function sharedFormAvailable({ report }: AdviceContext, ids: readonly string[]): boolean {
  return (report.recommendation.sharedIt?.forms ?? []).some((form) => form.available && ids.includes(form.id));
}

const criticalGaps = ({ report }: AdviceContext) => report.gaps.filter((gap) => gap.severity === 'critical').length;

/** The values the advice texts' {placeholders} are filled with, from this report and these answers. */
export function adviceParams(context: AdviceContext): Record<string, string> {
  const { report, answers } = context;
  const { workload } = report;
  const short = shortHours(report, answers);
  const help = outsideHelp(context);
  const gaps = report.gaps.length;
  const dontKnow = report.confidence.dontKnowIds.length;
  const open = report.confidence.missingIds.length;
  const sources = (report.recommendation.sharedIt?.forms ?? []).filter((form) => form.available).map((form) => SHARED_IT_FORM_TEXTS[form.id].short);
  return {
    weeks: countOf(workload.timelineWeeks, 'week', 'weeks'),
    shortHours: countOf(short, 'hour', 'hours'),
    shortWeekly: `${countOf(hoursPerWeekFor(short, report.workload.timelineWeeks), 'hour', 'hours')} a week`,
    requiredWeekly: `${countOf(hoursPerWeekFor(workload.requiredHours, report.workload.timelineWeeks), 'hour', 'hours')} a week`,
    // Head counts not known are estimated (facts.ts, usersOf): a figure built on them says so.
    clinicalHours: `${countOf(workload.goLive.totalHours, 'hour', 'hours')}${workload.usersBasis === 'estimated' ? ' (estimated, as some head counts are not known yet)' : ''}`,
    itWeekly: countOf(workload.itHoursPerWeek, 'hour', 'hours'),
    superUsers: `about ${countOf(workload.goLive.superUsers, 'super-user', 'super-users')}${workload.usersBasis === 'estimated' ? ' (from estimated head counts)' : ''}`,
    gaps: gaps === 1 ? 'the gap' : `each of the ${countOf(gaps, 'gap', 'gaps')}`,
    reassessWhy: gaps > 0 ? 'to see which gaps have closed' : 'to check that nothing has changed',
    critical: countOf(criticalGaps(context), 'critical gap', 'critical gaps'),
    rolloutUnit: isHospital(context) ? 'unit or function' : severalSites(context) ? 'site or service' : 'service or function',
    workflows: SETTING_ADVICE[isHospital(context) ? 'hospital' : 'clinic'].workflowList,
    champion: championWho(answers),
    // A hospital's ED and inpatient units cannot cut their schedules: they are covered (gap-texts.ts, SETTING_ADVICE).
    protect: isHospital(context)
      ? 'Cover clinical staff with backfill and overtime for training and the first go-live weeks,'
      : telehealthInScope(context) && !ehrInScope(context)
        ? "Block time in clinicians' schedules for training and practice video visits,"
        : 'Reduce clinical schedules for training and the first go-live weeks, or backfill,',
    thenConsultant: seekingConsultant(context) && decided(context) ? ', and only then ask for formal quotes' : '',
    dontKnow: dontKnow === 1 ? 'the answer we marked' : `the ${countOf(dontKnow, 'answer', 'answers')} we marked`,
    open: open === 1 ? 'the question' : `the ${countOf(open, 'question', 'questions')}`,
    helpOptions:
      help.length === 1
        ? `and which with ${help[0]}`
        : help
            .map((item) => `which with ${item}`)
            .join(', ')
            .replace(/, (?=[^,]*$)/, ', and '),
    sharedSources: sources.length === 0 ? 'the shared IT you can turn to' : sources.length === 1 ? (sources[0] ?? '') : `${sources.slice(0, -1).join(', ')} or ${sources[sources.length - 1]}`,
  };
}

/** Next steps, in the order a project takes them: who leads, the hours, outside help, the plan, training, follow-up. */
export const NEXT_STEP_RULES: readonly ConditionalAdvice[] = [
  {
    id: 'lead',
    text: 'Name a project lead and give them protected time for the project: without it, the project competes with their usual job.',
    source: 'hrsa-clinical-load',
    when: ({ answers }) => {
      const lead = choice(answers, 'project-lead');
      return lead !== 'protected' && lead !== 'on-top';
    },
  },
  {
    id: 'lead-time',
    text: "Protect your project lead's time: move part of their usual job to others until after go-live, so the project does not compete with it.",
    source: 'hrsa-clinical-load',
    when: ({ answers }) => choice(answers, 'project-lead') === 'on-top',
  },
  {
    id: 'close-hours',
    text: 'Find the IT hours your own staff cannot give, about {shortHours} over {weeks} ({shortWeekly}), and where they come from, before you commit to the go-live date.',
    source: 'wisn',
    when: (context) => shortHours(context.report, context.answers) > 0,
  },
  {
    // The answers say there is no money for what the plan needs: that is settled before anything is bought.
    id: 'fund-outside-help',
    // {thenConsultant}: where a consultant is to be found, that it comes once the funding is agreed (one step, not two).
    text: 'Settle the funding first: get rough prices for the help named here (ask your vendor what its contract already includes), then fund it, cut scope or move the date{thenConsultant}.',
    source: 'hrsa-consultant',
    when: (context) => unfunded(context),
  },
  {
    id: 'consultant-find',
    text: 'Start looking for a consultant now, at a reputable firm or through a referral from a peer organization, and write the contract with the checklist in this report.',
    source: 'hrsa-consultant',
    when: (context) => seekingConsultant(context) && decided(context) && !unfunded(context) && choice(context.answers, 'consultant-relationship') !== 'referral',
  },
  {
    // A referral in hand: start from it, and compare it with one other proposal.
    id: 'consultant-referral',
    text: 'Ask the consultant you were referred to for a proposal now, and a reputable firm for a second one to compare, and write the contract with the checklist in this report.',
    source: 'hrsa-consultant',
    when: (context) => seekingConsultant(context) && decided(context) && !unfunded(context) && choice(context.answers, 'consultant-relationship') === 'referral',
  },
  {
    // Not decided yet: the consultant is the cautious plan, not a purchase to start on.
    id: 'consultant-find-later',
    text: 'If the answers under "Find out first" still point to a consultant, look for one at a reputable firm or through a referral from a peer organization, and write the contract with the checklist in this report.',
    source: 'hrsa-consultant',
    when: (context) => seekingConsultant(context) && !decided(context),
  },
  {
    id: 'consultant-current',
    text: 'Ask your current consultant for a proposal for this project, and check it against the contract checklist in this report before you extend the engagement.',
    source: 'hrsa-consultant',
    when: (context) => includesConsultant(context.report) && choice(context.answers, 'consultant-relationship') === 'current',
  },
  {
    id: 'shared-it',
    text: 'Contact {sharedSources} this month with the questions in the shared IT section of this report, and agree the terms in writing.',
    source: 'hrsa-rural-shared',
    when: sharedItRecommended,
  },
  {
    id: 'gradual',
    text: 'Plan a gradual implementation that starts from your existing staffing and workflows: one site or one service first, then the rest.',
    source: 'hrsa-gradual',
    when: (context) => !gradualPlanned(context) && !isHospital(context) && severalSites(context),
  },
  {
    id: 'gradual-one-site',
    text: 'Plan a gradual implementation that starts from your existing staffing and workflows: with one site, phase by service or by function (for example scheduling first, or a few providers first).',
    source: 'hrsa-gradual',
    when: (context) => !gradualPlanned(context) && !isHospital(context) && !severalSites(context),
  },
  {
    id: 'gradual-hospital',
    text: 'Plan a gradual implementation that starts from your existing staffing and workflows: one unit or one function first, or a staged go-live with a command center staffed day and night.',
    source: 'hrsa-gradual',
    when: (context) => !gradualPlanned(context) && isHospital(context),
  },
  {
    id: 'workflows',
    text: 'Map how work is done today ({workflows}) and set up the new system from there.',
    source: 'hrsa-gradual',
    when: (context) => clinicalGoLive(context) && choice(context.answers, 'existing-workflows') !== 'yes',
  },
  {
    id: 'protect',
    text: '{protect} rather than expect staff to do both at full pace: training and go-live take about {clinicalHours} of staff time.',
    source: 'hrsa-clinical-load',
    when: (context) => {
      const load = choice(context.answers, 'clinical-load');
      return clinicalGoLive(context) && load !== 'reduced' && load !== 'backfilled';
    },
  },
  {
    id: 'champion',
    text: 'Choose a clinical champion: a respected {champion} who backs the project and speaks for the clinical staff.',
    source: 'hrsa-soft-skills',
    when: (context) => clinicalGoLive(context) && choice(context.answers, 'clinical-champion') !== 'yes',
  },
  {
    id: 'super-users',
    text: 'Choose {superUsers} now and give them extra training time before the others: they give support at the elbow at go-live.',
    source: 'super-users',
    when: (context) => clinicalGoLive(context) && context.report.workload.goLive.superUsers > 0 && choice(context.answers, 'super-users') !== 'yes',
  },
  {
    id: 'soft',
    text: 'Include the "soft" skills in training: using the EHR in the exam room and running video visits that keep the doctor-patient connection.',
    source: 'hrsa-soft-skills',
    when: (context) => ehrInScope(context) && telehealthInScope(context) && choice(context.answers, 'soft-training') !== 'yes',
  },
  {
    id: 'soft-exam-room',
    text: 'Include the "soft" skills in training: using the EHR in the exam room while keeping attention on the patient.',
    source: 'hrsa-soft-skills',
    when: (context) => ehrInScope(context) && !telehealthInScope(context) && choice(context.answers, 'soft-training') !== 'yes',
  },
  {
    id: 'soft-telehealth',
    text: 'Include the "soft" skills in training: running video visits that keep the doctor-patient connection.',
    source: 'hrsa-soft-skills',
    when: (context) => telehealthInScope(context) && !ehrInScope(context) && choice(context.answers, 'soft-training') !== 'yes',
  },
  {
    id: 'owners',
    text: 'Give {gaps} in this report an owner and a target date, and review them at each planning meeting.',
    source: 'hrsa-toolbox',
    when: ({ report }) => report.gaps.length > 0,
  },
  {
    id: 'reassess',
    text: 'Assess again before go-live, and about six months after, {reassessWhy}.',
    source: 'hrsa-toolbox',
    when: () => true,
  },
];

/** Questions for the planning meeting, to be discussed by program, clinical and IT leads together. */
export const MEETING_QUESTION_RULES: readonly ConditionalAdvice[] = [
  {
    id: 'agree',
    text: 'Do the IT lead, the clinical lead and management agree with these answers? Where do they differ, and why?',
    source: 'hrsa-toolbox',
    when: () => true,
  },
  {
    id: 'go-live-date',
    text: 'Go-live is under 3 months away (planned here as {weeks}) with {critical}: can they be closed in time, or should the date move?',
    source: 'hrsa-clinical-load',
    when: (context) => choice(context.answers, 'go-live') === 'under-3' && criticalGaps(context) > 0,
  },
  {
    id: 'hours',
    text: 'The project needs about {requiredWeekly} of IT time for {weeks}: whose hours will it really use, and what work will stop or move to make room?',
    source: 'wisn',
    when: ({ answers }) => !nobodyDoesIt(answers),
  },
  {
    // Two answers that cannot both hold as they stand: the meeting says which gives way.
    id: 'stretched-hours',
    text: "We said routine IT already takes all of our IT staff's time, yet counted {itWeekly} a week from them for the project: what will they stop doing to give those hours?",
    source: 'wisn',
    when: ({ answers }) => choice(answers, 'it-routine-load') === 'over-90' && typeof answers['it-project-hours'] === 'number' && answers['it-project-hours'] > 0,
  },
  {
    id: 'no-hiring-check',
    text: 'We expect to do the project with the staff we have, but the estimate is about {shortHours} short ({shortWeekly}): which is right, and what closes the difference?',
    source: 'hrsa-toolbox',
    when: (context) => choice(context.answers, 'no-hiring-feasible') === 'yes' && workloadBalance(context.report, context.answers).kind === 'shortfall',
  },
  {
    id: 'outside',
    text: 'Which gaps will we close with our own staff, {helpOptions}?',
    source: 'hrsa-consultant',
    when: (context) => context.report.gaps.length > 0 && outsideHelp(context).length > 0,
  },
  {
    id: 'first',
    text: 'Which {rolloutUnit} goes first, and what must be true before the next one starts?',
    source: 'hrsa-gradual',
    when: (context) => clinicalGoLive(context) || severalSites(context),
  },
  {
    id: 'unknowns',
    text: 'Who will find out {dontKnow} "Don\'t know", and by when?',
    source: 'hrsa-toolbox',
    when: ({ report }) => report.confidence.dontKnowIds.length > 0,
  },
  {
    id: 'open',
    text: 'Who will answer {open} still open in this assessment, and by when?',
    source: 'hrsa-toolbox',
    when: ({ report }) => report.confidence.missingIds.length > 0,
  },
];

/** What to ask a sister facility, network or service before counting on shared IT. */
export const SHARED_IT_QUESTION_RULES: readonly ConditionalAdvice[] = [
  {
    id: 'hours',
    text: 'How many hours a week can their staff give your project, and for how long after go-live?',
    source: 'hrsa-rural-shared',
    when: (context) => shortHours(context.report, context.answers) === 0,
  },
  {
    id: 'hours-short',
    text: 'Can their staff give your project about {shortWeekly} for {weeks}, and for how long after go-live?',
    source: 'hrsa-rural-shared',
    when: (context) => shortHours(context.report, context.answers) > 0,
  },
  {
    id: 'skills',
    text: 'Have they supported this system (or this type of system) and its interfaces at another site?',
    source: 'hccn',
    when: interfacesInScope,
  },
  {
    id: 'skills-system',
    text: 'Have they supported this system (or this type of system) at another site?',
    source: 'hccn',
    when: (context) => !interfacesInScope(context),
  },
  {
    id: 'on-site',
    text: 'Who comes on site for installation and go-live, and who helps remotely?',
    source: 'hrsa-support-areas',
    when: () => true,
  },
  {
    id: 'members',
    text: 'For a network or program (HCCN or REC): what is included for you, and what costs extra?',
    source: 'hccn',
    when: (context) => sharedFormAvailable(context, ['hccn', 'rec']),
  },
  {
    id: 'msp-interfaces',
    text: "For a managed IT service: who sets up the EHR and builds its interfaces? That is usually the EHR vendor's work, not part of a managed IT contract.",
    source: 'msp',
    when: (context) => sharedFormAvailable(context, ['msp']) && (interfacesInScope(context) || ehrInScope(context)),
  },
];

/** The rules that hold for this report and these (effective) answers, in order, with their placeholders filled. */
function applying(rules: readonly ConditionalAdvice[], report: GapReport, answers: Answers): AdviceItem[] {
  const context = { report, answers };
  const chosen = rules.filter((rule) => rule.when(context));
  if (chosen.length === 0) return [];
  const params = adviceParams(context);
  return chosen.map((rule) => ({ id: rule.id, text: fill(rule.text, params), source: rule.source }));
}

/** The next steps for this assessment; `answers` are the effective answers (effectiveAnswers). */
export function nextStepsFor(report: GapReport, answers: Answers): AdviceItem[] {
  return applying(NEXT_STEP_RULES, report, answers);
}

/** The questions for the planning meeting for this assessment; `answers` are the effective answers. */
export function meetingQuestionsFor(report: GapReport, answers: Answers): AdviceItem[] {
  return applying(MEETING_QUESTION_RULES, report, answers);
}

/** What to ask the shared IT sources, when the report names shared IT; empty otherwise. */
export function sharedItQuestionsFor(report: GapReport, answers: Answers): AdviceItem[] {
  return report.recommendation.sharedIt ? applying(SHARED_IT_QUESTION_RULES, report, answers) : [];
}
