import type { OptionValue, QuestionId, SingleQuestionId } from '../question-ids';
import type { SourceId } from '../sources';
import type { SupportArea } from './constants';
import type { Severity } from './gap-report-schema';
import type { GapArea } from './gap-texts';

/**
 * The scoring model, one entry per question: how an answer counts is an edit here, in the
 * question's own entry. docs/scoring.md renders this table (its "Audit table") and explains how to
 * change a rule. Rules that combine answers (the WISN ratio, nobody doing IT, the staffing
 * recommendation) stay code in gaps.ts, readiness.ts, workload.ts and recommendation.ts, and
 * read the answers through the typed facts.
 */

/** What to find out when the answer is "Don't know", and who should. */
export type FindOutText = { what: string; action: string; owner: string; severity: Severity };

/**
 * A weak answer becomes a gap: its severity depends on the chosen value; values not listed are
 * no gap. Severities only fall as the answer's level rises (a test checks it). The explanation
 * may use {answer} (the chosen option's label) and {weeks} (weeks to go-live), the action also
 * {rollout} (the gradual rollout that fits the setting).
 */
export type AnswerGap<Id extends SingleQuestionId> = {
  /** The gap's id when it is not the question's id. */
  id?: string;
  severityByValue: Partial<Readonly<Record<OptionValue<Id>, Severity>>>;
  title: string;
  explanation: string;
  action: string;
  owner: string;
  source: SourceId;
};

export type QuestionRule<Id extends QuestionId> = {
  /** The readiness area the answer feeds ('general': the report as a whole, such as the workload). */
  area: GapArea;
  /** Weight of the answer in its area's score (within its role for staff skills). */
  weight?: number;
  /** The support area whose experience the answer gives (IT expertise questions). */
  supportArea?: SupportArea;
  gap?: Id extends SingleQuestionId ? AnswerGap<Id> : never;
  /** For questions that allow "Don't know". */
  findOut?: FindOutText;
  /** Why a question that is asked feeds no rule, fact or text yet. */
  informational?: string;
};

export type QuestionRules = { readonly [Id in QuestionId]?: QuestionRule<Id> };

const ASK_IT = 'Ask your IT lead or contractor';

function experience(area: string): FindOutText {
  return {
    what: `how experienced your IT staff are with ${area}`,
    action: `${ASK_IT} what they have done with ${area} before, on their own or with help, and on what scale.`,
    owner: 'Practice manager',
    severity: 'major',
  };
}

function headCount(role: string): FindOutText {
  return {
    what: `how many ${role} will use the system`,
    action: `Count the ${role} from the staff list or the schedule (people, not positions).`,
    owner: 'Practice manager',
    severity: 'minor',
  };
}

function computerSkills(role: string): FindOutText {
  return {
    what: `how comfortable your ${role} are with computers`,
    action: `Ask the lead of your ${role} or run a short skills check (for example a digital literacy self-assessment).`,
    owner: 'Practice manager',
    severity: 'minor',
  };
}

function systemSkills(role: string): FindOutText {
  return {
    what: `how comfortable your ${role} are with this kind of system`,
    action: `Ask your ${role} whether they have used an EHR or video-visit platform before, here or elsewhere.`,
    owner: 'Practice manager',
    severity: 'minor',
  };
}

/**
 * One entry per question that counts. Answer gaps are listed, at equal severity, in the order
 * of this table; a test checks that every question that allows "Don't know" has its find-out
 * wording here, and that every asked question is used or marked informational.
 */
