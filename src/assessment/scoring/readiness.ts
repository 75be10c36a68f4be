import { k, type AreaId, type Role } from './constants';
import { experienceQuestion, ruleWeight, weightedQuestions } from './question-rules';
import { COUNT_QUESTIONS, SKILL_QUESTIONS, cited, type Facts } from './facts';
import type { QuestionId, SingleQuestionId } from '../question-ids';
import type { AreaReadiness, Gap, GapReport, ReadinessLevel, Severity } from './gap-report-schema';
import { AREA_TEXTS, ROLE_TEXTS, SOFT_SKILL_SUMMARIES, SUPPORT_AREA_TEXTS, fill, joinList } from './labels';
import { levelFraction } from './read-answers';
import { getQuestion } from '../question-bank';
import { isQuestionVisible } from '../visibility';

type Part = { id: string; label: string; fraction: number; weight: number; questionIds: QuestionId[] };

/** The level a 0-100 score reads by the thresholds alone. */
export function thresholdLevel(score: number): ReadinessLevel {
  const thresholds = k('levelThresholds');
  return score >= thresholds.ready ? 'ready' : score >= thresholds.partlyReady ? 'partly-ready' : 'not-ready';
}

/**
 * Level from a 0-100 score, then capped by the worst gap: a critical gap is never better than
 * "not ready", a major one never better than "partly ready". `cappedBy` says when the cap, not
 * the score, set the level, so the report can say why next to the score.
 */
export function levelFor(score: number, gaps: readonly Gap[]): { level: ReadinessLevel; cappedBy: Severity | null } {
  const level = thresholdLevel(score);
  if (level !== 'not-ready' && gaps.some((gap) => gap.severity === 'critical')) return { level: 'not-ready', cappedBy: 'critical' };
  if (level === 'ready' && gaps.some((gap) => gap.severity === 'major')) return { level: 'partly-ready', cappedBy: 'major' };
  return { level, cappedBy: null };
}

function weighted(parts: readonly Part[]): number {
  const total = parts.reduce((sum, part) => sum + part.weight, 0);
  if (total === 0) return 0;
  return Math.round((100 * parts.reduce((sum, part) => sum + part.fraction * part.weight, 0)) / total);
}

function fraction(facts: Facts, questionId: SingleQuestionId): number {
  return levelFraction(facts.answers, questionId, k('unknownFraction'));
}

function expertiseParts(facts: Facts): Part[] {
  return facts.neededAreas.map((area) => {
    const questionId = experienceQuestion(area);
    return {
      id: area,
      label: SUPPORT_AREA_TEXTS[area].label,
      fraction: facts.presence === 'none' ? 0 : fraction(facts, questionId),
      weight: ruleWeight(questionId),
      questionIds: cited(facts, [questionId], 'it-who'),
    };
  });
}

function capacityParts(facts: Facts, ratio: number): Part[] {
  const none = facts.presence === 'none';
  return [
    { id: 'wisn-ratio', label: 'Hours available for the project', fraction: Math.min(1, ratio), weight: k('wisnRatioWeight'), questionIds: cited(facts, ['it-project-hours'], 'it-who') },
    {
      id: 'routine-load',
      label: 'Routine IT load',
      fraction: none ? 0 : fraction(facts, 'it-routine-load'),
      weight: ruleWeight('it-routine-load'),
      questionIds: cited(facts, ['it-routine-load'], 'it-who'),
    },
    { id: 'no-hiring', label: 'Without new hiring', fraction: fraction(facts, 'no-hiring-feasible'), weight: ruleWeight('no-hiring-feasible'), questionIds: ['no-hiring-feasible'] },
  ];
}

function staffParts(facts: Facts): Part[] {
  return facts.rolesPresent.map((role) => {
    const { computer, system } = SKILL_QUESTIONS[role];
    return {
      id: role,
      label: ROLE_TEXTS[role].label,
      fraction: (fraction(facts, computer) * ruleWeight(computer) + fraction(facts, system) * ruleWeight(system)) / (ruleWeight(computer) + ruleWeight(system)),
      weight: ruleWeight(computer) + ruleWeight(system),
      questionIds: cited(facts, [computer, system], COUNT_QUESTIONS[role]),
    };
  });
}

