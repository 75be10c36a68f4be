import type { GapReport } from './scoring/gap-report-schema';
import type { SourceId } from './sources';

/** A piece of report advice with where it comes from. */
export type AdviceItem = { id: string; text: string; source: SourceId };

/** What to put in a consultant's contract (HRSA Toolbox, plus common contracting practice). */
export const CONSULTANT_CHECKLIST: { heading: string; items: AdviceItem[] }[] = [
  {
    heading: 'Finding a consultant',
    items: [
      { id: 'find', text: 'Go to a reputable consulting firm, or engage a consultant on a referral from a peer organization; ask for references from similar clinics.', source: 'hrsa-consultant' },
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
    heading: 'Knowledge transfer to your IT team',
    items: [
      { id: 'kt-plan', text: 'Require a knowledge-transfer plan: a skills assessment of your resident IT team and a gap analysis.', source: 'hrsa-consultant' },
      {
        id: 'kt-methods',
        text: 'Name the methods: your staff shadow the consultant, then the consultant shadows your staff (reverse shadowing), and everything is documented.',
        source: 'consultant-contract',
      },
      { id: 'kt-exit', text: 'Agree handover phases, exit criteria your team must meet before the consultant leaves, and support after handover.', source: 'consultant-contract' },
    ],
  },
];

/** What to ask a sister facility, network or service before counting on shared IT. */
export const SHARED_IT_QUESTIONS: AdviceItem[] = [
  { id: 'hours', text: 'How many hours a week can their staff give your project, and for how long after go-live?', source: 'hrsa-rural-shared' },
  { id: 'skills', text: 'Have they supported this system (or this type of system) and its interfaces at another site?', source: 'hccn' },
  { id: 'on-site', text: 'Who comes on site for installation and go-live, and who helps remotely?', source: 'hrsa-support-areas' },
  { id: 'members', text: 'For a network or program (HCCN or REC): what is included for you, and what costs extra?', source: 'hccn' },
];

/** Next steps every organization should take, whatever the recommendation. */
export const NEXT_STEPS: AdviceItem[] = [
  { id: 'gradual', text: 'Plan a gradual implementation that starts from your existing staffing and workflows: one site or one service first, then the rest.', source: 'hrsa-gradual' },
  {
    id: 'protect',
    text: 'Reduce clinical schedules during training and the first weeks after go-live, or backfill, instead of expecting staff to do both at full pace.',
    source: 'hrsa-clinical-load',
  },
  { id: 'soft', text: 'Include the "soft" skills in training: using the EHR in the exam room and running video visits that keep the doctor-patient connection.', source: 'hrsa-soft-skills' },
  { id: 'owners', text: 'Give every gap in this report an owner and a date, and review them at each planning meeting.', source: 'hrsa-toolbox' },
  { id: 'reassess', text: 'Assess again before go-live, and about six months after, to see which gaps have closed.', source: 'hrsa-toolbox' },
];

/** Questions for the planning meeting, to be discussed by program, clinical and IT leads together. */
export const DISCUSSION_QUESTIONS: AdviceItem[] = [
  { id: 'agree', text: 'Do the IT lead, the clinical lead and management agree with these answers? Where do they differ, and why?', source: 'hrsa-toolbox' },
  { id: 'hours', text: 'Whose hours will the project really use each week, and what work will stop or move to make room?', source: 'wisn' },
  { id: 'outside', text: 'Which gaps will we close with our own staff, which with shared IT, and which with a consultant?', source: 'hrsa-consultant' },
  { id: 'first', text: 'Which site or service goes first, and what must be true before the next one starts?', source: 'hrsa-gradual' },
  { id: 'unknowns', text: 'Who will find out the answers we marked "Don\'t know", and by when?', source: 'hrsa-toolbox' },
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
