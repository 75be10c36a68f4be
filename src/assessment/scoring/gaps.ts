import { QUESTION_BANK } from '../question-bank';
import { SUPPORT_AREAS, k } from './constants';
import { COUNT_QUESTIONS, SKILL_QUESTIONS, capacityQuestionIds, cited, lackingAreas, type Facts } from './facts';
import type { Answers } from '../schema';
import { SEVERITIES, type Gap, type Severity } from './gap-report-schema';
import { gapsBySeverity } from './report-queries';
import { fteFigures, hoursPerWeekFor, itHoursPerWeek } from './workload';
import { ANSWER_GAPS, GENERIC_FIND_OUT, QUESTION_RULES, experienceQuestion } from './question-rules';
import {
  CHAMPION_WHO,
  DERIVED_GAP_TEXTS,
  HOSPITAL_OWNER,
  INTERFACE_WORKFLOWS,
  NO_BUDGET_HELP,
  NO_IT_STAFF_WORDING,
  ROLLOUT_ADVICE,
  SCHEDULE_NOTE,
  SETTING_ADVICE,
  SOFT_PRACTICE_WHERE,
  VIDEO_ONLY_COVER,
  type GapText,
} from './gap-texts';
import { ROLE_TEXTS, SUPPORT_AREA_TEXTS, fill, joinList } from './labels';
import { choice, levelOf, optionLabel, readAnswer } from './read-answers';

/** Figures from the workload that some gaps quote; passed in so gaps stay a function of the answers. */
export type CapacityInput = { required: number; available: number; ratio: number; timelineWeeks: number };

type Params = Record<string, string | number>;

function makeGap(id: string, kind: Gap['kind'], severity: Severity, text: GapText, questionIds: readonly string[], params: Params): Gap {
  return {
    id,
    kind,
    area: text.area,
    severity,
    title: fill(text.title, params),
    explanation: fill(text.explanation, params),
    action: fill(text.action, params),
    owner: fill(text.owner, params),
    questionIds: [...questionIds],
    sourceId: text.source,
  };
}

/** The figures the capacity gap and reasons quote: hours, weeks, percent, ratio and shortfall in FTE. */
export function capacityParams(capacity: CapacityInput): Params {
  return {
    required: Math.round(capacity.required),
    available: Math.round(capacity.available),
    weeks: capacity.timelineWeeks,
    percent: Math.round(capacity.ratio * 100),
    ratio: capacity.ratio.toFixed(2),
    fte: Math.max(0, -fteFigures(capacity.required, capacity.available, capacity.timelineWeeks).balance).toFixed(1),
    short: Math.round(Math.max(0, capacity.required - capacity.available)),
    shortWeekly: hoursPerWeekFor(Math.max(0, capacity.required - capacity.available), capacity.timelineWeeks),
  };
}

/** Severity of an hours shortfall from the WISN ratio, or null when there is none. */
export function shortfallSeverity(ratio: number): Severity | null {
  const limits = k('capacityThresholds');
  if (ratio >= limits.enough) return null;
  if (ratio < limits.critical) return 'critical';
  return ratio < limits.major ? 'major' : 'minor';
}

/** True when the project needs help from outside the organization's own IT staff. */
export function needsOutsideHelp(facts: Facts, capacity: CapacityInput): boolean {
  return facts.presence !== 'staffed' || capacity.ratio < k('capacityThresholds').enough || facts.noHiring === 'no' || lackingAreas(facts).length > 0;
}

/**
 * Answer gaps that say the same as a broader gap: when that gap is in the report, they are
 * folded into it (their explanation and answers join it, at the more severe severity).
 */
const FOLDS: readonly { into: string; from: readonly string[] }[] = [
  { into: 'it-capacity-shortfall', from: ['it-routine-load', 'no-hiring-feasible'] },
  { into: 'it-side-only', from: ['nontech-it-tasks', 'it-people'] },
];

function foldGaps(gaps: readonly Gap[]): Gap[] {
  let result = [...gaps];
  for (const fold of FOLDS) {
    const target = result.find((gap) => gap.id === fold.into);
    const parts = result.filter((gap) => fold.from.includes(gap.id));
    if (!target || parts.length === 0) continue;
    const merged: Gap = {
      ...target,
      severity: mostSevere([target.severity, ...parts.map((gap) => gap.severity)]),
      explanation: [target.explanation, ...parts.map((gap) => gap.explanation)].join(' '),
      questionIds: [...new Set([...target.questionIds, ...parts.flatMap((gap) => gap.questionIds)])],
    };
    result = result.filter((gap) => !fold.from.includes(gap.id)).map((gap) => (gap === target ? merged : gap));
  }
  return result;
}