export const QUESTION_RULES: QuestionRules = {
  'clinical-load': {
    area: 'implementation',
    weight: 0.25,
    gap: {
      severityByValue: { full: 'critical', undecided: 'major' },
      title: 'Protect clinical time during training and go-live',
      explanation:
        'You answered: "{answer}". Expecting staff to keep their full clinical load while implementing a new system puts pressure on the project team and leads to delays, cut scope, or outright failure.',
      // {cover}: SETTING_ADVICE in gap-texts.ts, for a clinic or a critical access hospital.
      action: '{cover}',
      owner: 'Medical director and practice manager',
      source: 'hrsa-clinical-load',
    },
  },
  rollout: {
    area: 'implementation',
    weight: 0.2,
    gap: {
      severityByValue: { 'all-at-once': 'major', undecided: 'major' },
      title: 'Plan a gradual rollout',
      explanation: 'You answered: "{answer}". The implementation goes more smoothly as a gradual process that starts from existing staffing and workflows.',
      // {rollout} fits the setting (ROLLOUT_ADVICE in gap-texts.ts): by site, by service, or by unit.
      action: '{rollout}',
      owner: 'Project lead',
      source: 'hrsa-gradual',
    },
  },
  'existing-workflows': {
    area: 'implementation',
    weight: 0.15,
    gap: {
      severityByValue: { no: 'major', partly: 'minor' },
      title: "Map today's workflows first",
      explanation: 'You answered: "{answer}". The first step of a smooth implementation starts from how work is done today.',
      action: 'Write down who does what today {workflows}, and configure the new system from there.',
      owner: 'Practice manager',
      source: 'hrsa-gradual',
    },
    findOut: {
      what: "whether today's workflows will be mapped first",
      action: 'Decide with your project lead whether and when workflows will be written down.',
      owner: 'Project lead',
      severity: 'minor',
    },
  },
  'project-lead': {
    area: 'implementation',
    weight: 0.15,
    gap: {
      severityByValue: { no: 'major', 'on-top': 'minor' },
      title: 'Name a project lead with protected time',
      explanation: 'You answered: "{answer}". Without protected time, the project competes with the lead\'s usual job and loses.',
      action: 'Name one project lead and write down the hours a week they give the project, with their usual work covered.',
      owner: 'Practice manager',
      source: 'hrsa-clinical-load',
    },
  },
  'clinical-champion': {
    area: 'implementation',
    weight: 0.1,
    gap: {
      severityByValue: { no: 'major', planned: 'minor' },
      title: 'Choose a clinical champion',
      explanation: 'You answered: "{answer}". Clinical staff carry most of the change; a respected {champion} brings their view into the project.',
      action: 'Ask a respected {champion} to champion the project and take part in decisions on workflows and training.',
      owner: 'Medical director',
      source: 'hrsa-soft-skills',
    },
  },
  'super-users': {
    area: 'implementation',
    weight: 0.15,
    gap: {
      severityByValue: { no: 'major', planned: 'minor' },
      title: 'Train super-users ahead of go-live',
      explanation: 'You answered: "{answer}". Super-users give support at the elbow during go-live; they need extra training time (vendors suggest 50-100% more).',
      // {superUserPick}: one for every ten users from every role (and site, where there are several), or one where there are ten users or fewer.
      action: 'Choose {superUserPick}; schedule their extra training.',
      owner: 'Project lead',
      source: 'super-users',
    },
  },
  'it-routine-load': {
    area: 'it-capacity',
    weight: 0.2,
    gap: {
      severityByValue: { 'over-90': 'major', '75-90': 'minor' },
      title: 'Routine IT work already fills their time',
      explanation: 'You answered: "{answer}". Routine support does not stop during the project; the project comes on top.',
      action: "Move some routine IT tasks elsewhere for the project's duration (for example to a managed service), or protect the project hours in writing.",
      owner: 'IT lead',
      source: 'hrsa-toolbox',
    },
    findOut: {
      what: 'how much of their time routine IT support takes',
      action: `${ASK_IT} to log their work for two typical weeks.`,
      owner: 'IT lead',
      severity: 'minor',
    },
  },
  'no-hiring-feasible': {
    area: 'it-capacity',
    weight: 0.2,
    gap: {
      severityByValue: { no: 'major', 'with-help': 'minor' },
      title: 'Plan for the extra people the project needs',
      explanation: 'You answered: "{answer}". You do not expect to do the project with the staff you have alone.',
      action: 'Decide now between shared IT, temporary help and hiring, name what each covers, and put it in the plan and budget; hiring takes months.',
      owner: 'Practice manager',
      source: 'hrsa-toolbox',
    },
    findOut: {
      what: 'whether the project can be done without hiring',
      action: 'Compare the hours the project needs (in this report) with what your staff can give, together with your IT lead.',
      owner: 'Practice manager',
      severity: 'minor',
    },
  },
  'nontech-it-tasks': {
    area: 'it-capacity',
    gap: {
      severityByValue: { main: 'major' },
      title: 'Non-technical staff are your main IT support',
      explanation: 'You answered: "{answer}". In small and rural organizations non-technical staff often take on IT tasks on top of their own work; the project will add to both.',
      action: 'Relieve them of part of their usual work during the project, or bring in IT support so they can return to their own role.',
      owner: 'Practice manager',
      source: 'hrsa-rural-shared',
    },
    findOut: {
      what: 'whether non-technical staff carry IT tasks',
      action: 'Ask your office and nursing leads who fixes computers, printers and passwords today.',
      owner: 'Practice manager',
      severity: 'minor',
    },
  },
  'it-people': {
    area: 'it-capacity',
    gap: {
      severityByValue: { one: 'major' },
      title: 'One person holds all of your IT',
      explanation: 'You answered: "{answer}". If that person is ill, leaves or is tied up in go-live week, nobody else knows your systems, even when the hours add up.',
      action:
        'Name a backup (a second staff member, your contractor or shared IT) and have them shadow the set-up; write runbooks for everyday tasks and for go-live; keep passwords and vendor contacts where the backup can reach them.',
      owner: 'Practice manager',
      source: 'hrsa-workforce',
    },
    findOut: {
      what: 'how many people know your systems well enough to fix them',
      action: `${ASK_IT} who else could step in if they were away for two weeks.`,
      owner: 'Practice manager',
      severity: 'minor',
    },
  },
  'it-project-hours': {
    area: 'it-capacity',
    findOut: {
      what: 'how many hours a week IT can give the project',
      action: `${ASK_IT} for an honest weekly figure on top of routine support, and write it into the project plan.`,
      owner: 'IT lead',
      severity: 'major',
    },
  },
  'soft-exam-room': {
    area: 'soft-skills',
    weight: 1,
    gap: {
      severityByValue: { 'not-yet': 'major', 'with-difficulty': 'minor' },
      title: 'Practise using the EHR in the exam room',
      explanation: 'You answered: "{answer}". Staff need "soft" skills to use the EHR in the exam room without losing the patient\'s attention.',
      action: 'Train clinicians in exam-room computer use (screen placement, eye contact, showing the patient the screen) with practice visits.',
      owner: 'Clinical champion',
      source: 'hrsa-soft-skills',
    },
    findOut: {
      what: 'how well clinicians use a computer in the exam room',
      action: 'Ask your clinical champion to observe a few visits, or ask patients in a short survey.',
      owner: 'Clinical champion',
      severity: 'minor',
    },
  },
  'soft-telehealth': {
    area: 'soft-skills',
    weight: 1,
    gap: {
      severityByValue: { never: 'major', uneasy: 'minor' },
      title: 'Practise video visits that feel personal',
      explanation: 'You answered: "{answer}". A telehealth consultation should minimize the feeling of distance between doctor and patient.',
      action: 'Run practice video visits before go-live: looking at the camera, explaining what is happening, handling a dropped connection.',
      owner: 'Clinical champion',
      source: 'hrsa-soft-skills',
    },
    findOut: {
      what: 'how comfortable clinicians are with video visits',
      action: 'Ask your clinicians whether they have run video visits and how they felt about them.',
      owner: 'Clinical champion',
      severity: 'minor',
    },
  },
  'soft-training': {
    area: 'soft-skills',
    weight: 1,
    gap: {
      severityByValue: { no: 'major', partly: 'minor' },
      title: 'Train the soft skills, not only the buttons',
      explanation: 'You answered: "{answer}". Soft skills are learned by practice; training that covers only the software leaves them out.',
      action: 'Add practice visits with feedback to the training plan, {softWhere}.',
      owner: 'Project lead',
      source: 'hrsa-soft-skills',
    },
    findOut: {
      what: 'whether training will cover soft skills',
      action: 'Ask your vendor or trainer for the training plan and check it includes practice visits.',
      owner: 'Project lead',
      severity: 'minor',
    },
  },
  'go-live': {
    area: 'general',
    gap: {
      id: 'go-live-date',
      severityByValue: { 'not-set': 'minor' },
      title: 'Set a go-live date',
      explanation: 'No date is set yet, so the workload estimate assumes {weeks} weeks to go-live.',
      action: 'Agree a target go-live date with your vendor; it decides how many hours a week the project needs.',
      owner: 'Project lead',
      source: 'wisn',
    },
  },
  rural: {
    area: 'general',
    findOut: {
      what: 'whether you count as rural',
      action: 'Check your address with the HRSA Federal Office of Rural Health Policy eligibility tool or ask your primary care association.',
      owner: 'Practice manager',
      severity: 'minor',
    },
  },
  'interface-count': {
    area: 'general',
    findOut: {
      what: 'how many interfaces the project needs',
      action: 'List the systems that must exchange data with the new one (lab, pharmacy, imaging, HIE, billing) with your vendor.',
      owner: 'IT lead',
      severity: 'major',
    },
  },
  // Read by the recommendation's reasons (where to turn for shared IT, the vendor's part) and by
  // the around-the-clock go-live gap of a critical access hospital (gaps.ts).
  'org-type': { area: 'general' },
  // Read by the workload: a vendor-hosted system takes server, backup and security work off the staff.
  hosting: {
    area: 'general',
    findOut: {
      what: 'whether the system will be hosted by the vendor or run on your own servers',
      action: 'Ask your vendor (or the vendors you are choosing between) and your IT lead; it changes who does the server, backup and security work.',
      owner: 'IT lead',
      severity: 'minor',
    },
  },
  'site-internet': {
    area: 'general',
    gap: {
      severityByValue: { unreliable: 'major', sometimes: 'minor' },
      title: 'Make the internet connection at your sites dependable',
      explanation: 'You answered: "{answer}". A hosted system, e-prescribing, the HIE and video visits stop when the internet does.',
      action:
        'Have your IT lead or contractor measure each site at busy hours, upgrade the slowest, add a backup connection (for example a cellular one), and write down what staff do when it is down.',
      owner: 'IT lead',
      source: 'telehealth-connectivity',
    },
    findOut: {
      what: 'how reliable the internet connection is at your sites',
      action: `${ASK_IT} to test each site's connection at a busy hour, including a video call.`,
      owner: 'IT lead',
      severity: 'minor',
    },
  },
  'patient-internet': {
    area: 'general',
    gap: {
      severityByValue: { few: 'major', some: 'minor' },
      title: 'Plan for patients without a good connection',
      explanation: 'You answered: "{answer}". A video visit needs a working connection at the patient\'s end too.',
      action:
        'Offer audio-only visits as a fallback (check which of your payers cover them), ask patients to test their device and connection before the first visit, and give them a number to call when video fails.',
      owner: 'Practice manager',
      source: 'telehealth-connectivity',
    },
    findOut: {
      what: 'how many of your patients can do a video visit',
      action: 'Ask your front desk to note, for two weeks, whether patients who call have a smartphone or computer with a camera and internet at home.',
      owner: 'Practice manager',
      severity: 'minor',
    },
  },
  'exp-technology': {
    area: 'it-expertise',
    supportArea: 'system-setup',
    weight: 2,
    findOut: experience('this type of system'),
  },
  'exp-installation': {
    area: 'it-expertise',
    supportArea: 'installation',
    weight: 1,
    findOut: experience('software installation'),
  },
  'exp-networking': {
    area: 'it-expertise',
    supportArea: 'networking',
    weight: 1,
    findOut: experience('networking'),
  },
  'exp-interfacing': {
    area: 'it-expertise',
    supportArea: 'interfacing',
    weight: 1,
    findOut: experience('interfaces between systems'),
  },
  'exp-security': {
    area: 'it-expertise',
    supportArea: 'security',
    weight: 1,
    findOut: experience('security and backups'),
  },
  // Read by the workload: training hours, super-users and go-live support by role.
  'staff-count-clerical': { area: 'general', findOut: headCount('clerical and front-desk staff') },
  'staff-count-medical-assistants': { area: 'general', findOut: headCount('medical assistants') },
  'staff-count-nurses': { area: 'general', findOut: headCount('nurses') },
  'staff-count-providers': { area: 'general', findOut: headCount('providers') },
  // Read by the workload: with the role counts it makes the number of users (IT hours per user).
  'staff-count-other': {
    area: 'general',
    findOut: {
      what: 'how many other staff will use the system',
      action: 'Count everyone else who will log in (billing, managers, anyone not counted by role), each person once.',
      owner: 'Practice manager',
      severity: 'minor',
    },
  },
  'skill-computer-clerical': {
    area: 'staff-skills',
    weight: 0.5,
    findOut: computerSkills('clerical and front-desk staff'),
  },
  'skill-computer-medical-assistants': {
    area: 'staff-skills',
    weight: 0.5,
    findOut: computerSkills('medical assistants'),
  },
  'skill-computer-nurses': {
    area: 'staff-skills',
    weight: 0.5,
    findOut: computerSkills('nurses'),
  },
  'skill-computer-providers': {
    area: 'staff-skills',
    weight: 0.5,
    findOut: computerSkills('providers'),
  },
  'skill-system-clerical': {
    area: 'staff-skills',
    weight: 0.5,
    findOut: systemSkills('clerical and front-desk staff'),
  },
  'skill-system-medical-assistants': {
    area: 'staff-skills',
    weight: 0.5,
    findOut: systemSkills('medical assistants'),
  },
  'skill-system-nurses': {
    area: 'staff-skills',
    weight: 0.5,
    findOut: systemSkills('nurses'),
  },
  'skill-system-providers': {
    area: 'staff-skills',
    weight: 0.5,
    findOut: systemSkills('providers'),
  },
  'outside-budget': {
    area: 'general',
    findOut: {
      what: 'whether there is budget for outside support',
      action: 'Ask your finance lead or board what can be spent on shared IT, a consultant or temporary staff.',
      owner: 'Practice manager',
      severity: 'minor',
    },
  },
  'prefer-temporary': {
    area: 'general',
    findOut: {
      what: 'whether your organization prefers temporary help or hiring',
      action: 'Ask leadership whether the extra work should go to temporary help or permanent staff.',
      owner: 'Practice manager',
      severity: 'minor',
    },
  },
  'shared-it-access': {
    area: 'general',
    findOut: {
      what: 'whether you could share IT staff or expertise',
      action: 'Ask your primary care association about the HCCN and regional extension center near you, and ask sister facilities.',
      owner: 'Practice manager',
      severity: 'minor',
    },
  },
  // Read by the recommendation's conditions: an engagement at hand is reviewed and extended.
  'consultant-relationship': { area: 'general' },
};

