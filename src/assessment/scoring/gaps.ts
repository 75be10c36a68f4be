import { QUESTION_BANK } from '../question-bank';
import { k } from './constants';
import { SKILL_QUESTIONS, capacityQuestionIds, cited, lackingAreas, type Facts } from './facts';
import type { Gap, Severity } from './gap-report-schema';
import { gapsBySeverity } from './report-queries';
import { fteWeeks, itHoursPerWeek } from './workload';
import { ANSWER_GAPS, GENERIC_FIND_OUT, QUESTION_RULES } from './question-rules';
import { DERIVED_GAP_TEXTS, type GapText } from './gap-texts';
import { ROLE_TEXTS, SUPPORT_AREA_TEXTS, fill } from './labels';
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
    fte: ((capacity.required - capacity.available) / fteWeeks(capacity.timelineWeeks)).toFixed(2),
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

function capacityGaps(facts: Facts, capacity: CapacityInput): Gap[] {
  const gaps: Gap[] = [];
  if (facts.presence === 'none' && facts.itWhoKnown) {
    gaps.push(makeGap('no-it-staff', 'weakness', 'critical', DERIVED_GAP_TEXTS['no-it-staff'], ['it-who'], {}));
  }
  if (facts.presence === 'side-only') gaps.push(makeGap('it-side-only', 'weakness', 'major', DERIVED_GAP_TEXTS['it-side-only'], ['it-who'], {}));
  const severity = shortfallSeverity(capacity.ratio);
  // With the hours not known, the gap is the "find out" one: no shortfall rests on an unknown.
  if (facts.presence !== 'none' && severity && itHoursPerWeek(facts).basis !== 'none') {
    const params = capacityParams(capacity);
    const ids = cited(facts, capacityQuestionIds(facts), 'it-who');
    gaps.push(makeGap('it-capacity-shortfall', 'weakness', severity, DERIVED_GAP_TEXTS['it-capacity-shortfall'], ids, params));
  }
  return gaps;
}

function expertiseGaps(facts: Facts): Gap[] {
  if (facts.presence === 'none') return [];
  const severities = k('expertiseGapSeverity');
  return facts.experience.flatMap((item) => {
    const scale = item.area === 'system-setup' ? severities.core : severities.other;
    const severity = item.level === null ? undefined : scale[item.level];
    if (!severity) return [];
    const answer = optionLabel(item.questionId, choice(facts.answers, item.questionId) ?? '').toLowerCase();
    const texts = SUPPORT_AREA_TEXTS[item.area];
    const params = { area: texts.label, answer, why: texts.why };
    return [makeGap(`expertise-${item.area}`, 'weakness', severity, DERIVED_GAP_TEXTS.expertise, [item.questionId], params)];
  });
}

function staffGaps(facts: Facts): Gap[] {
  const severities = k('staffGapSeverity');
  return facts.rolesPresent.flatMap((role) => {
    const gaps: Gap[] = [];
    for (const [kind, scale] of [
      ['computer', severities.computer],
      ['system', severities.system],
    ] as const) {
      const questionId = SKILL_QUESTIONS[role][kind];
      const level = levelOf(facts.answers, questionId)?.level;
      const severity = level === undefined ? undefined : (scale as readonly Severity[])[level];
      if (!severity) continue;
      const params = { role: ROLE_TEXTS[role].short, answer: optionLabel(questionId, choice(facts.answers, questionId) ?? '') };
      gaps.push(makeGap(`staff-${kind}-${role}`, 'weakness', severity, DERIVED_GAP_TEXTS[`staff-${kind}`], [questionId], params));
    }
    return gaps;
  });
}

function answerRuleGaps(facts: Facts, capacity: CapacityInput): Gap[] {
  return ANSWER_GAPS.flatMap(({ question, gap }) => {
    const rule = QUESTION_RULES[question];
    const value = choice(facts.answers, question);
    const severity = value === null ? undefined : gap.severityByValue[value];
    if (!rule || !severity || value === null) return [];
    const text = { ...gap, area: rule.area };
    return [makeGap(gap.id ?? question, 'weakness', severity, text, [question], { answer: optionLabel(question, value), weeks: capacity.timelineWeeks })];
  });
}

function findOutGaps(facts: Facts): Gap[] {
  return QUESTION_BANK.questions.flatMap((question) => {
    if (readAnswer(facts.answers, question.id).state !== 'dont-know') return [];
    const rule = QUESTION_RULES[question.id];
    const text = rule?.findOut ?? GENERIC_FIND_OUT;
    const gapText = { ...DERIVED_GAP_TEXTS['find-out'], area: rule?.area ?? 'general', source: question.source as GapText['source'] };
    return [makeGap(`find-out-${question.id}`, 'unknown', text.severity, gapText, [question.id], { what: text.what, action: text.action, owner: text.owner })];
  });
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
  gaps.push(...capacityGaps(facts, capacity), ...expertiseGaps(facts), ...answerRuleGaps(facts, capacity), ...staffGaps(facts), ...findOutGaps(facts));
  if (facts.budget === 'none' && needsOutsideHelp(facts, capacity)) {
    gaps.push(makeGap('no-outside-budget', 'weakness', 'major', DERIVED_GAP_TEXTS['no-outside-budget'], ['outside-budget'], {}));
  }
  return gapsBySeverity(gaps);
}