function softParts(facts: Facts): Part[] {
  const telehealth = facts.telehealthInScope;
  const parts: Part[] = [];
  if (facts.ehrInScope)
    parts.push({
      id: 'exam-room',
      label: 'EHR use in the exam room',
      fraction: fraction(facts, 'soft-exam-room'),
      weight: ruleWeight('soft-exam-room'),
      questionIds: cited(facts, ['soft-exam-room'], 'project-scope'),
    });
  if (telehealth)
    parts.push({
      id: 'telehealth',
      label: 'Video visits that feel personal',
      fraction: fraction(facts, 'soft-telehealth'),
      weight: ruleWeight('soft-telehealth'),
      questionIds: cited(facts, ['soft-telehealth'], 'project-scope'),
    });
  if (facts.ehrInScope || telehealth)
    parts.push({
      id: 'training',
      label: 'Training covers soft skills',
      fraction: fraction(facts, 'soft-training'),
      weight: ruleWeight('soft-training'),
      questionIds: cited(facts, ['soft-training'], 'project-scope'),
    });
  return parts;
}

function implementationParts(facts: Facts): Part[] {
  // A question the wizard skips for this scope (a network project has no clinical go-live) is
  // not part of the score: it is neither weak nor unknown.
  const asked = weightedQuestions('implementation').filter(({ question }) => isQuestionVisible(getQuestion(question), facts.answers));
  return asked.map(({ question, weight }) => ({
    id: question,
    label: question,
    fraction: fraction(facts, question),
    weight,
    questionIds: [question],
  }));
}

/** An area's summary for this organization: only the roles it has and the skills its scope needs. */
function summaryFor(id: AreaId, facts: Facts): string {
  const soft = [facts.ehrInScope ? SOFT_SKILL_SUMMARIES.ehr : null, facts.telehealthInScope ? SOFT_SKILL_SUMMARIES.telehealth : null].filter((text) => text !== null);
  return fill(AREA_TEXTS[id].summary, {
    // With every role counted 0 the area does not apply; its summary still says what it is about.
    roles: joinList((facts.rolesPresent.length > 0 ? facts.rolesPresent : (Object.keys(ROLE_TEXTS) as Role[])).map((role) => ROLE_TEXTS[role].short)),
    skills: joinList(soft.length > 0 ? soft : Object.values(SOFT_SKILL_SUMMARIES)),
  });
}

function area(id: AreaId, facts: Facts, parts: Part[], gaps: readonly Gap[], withBreakdown: boolean): AreaReadiness {
  const texts = { ...AREA_TEXTS[id], summary: summaryFor(id, facts) };
  const applicable = parts.length > 0;
  const own = gaps.filter((gap) => gap.area === id);
  const score = applicable ? weighted(parts) : 100;
  const questionIds = [...new Set(parts.flatMap((part) => part.questionIds))];
  const breakdown = withBreakdown
    ? parts.map((part) => {
        const partScore = Math.round(part.fraction * 100);
        const related = own.filter((gap) => gap.questionIds.some((questionId) => (part.questionIds as readonly string[]).includes(questionId)));
        return { id: part.id, label: part.label, score: partScore, ...levelFor(partScore, related), questionIds: part.questionIds };
      })
    : [];
  const reading = applicable ? levelFor(score, own) : { level: 'ready' as const, cappedBy: null };
  return { id, title: texts.title, summary: texts.summary, applicable, score, ...reading, questionIds, breakdown, sourceId: texts.source };
}

/** Readiness by area: a 0-100 score from the answers' levels, and a level capped by the area's gaps. */
export function assessAreas(facts: Facts, ratio: number, gaps: readonly Gap[]): AreaReadiness[] {
  return [
    area('it-expertise', facts, expertiseParts(facts), gaps, true),
    area('it-capacity', facts, capacityParts(facts, ratio), gaps, false),
    area('staff-skills', facts, staffParts(facts), gaps, true),
    area('soft-skills', facts, softParts(facts), gaps, false),
    area('implementation', facts, implementationParts(facts), gaps, false),
  ];
}

/** The overall reading: area scores weighted as in the constants, capped by the worst gap. */
export function overallReadiness(areas: readonly AreaReadiness[], gaps: readonly Gap[]): GapReport['overall'] {
  const weights = k('areaWeights');
  const applicable = areas.filter((item) => item.applicable);
  const total = applicable.reduce((sum, item) => sum + weights[item.id], 0);
  const score = total === 0 ? 0 : Math.round(applicable.reduce((sum, item) => sum + item.score * weights[item.id], 0) / total);
  return { score, ...levelFor(score, gaps) };
}
