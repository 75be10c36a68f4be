import type { SourceId } from '../sources';
import type { GAP_AREAS } from './gap-report-schema';

export type GapArea = (typeof GAP_AREAS)[number];

export type GapText = {
  area: GapArea;
  title: string;
  /** May use {answer} (the chosen option's label) and the placeholders the rule documents. */
  explanation: string;
  action: string;
  owner: string;
  source: SourceId;
};

/**
 * Where nobody does IT, gap texts that turn to the IT lead turn to the IT help the report
 * recommends bringing in instead, and the practice manager owns them.
 */
export const NO_IT_STAFF_WORDING = {
  replace: [
    ['Have your IT lead or contractor measure', 'Ask the IT help you bring in to measure'],
    ['Ask your IT lead or contractor', 'Ask the IT help you bring in'],
    ['your IT lead or contractor', 'the IT help you bring in'],
    ['your IT lead', 'the IT help you bring in'],
  ],
  owner: { from: 'IT lead', to: 'Practice manager' },
} as const;

/** Who owns the manager's gaps in a hospital, which has an administrator, not a practice manager. */
export const HOSPITAL_OWNER = { from: 'Practice manager', to: 'Hospital administrator' } as const;

/**
 * Today's work to map when only interfaces change (no clinical go-live): the flow of orders and
 * results, not the visit.
 */
export const INTERFACE_WORKFLOWS = 'with orders, results and referrals (who sends, receives, checks and files each one)';

/** Where soft skills are practised, by what the project brings into the visit. */
export const SOFT_PRACTICE_WHERE = { ehr: 'for the exam room', telehealth: 'for video visits', both: 'for the exam room and for video visits' } as const;

/** Who can be the clinical champion: a nurse only where the organization has nurses. */
export const CHAMPION_WHO = { withNurses: 'provider or nurse', withoutNurses: 'provider' } as const;

/** A gradual rollout that fits the setting: several sites, one site, or a hospital. */
export const ROLLOUT_ADVICE = {
  sites: 'Start with one site or one service, or roll out in phases (for example scheduling first, then clinical notes), and set what must work before the next step.',
  'one-site': 'Roll out by service or by function (for example scheduling first, then clinical notes) rather than everything on one day, and set what must work before the next step.',
  hospital:
    'Go live unit by unit where the system allows; where the whole hospital must go live on one day, stage the work around it: train everyone first, rehearse, and run a command center day and night for the first weeks.',
} as const;

/**
 * What differs between a clinic and a critical access hospital in the gaps' actions ({cover},
 * {workflows}): a hospital's emergency department and inpatient units run around the clock, so
 * their schedules are covered (backfill, overtime), not reduced; its workflows are not a visit's.
 */
export const SETTING_ADVICE = {
  clinic: {
    cover: 'Reduce clinic schedules for training and the first weeks after go-live{schedule}, or arrange backfill, and budget for the lost visits.',
    workflows: 'at check-in, rooming, the visit and checkout',
    workflowList: 'check-in, rooming, the visit, checkout',
  },
  hospital: {
    cover:
      'Arrange backfill (agency or float staff) and overtime for training and the first weeks after go-live: the emergency department and inpatient units run around the clock, so their schedules cannot simply be reduced. Budget for the cost.',
    workflows: 'at admission, in the emergency department, for orders, medication administration and discharge',
    workflowList: 'admission, the emergency department, orders, medication administration, discharge',
  },
} as const;

/** Protecting clinical time where only video visits are added: time for practice, not reduced schedules. */
export const VIDEO_ONLY_COVER = "Block time in each clinician's schedule for training and practice video visits before go-live, and book the first video visits in longer slots.";

/** Said where the workload estimate has an example reduced schedule (an EHR in scope). */
export const SCHEDULE_NOTE = ' (the workload estimate shows an example schedule and the staff hours it takes)';