function capacityGaps(facts: Facts, capacity: CapacityInput): Gap[] {
  const gaps: Gap[] = [];
  if (facts.presence === 'none' && facts.itWhoKnown) {
    gaps.push(makeGap('no-it-staff', 'weakness', 'critical', DERIVED_GAP_TEXTS['no-it-staff'], ['it-who'], {}));
  }
  if (facts.presence === 'side-only') gaps.push(makeGap('it-side-only', 'weakness', 'major', DERIVED_GAP_TEXTS['it-side-only'], ['it-who'], {}));
  const severity = shortfallSeverity(capacity.ratio);
  // With the hours not known, the gap is the "find out" one: no shortfall rests on an unknown.
  if (facts.presence !== 'none' && severity && itHoursPerWeek(facts).basis !== 'none') {
    const ids = cited(facts, capacityQuestionIds(), 'it-who');
    gaps.push(makeGap('it-capacity-shortfall', 'weakness', severity, DERIVED_GAP_TEXTS['it-capacity-shortfall'], ids, capacityParams(capacity)));
  }
  return gaps;
}

function mostSevere(severities: readonly Severity[]): Severity {
  return [...severities].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))[0] ?? 'minor';
}

/** One gap for every support area that lacks experience: one cause, listed by area. */
function expertiseGaps(facts: Facts): Gap[] {
  if (facts.presence === 'none') return [];
  const severities = k('expertiseGapSeverity');
  const lacking = facts.experience.flatMap((item) => {
    const scale = item.area === 'system-setup' ? severities.core : severities.other;
    const severity = item.level === null ? undefined : scale[item.level];
    if (!severity) return [];
    const answer = optionLabel(item.questionId, choice(facts.answers, item.questionId) ?? '').toLowerCase();
    return [{ item, severity, answer }];
  });
  if (lacking.length === 0) return [];
  const worst = lacking.find((entry) => entry.severity === mostSevere(lacking.map((candidate) => candidate.severity))) ?? lacking[0]!;
  const params = {
    areas: joinList(lacking.map((entry) => SUPPORT_AREA_TEXTS[entry.item.area].label)),
    answers: joinList(lacking.map((entry) => `${entry.answer} with ${SUPPORT_AREA_TEXTS[entry.item.area].label}`)),
    why: SUPPORT_AREA_TEXTS[worst.item.area].why,
  };
  const ids = lacking.map((entry) => entry.item.questionId);
  return [makeGap('expertise', 'weakness', worst.severity, DERIVED_GAP_TEXTS.expertise, ids, params)];
}

/** One gap per kind of skill (computers, this kind of system), listing the roles that need it. */
function staffGaps(facts: Facts): Gap[] {
  const severities = k('staffGapSeverity');
  return (
    [
      ['computer', severities.computer],
      ['system', severities.system],
    ] as const
  ).flatMap(([kind, scale]) => {
    const weak = facts.rolesPresent.flatMap((role) => {
      const questionId = SKILL_QUESTIONS[role][kind];
      const level = levelOf(facts.answers, questionId)?.level;
      const severity = level === undefined ? undefined : (scale as readonly Severity[])[level];
      return severity ? [{ role, questionId, severity, answer: optionLabel(questionId, choice(facts.answers, questionId) ?? '') }] : [];
    });
    if (weak.length === 0) return [];
    const ratings = joinList(
      weak.map((entry) => (kind === 'computer' ? `your ${ROLE_TEXTS[entry.role].short} as "${entry.answer}"` : `your ${ROLE_TEXTS[entry.role].short} are as "${entry.answer}"`)),
    );
    const params = { roles: joinList(weak.map((entry) => ROLE_TEXTS[entry.role].short)), ratings };
    const id = kind === 'computer' ? 'staff-computer' : 'staff-system';
    return [
      makeGap(
        id,
        'weakness',
        mostSevere(weak.map((entry) => entry.severity)),
        DERIVED_GAP_TEXTS[id],
        weak.map((entry) => entry.questionId),
        params,
      ),
    ];
  });
}

function rolloutAdvice(facts: Facts): string {
  if (choice(facts.answers, 'org-type') === 'critical-access-hospital') return ROLLOUT_ADVICE.hospital;
  return facts.sites > 1 ? ROLLOUT_ADVICE.sites : ROLLOUT_ADVICE['one-site'];
}

/** A critical access hospital goes live day and night (CMS: emergency care 24/7). */
function settingGaps(facts: Facts): Gap[] {
  if (choice(facts.answers, 'org-type') !== 'critical-access-hospital' || !facts.ehrInScope) return [];
  return [makeGap('around-the-clock', 'weakness', 'major', DERIVED_GAP_TEXTS['around-the-clock'], ['org-type'], {})];
}

