import type { SourceId } from '../sources';
import type { GAP_AREAS, Severity } from './gap-report-schema';

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
 * A weak answer becomes a gap: the severity depends on the chosen value; values not listed are
 * no gap. Severities only fall as the answer's level rises (a test checks it).
 */
export type AnswerGapRule = GapText & { id: string; question: string; severityByValue: Readonly<Record<string, Severity>> };

export const ANSWER_GAP_RULES: readonly AnswerGapRule[] = [
  {
    id: 'clinical-load',
    question: 'clinical-load',
    severityByValue: { full: 'critical', undecided: 'major' },
    area: 'implementation',
    title: 'Protect clinical time during training and go-live',
    explanation: 'You answered: "{answer}". Expecting staff to keep their full clinical load while implementing a new system puts pressure on the project team and leads to delays, cut scope, or outright failure.',
    action: 'Reduce clinic schedules for training and the first weeks after go-live (for example 50% in weeks 1-2, 75% in week 3, 90% in week 4), or arrange backfill, and budget for the lost visits.',
    owner: 'Medical director and practice manager',
    source: 'hrsa-clinical-load',
  },
  {
    id: 'rollout',
    question: 'rollout',
    severityByValue: { 'all-at-once': 'major', undecided: 'major' },
    area: 'implementation',
    title: 'Plan a gradual rollout',
    explanation: 'You answered: "{answer}". The implementation goes more smoothly as a gradual process that starts from existing staffing and workflows.',
    action: 'Start with one site or one service, or roll out in phases (for example scheduling first, then clinical notes), and set what must work before the next step.',
    owner: 'Project lead',
    source: 'hrsa-gradual',
  },
  {
    id: 'existing-workflows',
    question: 'existing-workflows',
    severityByValue: { no: 'major', partly: 'minor' },
    area: 'implementation',
    title: 'Map today\'s workflows first',
    explanation: 'You answered: "{answer}". The first step of a smooth implementation starts from how work is done today.',
    action: 'Write down who does what today at check-in, rooming, the visit and checkout, and configure the new system from there.',
    owner: 'Practice manager',
    source: 'hrsa-gradual',
  },
  {
    id: 'project-lead',
    question: 'project-lead',
    severityByValue: { no: 'major', 'on-top': 'minor' },
    area: 'implementation',
    title: 'Name a project lead with protected time',
    explanation: 'You answered: "{answer}". Without protected time, the project competes with the lead\'s usual job and loses.',
    action: 'Name one project lead and write down the hours a week they give the project, with their usual work covered.',
    owner: 'Practice manager',
    source: 'hrsa-clinical-load',
  },
  {
    id: 'clinical-champion',
    question: 'clinical-champion',
    severityByValue: { no: 'major', planned: 'minor' },
    area: 'implementation',
    title: 'Choose a clinical champion',
    explanation: 'You answered: "{answer}". Clinical staff carry most of the change; a respected provider or nurse brings their view into the project.',
    action: 'Ask a respected provider or nurse to champion the project and take part in decisions on workflows and training.',
    owner: 'Medical director',
    source: 'hrsa-soft-skills',
  },
  {
    id: 'super-users',
    question: 'super-users',
    severityByValue: { no: 'major', planned: 'minor' },
    area: 'implementation',
    title: 'Train super-users ahead of go-live',
    explanation: 'You answered: "{answer}". Super-users give support at the elbow during go-live; they need extra training time (vendors suggest 50-100% more).',
    action: 'Choose about one super-user for every ten users, from every role and site, and schedule their extra training.',
    owner: 'Project lead',
    source: 'super-users',
  },
  {
    id: 'it-routine-load',
    question: 'it-routine-load',
    severityByValue: { 'over-90': 'major', '75-90': 'minor' },
    area: 'it-capacity',
    title: 'Routine IT work already fills their time',
    explanation: 'You answered: "{answer}". Routine support does not stop during the project; the project comes on top.',
    action: 'Move some routine IT tasks elsewhere for the project\'s duration (for example to a managed service), or protect the project hours in writing.',
    owner: 'IT lead',
    source: 'hrsa-toolbox',
  },
  {
    id: 'no-hiring-feasible',
    question: 'no-hiring-feasible',
    severityByValue: { no: 'major', 'with-help': 'minor' },
    area: 'it-capacity',
    title: 'Plan for the extra people the project needs',
    explanation: 'You answered: "{answer}". You do not expect to do the project with the staff you have alone.',
    action: 'Decide now between shared IT, temporary help and hiring, name what each covers, and put it in the plan and budget; hiring takes months.',
    owner: 'Practice manager',
    source: 'hrsa-toolbox',
  },
  {
    id: 'nontech-it-tasks',
    question: 'nontech-it-tasks',
    severityByValue: { main: 'major' },
    area: 'it-capacity',
    title: 'Non-technical staff are your main IT support',
    explanation: 'You answered: "{answer}". In small and rural organizations non-technical staff often take on IT tasks on top of their own work; the project will add to both.',
    action: 'Relieve them of part of their usual work during the project, or bring in IT support so they can return to their own role.',
    owner: 'Practice manager',
    source: 'hrsa-rural-shared',
  },
  {
    id: 'soft-exam-room',
    question: 'soft-exam-room',
    severityByValue: { 'not-yet': 'major', 'with-difficulty': 'minor' },
    area: 'soft-skills',
    title: 'Practise using the EHR in the exam room',
    explanation: 'You answered: "{answer}". Staff need "soft" skills to use the EHR in the exam room without losing the patient\'s attention.',
    action: 'Train clinicians in exam-room computer use (screen placement, eye contact, showing the patient the screen) with practice visits.',
    owner: 'Clinical champion',
    source: 'hrsa-soft-skills',
  },
  {
    id: 'soft-telehealth',
    question: 'soft-telehealth',
    severityByValue: { never: 'major', uneasy: 'minor' },
    area: 'soft-skills',
    title: 'Practise video visits that feel personal',
    explanation: 'You answered: "{answer}". A telehealth consultation should minimize the feeling of distance between doctor and patient.',
    action: 'Run practice video visits before go-live: looking at the camera, explaining what is happening, handling a dropped connection.',
    owner: 'Clinical champion',
    source: 'hrsa-soft-skills',
  },
  {
    id: 'soft-training',
    question: 'soft-training',
    severityByValue: { no: 'major', partly: 'minor' },
    area: 'soft-skills',
    title: 'Train the soft skills, not only the buttons',
    explanation: 'You answered: "{answer}". Soft skills are learned by practice; training that covers only the software leaves them out.',
    action: 'Add practice visits with feedback to the training plan, for the exam room and for video visits.',
    owner: 'Project lead',
    source: 'hrsa-soft-skills',
  },
  {
    id: 'go-live-date',
    question: 'go-live',
    severityByValue: { 'not-set': 'minor' },
    area: 'general',
    title: 'Set a go-live date',
    explanation: 'No date is set yet, so the workload estimate assumes {weeks} weeks to go-live.',
    action: 'Agree a target go-live date with your vendor; it decides how many hours a week the project needs.',
    owner: 'Project lead',
    source: 'wisn',
  },
];

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
    explanation: 'The project needs about {required} IT hours over {weeks} weeks; your IT staff can give about {available} ({percent}% of what is needed), a shortfall of {fte} FTE.',
    action: 'Close the gap in hours with shared IT, temporary help or hiring, or move the go-live date; do not count on the project fitting into routine work.',
    owner: 'Practice manager',
    source: 'wisn',
  },
  expertise: {
    area: 'it-expertise',
    title: 'Build experience with {area}',
    explanation: 'Your IT staff have {answer} with {area}, which this project needs. {why}',
    action: 'Bring in outside expertise for {area} (a consultant or shared IT) that transfers the knowledge to your IT staff, and plan training for them.',
    owner: 'IT lead',
    source: 'hrsa-support-areas',
  },
  'staff-computer': {
    area: 'staff-skills',
    title: 'Basic computer skills for {role}',
    explanation: 'You rated the computer skills of your {role} as "{answer}". Staff who struggle with computers need more training and slow down at go-live.',
    action: 'Offer basic computer training to {role} before system training starts (for example a digital literacy course), and pair them with a super-user at go-live.',
    owner: 'Practice manager',
    source: 'digital-skills',
  },
  'staff-system': {
    area: 'staff-skills',
    title: 'Hands-on practice with the system for {role}',
    explanation: 'You rated how comfortable your {role} are with this kind of system as "{answer}". Experience with a similar system shortens training and the dip in productivity after go-live.',
    action: 'Give {role} hands-on practice with the new system in a training environment before go-live, not only a demonstration.',
    owner: 'Project lead',
    source: 'digital-skills',
  },
  'no-outside-budget': {
    area: 'general',
    title: 'Budget for outside help',
    explanation: 'There is no budget for outside support, but this assessment finds gaps your own staff cannot close alone.',
    action: 'Budget for the help named in the recommendation, or cut the scope or move the date to fit your own staff; ask your HCCN or REC about funded assistance.',
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