/** Fallback wording for a "Don't know" the table does not cover; never expected in practice (a test checks). */
export const GENERIC_FIND_OUT: FindOutText = {
  what: 'the answer to this question',
  action: 'Ask the person who knows this best and update the assessment.',
  owner: 'Practice manager',
  severity: 'minor',
};

type Entry = { [Id in QuestionId]: [Id, QuestionRule<Id>] }[QuestionId];

/** The table's entries, in its order. */
export const RULE_ENTRIES = Object.entries(QUESTION_RULES) as Entry[];

/** The answer gaps of the table, in its order, with the question each reads. */
export const ANSWER_GAPS = RULE_ENTRIES.flatMap(([question, rule]) => (rule.gap ? [{ question: question as SingleQuestionId, gap: rule.gap as AnswerGap<SingleQuestionId> }] : []));

/** The weight of an answer in its area's score; 0 for a question without one. */
export function ruleWeight(id: QuestionId): number {
  return QUESTION_RULES[id]?.weight ?? 0;
}

/** The questions whose answers make up an area's score directly, with their weights, in the table's order. */
export function weightedQuestions(area: GapArea): { question: SingleQuestionId; weight: number }[] {
  return RULE_ENTRIES.flatMap(([question, rule]) => (rule.area === area && rule.weight !== undefined ? [{ question: question as SingleQuestionId, weight: rule.weight }] : []));
}

/** The experience question of each support area. */
export function experienceQuestion(area: SupportArea): SingleQuestionId {
  const entry = RULE_ENTRIES.find(([, rule]) => rule.supportArea === area);
  if (!entry) throw new Error(`No experience question for ${area}`);
  return entry[0] as SingleQuestionId;
}