/** Who can champion the project: a nurse only where nurses are not counted 0 (the roles present). */
export function championWho(answers: Answers): string {
  return answers[COUNT_QUESTIONS.nurses] === 0 ? CHAMPION_WHO.withoutNurses : CHAMPION_WHO.withNurses;
}

/** The system itself (vendor-hosted) or the visits (telehealth) run over the connection. */
function runsOverInternet(facts: Facts): boolean {
  return choice(facts.answers, 'hosting') === 'vendor-hosted' || facts.telehealthInScope;
}

/** Video visits without an EHR: the clinical change is training and practice, not the whole day. */
function videoOnly(facts: Facts): boolean {
  return !facts.ehrInScope && facts.telehealthInScope;
}

/** A severity that depends on the project as well as the answer (constants: internetDependentSeverity, videoOnlyClinicalLoadSeverity); null where the rule's own applies. */
function adjustedSeverity(facts: Facts, question: string, value: string): Severity | null {
  const pick = (severities: Readonly<Record<string, Severity>>) => severities[value] ?? null;
  if (question === 'site-internet' && runsOverInternet(facts)) return pick(k('internetDependentSeverity'));
  if (question === 'clinical-load' && videoOnly(facts)) return pick(k('videoOnlyClinicalLoadSeverity'));
  return null;
}

function answerRuleGaps(facts: Facts, capacity: CapacityInput): Gap[] {
  return ANSWER_GAPS.flatMap(({ question, gap }) => {
    const rule = QUESTION_RULES[question];
    const value = choice(facts.answers, question);
    const severity = value === null ? undefined : (adjustedSeverity(facts, question, value) ?? gap.severityByValue[value]);
    if (!rule || !severity || value === null) return [];
    const text = { ...gap, area: rule.area };
    const setting = SETTING_ADVICE[choice(facts.answers, 'org-type') === 'critical-access-hospital' ? 'hospital' : 'clinic'];
    const cover = videoOnly(facts) ? VIDEO_ONLY_COVER : fill(setting.cover, { schedule: facts.ehrInScope ? SCHEDULE_NOTE : '' });
    return [
      makeGap(gap.id ?? question, 'weakness', severity, text, [question], {
        answer: optionLabel(question, value),
        weeks: capacity.timelineWeeks,
        rollout: rolloutAdvice(facts),
        cover,
        workflows: facts.clinicalGoLive ? setting.workflows : INTERFACE_WORKFLOWS,
        champion: championWho(facts.answers),
        superUserPick: facts.users <= 1 / k('superUserShare') ? 'one super-user' : `about one super-user for every ten users, from every role${facts.sites > 1 ? ' and site' : ''}`,
        softWhere: SOFT_PRACTICE_WHERE[facts.ehrInScope && facts.telehealthInScope ? 'both' : facts.ehrInScope ? 'ehr' : 'telehealth'],
      }),
    ];
  });
}

const EXPERIENCE_QUESTION_IDS = new Set<string>(SUPPORT_AREAS.map((area) => experienceQuestion(area)));
const HOURS_QUESTION_IDS = ['it-project-hours'] as const;
const SKILL_QUESTION_IDS = new Set<string>(Object.values(SKILL_QUESTIONS).flatMap((kinds) => Object.values(kinds)));

/**
 * "Don't know" answers: one "Find out" gap per question, except the experience and the skills
 * questions, which are one gap each (one thing to find out, from one person), listing them.
 */