/** Gaps that come from several answers at once; placeholders are listed per gap. */
export const DERIVED_GAP_TEXTS = {
  'assessment-incomplete': {
    area: 'general',
    title: 'Finish the assessment',
    explanation: '{count} questions are still open, so this report is provisional: open answers count as weak until they are answered.',
    action: 'Answer the open questions listed in the report; ask your IT lead or contractor where you are unsure.',
    owner: 'Practice manager',
    source: 'readiness-tools',
  },
  'no-it-staff': {
    area: 'it-capacity',
    title: 'Arrange IT support: nobody does IT today',
    explanation: 'Nobody in particular does IT for your organization, and the project needs support for software installation, networking and interfacing, heaviest during implementation.',
    action: 'Arrange IT support before the project starts (shared IT or a consultant) and decide who will look after the system after go-live.',
    owner: 'Practice manager',
    source: 'hrsa-support-areas',
  },
  'it-side-only': {
    area: 'it-capacity',
    title: 'IT is done on the side',
    explanation: 'Only clinical or office staff do IT, on top of their own work; the project adds to both jobs.',
    action: 'Give the person who does IT protected hours for the project, and line up shared IT or a consultant for the technical work.',
    owner: 'Practice manager',
    source: 'hrsa-rural-shared',
  },
  'it-capacity-shortfall': {
    area: 'it-capacity',
    title: 'IT staff lack the hours for the project',
    explanation:
      'The project needs about {required} IT hours over {weeks} weeks; your IT staff can give about {available} ({percent}% of what is needed): about {short} hours short, or {shortWeekly} hours a week with leave allowed for (about {fte} FTE).',
    action: 'Close the gap in hours with shared IT, temporary help or hiring, or move the go-live date; do not count on the project fitting into routine work.',
    owner: 'Practice manager',
    source: 'wisn',
  },
  expertise: {
    area: 'it-expertise',
    title: 'Build experience with {areas}',
    explanation: 'Your IT staff have {answers}, which this project needs. {why}',
    action: 'Bring in outside expertise for {areas} (a consultant or shared IT) that transfers the knowledge to your IT staff, and plan training for them.',
    owner: 'IT lead',
    source: 'hrsa-support-areas',
  },
  'staff-computer': {
    area: 'staff-skills',
    title: 'Basic computer skills for {roles}',
    explanation: 'You rated the computer skills of {ratings}. Staff who struggle with computers need more training and slow down at go-live.',
    action: 'Offer basic computer training to {roles} before system training starts (for example a digital literacy course), and pair them with a super-user at go-live.',
    owner: 'Practice manager',
    source: 'digital-skills',
  },
  'staff-system': {
    area: 'staff-skills',
    title: 'Hands-on practice with the system for {roles}',
    explanation: 'You rated how comfortable {ratings} with this kind of system. Experience with a similar system shortens training and the dip in productivity after go-live.',
    action: 'Give {roles} hands-on practice with the new system in a training environment before go-live, not only a demonstration.',
    owner: 'Project lead',
    source: 'digital-skills',
  },
  'find-out-experience': {
    area: 'it-expertise',
    title: 'Find out how experienced your IT staff are with {areas}',
    explanation: 'You answered "Don\'t know". Until you find out, this report counts their experience as lacking: it is better to underestimate readiness than to overestimate it.',
    action: 'Ask your IT lead or contractor what they have done with {areas} before, on their own or with help, and on what scale.',
    owner: 'Practice manager',
    source: 'hrsa-support-areas',
  },
  'find-out-it-hours': {
    area: 'it-capacity',
    title: 'Find out how many hours IT can give the project',
    explanation: 'You answered "Don\'t know" for the IT staff time and the hours they could give. Until you find out, this report counts no hours: the project needs about {weekly} hours a week.',
    action: 'Ask your IT lead or contractor for an honest weekly figure, on top of routine support (for a contractor: the hours its contract allows), and put it in writing.',
    owner: 'Practice manager',
    source: 'wisn',
  },
  'find-out-others': {
    area: 'general',
    title: 'Find out {count} more answers',
    explanation: 'You answered "Don\'t know" to these; each counts as weak until you find out: {list}.',
    action: 'Go through the list with the people who know (your IT lead or contractor, nursing or office lead), then update the assessment.',
    owner: 'Practice manager',
    source: 'readiness-tools',
  },
  'find-out-skills': {
    area: 'staff-skills',
    title: 'Find out how comfortable {roles} are with technology',
    explanation: 'You answered "Don\'t know" to how comfortable {roles} are with computers or with this kind of system. Until you find out, this report counts those skills as weak.',
    action: 'Ask the lead of each group, or run a short skills check (for example a digital literacy self-assessment), and ask whether they have used an EHR or video-visit platform before.',
    owner: 'Practice manager',
    source: 'digital-skills',
  },
  'around-the-clock': {
    area: 'implementation',
    title: 'Plan go-live cover around the clock',
    explanation: 'A critical access hospital runs day and night: the emergency department and the inpatient beds go live too, often all on one day.',
    action:
      'Plan at-the-elbow support and IT cover for nights and weekends, train night and weekend staff before go-live, run a command center for the first weeks, and write downtime procedures for when the system is unavailable.',
    owner: 'Project lead',
    source: 'cah',
  },
  'no-outside-budget': {
    area: 'general',
    title: 'Budget for outside help',
    explanation: 'There is no budget for outside support, but this assessment finds gaps your own staff cannot close alone.',
    // {where}: NO_BUDGET_HELP, by type of organization.
    action: 'Budget for the help named in the recommendation, or cut the scope or move the date to fit your own staff{where}.',
    owner: 'Practice manager',
    source: 'hrsa-consultant',
  },
  'find-out': {
    area: 'general',
    title: 'Find out {what}',
    explanation: 'You answered "Don\'t know". Until you find out, this report counts the answer as weak: it is better to underestimate readiness than to overestimate it.',
    action: '{action}',
    owner: '{owner}',
    source: 'readiness-tools',
  },
} as const satisfies Readonly<Record<string, GapText>>;

/**
 * Where an organization without a budget for outside help can ask about assistance, by type:
 * HCCNs and primary care associations serve health centers; rural health clinics and critical
 * access hospitals turn to their State Office of Rural Health (and a hospital to the state's Flex
 * program). Regional extension centers are not named: their federal funding ended around
 * 2014-2016 and many stopped or charge fees (domain facts).
 */
export const NO_BUDGET_HELP: Readonly<Record<'health-center' | 'rural-health-clinic' | 'critical-access-hospital', string>> = {
  'health-center': '; ask your health center controlled network (HCCN) or primary care association what assistance it offers',
  'rural-health-clinic': '; ask your State Office of Rural Health what assistance it offers',
  'critical-access-hospital': "; ask your State Office of Rural Health and the state's Flex program what assistance they offer",
};