function findOutGaps(facts: Facts, capacity: CapacityInput): Gap[] {
  const unknown = QUESTION_BANK.questions.filter((question) => readAnswer(facts.answers, question.id).state === 'dont-know');
  const gaps: Gap[] = [];
  const experience = facts.experience.filter((item) => unknown.some((question) => question.id === item.questionId));
  if (experience.length > 0) {
    const areas = joinList(experience.map((item) => SUPPORT_AREA_TEXTS[item.area].label));
    gaps.push(
      makeGap(
        'find-out-experience',
        'unknown',
        'major',
        DERIVED_GAP_TEXTS['find-out-experience'],
        experience.map((item) => item.questionId),
        { areas },
      ),
    );
  }
  const skills = facts.rolesPresent.flatMap((role) =>
    Object.values(SKILL_QUESTIONS[role])
      .filter((id) => unknown.some((question) => question.id === id))
      .map((id) => ({ role, id })),
  );
  if (skills.length > 0) {
    const roles = joinList([...new Set(skills.map((entry) => entry.role))].map((role) => `your ${ROLE_TEXTS[role].short}`));
    gaps.push(
      makeGap(
        'find-out-skills',
        'unknown',
        'minor',
        DERIVED_GAP_TEXTS['find-out-skills'],
        skills.map((entry) => entry.id),
        { roles, count: skills.length },
      ),
    );
  }
  const hoursUnknown = facts.presence !== 'none' && itHoursPerWeek(facts).basis === 'none';
  const hours = unknown.filter((question) => hoursUnknown && (HOURS_QUESTION_IDS as readonly string[]).includes(question.id));
  if (hours.length > 0) {
    const weekly = hoursPerWeekFor(capacity.required, capacity.timelineWeeks);
    gaps.push(
      makeGap(
        'find-out-it-hours',
        'unknown',
        'major',
        DERIVED_GAP_TEXTS['find-out-it-hours'],
        hours.map((question) => question.id),
        { weekly },
      ),
    );
  }
  const single = unknown.flatMap((question) => {
    if (EXPERIENCE_QUESTION_IDS.has(question.id) || SKILL_QUESTION_IDS.has(question.id) || hours.includes(question)) return [];
    const rule = QUESTION_RULES[question.id];
    const text = rule?.findOut ?? GENERIC_FIND_OUT;
    const gapText = { ...DERIVED_GAP_TEXTS['find-out'], area: rule?.area ?? 'general', source: question.source as GapText['source'] };
    return [{ text, gap: makeGap(`find-out-${question.id}`, 'unknown', text.severity, gapText, [question.id], { what: text.what, action: text.action, owner: text.owner }) }];
  });
  // Many minor unknowns are one task (find the answers out): one gap lists them.
  const minor = single.filter((entry) => entry.gap.severity === 'minor');
  const grouped = minor.length >= k('groupMinorFindOutsFrom') ? minor : [];
  gaps.push(...single.filter((entry) => !grouped.includes(entry)).map((entry) => entry.gap));
  if (grouped.length > 0) {
    const params = { count: grouped.length, list: grouped.map((entry) => entry.text.what).join('; ') };
    gaps.push(
      makeGap(
        'find-out-others',
        'unknown',
        'minor',
        DERIVED_GAP_TEXTS['find-out-others'],
        grouped.flatMap((entry) => entry.gap.questionIds),
        params,
      ),
    );
  }
  return gaps;
}

/**
 * Every gap the answers show, most severe first (ties keep a fixed order, so ids and order are
 * stable). Gaps depend only on the answers, never on the recommendation.
 */
export function findGaps(facts: Facts, capacity: CapacityInput, missing: readonly string[]): Gap[] {
  const gaps: Gap[] = [];
  if (missing.length > 0) {
    gaps.push(makeGap('assessment-incomplete', 'incomplete', 'major', DERIVED_GAP_TEXTS['assessment-incomplete'], [...missing], { count: missing.length }));
  }
  gaps.push(...capacityGaps(facts, capacity), ...expertiseGaps(facts), ...answerRuleGaps(facts, capacity), ...settingGaps(facts), ...staffGaps(facts), ...findOutGaps(facts, capacity));
  if (facts.budget === 'none' && needsOutsideHelp(facts, capacity)) {
    const type = choice(facts.answers, 'org-type');
    const where = type !== null && Object.hasOwn(NO_BUDGET_HELP, type) ? NO_BUDGET_HELP[type as keyof typeof NO_BUDGET_HELP] : '';
    gaps.push(makeGap('no-outside-budget', 'weakness', 'major', DERIVED_GAP_TEXTS['no-outside-budget'], ['outside-budget'], { where }));
  }
  const found = foldGaps(gaps);
  const worded = facts.presence === 'none' ? found.map(withoutItStaff) : found;
  return gapsBySeverity(choice(facts.answers, 'org-type') === 'critical-access-hospital' ? worded.map(inHospital) : worded);
}

/** The gap as it reads in a hospital: the administrator owns what a practice manager would. */
function inHospital(gap: Gap): Gap {
  const owner = gap.owner.replace(HOSPITAL_OWNER.from, HOSPITAL_OWNER.to).replace(HOSPITAL_OWNER.from.toLowerCase(), HOSPITAL_OWNER.to.toLowerCase());
  return owner === gap.owner ? gap : { ...gap, owner };
}

/** The gap as it reads where nobody does IT: no action asks IT staff to act. */
function withoutItStaff(gap: Gap): Gap {
  const { replace, owner } = NO_IT_STAFF_WORDING;
  const action = replace.reduce((text, [from, to]) => text.split(from).join(to), gap.action);
  return { ...gap, action, owner: gap.owner === owner.from ? owner.to : gap.owner };
}
