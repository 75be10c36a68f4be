import { findQuestion } from '../src/assessment/question-bank';
import type { Answers } from '../src/assessment/schema';
import { findSource } from '../src/assessment/sources';
import { AREA_IDS, SCOPE_ITEMS, SCORING_CONSTANTS, SUPPORT_AREAS, k } from '../src/assessment/scoring/constants';
import { ANSWER_GAPS, QUESTION_RULES } from '../src/assessment/scoring/question-rules';
import { QUESTION_BANK } from '../src/assessment/question-bank';
import { DERIVED_GAP_TEXTS } from '../src/assessment/scoring/gap-texts';
import { SUPPORT_AREA_TEXTS, fill } from '../src/assessment/scoring/labels';
import { AREA_TEXTS, ROLE_TEXTS, WORKLOAD_AREA_LABELS } from '../src/assessment/scoring/labels';
import type { ChoiceQuestionId, QuestionId } from '../src/assessment/question-ids';
import { scoreAssessment } from '../src/assessment/scoring/score-assessment';
import { optionLabel } from '../src/assessment/scoring/read-answers';
import { SKILL_QUESTIONS } from '../src/assessment/scoring/facts';
import { DECISION_RULES, TOP_ACTIONS } from '../src/assessment/at-a-glance';

/**
 * The generated parts of docs/scoring.md, rendered from the scoring constants and the scoring
 * itself. scripts/generate-scoring-doc.ts writes them; a test checks the doc still matches.
 */

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function sourceCell(id: string): string {
  const source = findSource(id);
  return source ? `${source.title} (${source.kind === 'example' ? 'example' : source.kind})` : id;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function areaWeights(): string {
  const weights = k('areaWeights');
  return table(
    ['Area', 'Weight in the overall score'],
    AREA_IDS.map((id) => [AREA_TEXTS[id].title, percent(weights[id])]),
  );
}

function thresholds(): string {
  const levels = k('levelThresholds');
  const capacity = k('capacityThresholds');
  const confidence = k('confidenceThresholds');
  return table(
    ['Threshold', 'Value', 'Source'],
    [
      ['Area reads "ready" from score', levels.ready, sourceCell(SCORING_CONSTANTS.levelThresholds.source)],
      ['Area reads "partly ready" from score', levels.partlyReady, sourceCell(SCORING_CONSTANTS.levelThresholds.source)],
      ['"Don\'t know" or open answer scores as', percent(k('unknownFraction')), sourceCell(SCORING_CONSTANTS.unknownFraction.source)],
      ['IT staff count as experienced from level', `${k('experiencedLevel')} (experienced)`, sourceCell(SCORING_CONSTANTS.experiencedLevel.source)],
      ['Outside expertise leads from this many lacking areas', k('manyLackingAreas'), sourceCell(SCORING_CONSTANTS.manyLackingAreas.source)],
      ['WISN ratio below which hours fall short', capacity.enough, sourceCell(SCORING_CONSTANTS.capacityThresholds.source)],
      ['... a major shortfall', capacity.major, sourceCell(SCORING_CONSTANTS.capacityThresholds.source)],
      ['... a critical shortfall', capacity.critical, sourceCell(SCORING_CONSTANTS.capacityThresholds.source)],
      ['Hiring is realistic from (weeks to go-live)', k('hiringMinWeeks'), sourceCell(SCORING_CONSTANTS.hiringMinWeeks.source)],
      ['Shared IT across sites from (sites)', k('sharedItMinSites'), sourceCell(SCORING_CONSTANTS.sharedItMinSites.source)],
      ['A single site is small up to (users)', k('smallOrgMaxUsers'), sourceCell(SCORING_CONSTANTS.smallOrgMaxUsers.source)],
      ['High confidence up to (unknown share)', percent(confidence.high), sourceCell(SCORING_CONSTANTS.confidenceThresholds.source)],
      ['Medium confidence up to (unknown share)', percent(confidence.medium), sourceCell(SCORING_CONSTANTS.confidenceThresholds.source)],
    ],
  );
}

function itHours(): string {
  const byScope = k('hoursByScope');
  const needs = k('scopeSupportAreas');
  const rows = SCOPE_ITEMS.map((item) => [optionLabel('project-scope', item), ...SUPPORT_AREAS.map((area) => (needs[item].includes(area) ? byScope[item][area] : '-'))]);
  rows.push(['Each site beyond the first', ...SUPPORT_AREAS.map((area) => k('hoursPerExtraSite')[area])]);
  rows.push(['Each user', ...SUPPORT_AREAS.map((area) => k('hoursPerUser')[area])]);
  rows.push(['Each interface', ...SUPPORT_AREAS.map((area) => (area === 'interfacing' ? k('hoursPerInterface') : 0))]);
  const hoursTable = table(['Scope (one site)', ...SUPPORT_AREAS.map((area) => WORKLOAD_AREA_LABELS[area])], rows);
  const timeline = k('timelineWeeks');
  const weeks = table(
    ['Go-live answer', 'Weeks counted'],
    Object.entries(timeline).map(([value, count]) => [optionLabel('go-live', value), count]),
  );
  const defaults = [
    `Unknown number of interfaces: ${k('defaultInterfaces')}. Unknown number of users: ${k('defaultUsersPerSite')} per site. Unanswered scope: ${k('defaultScope').join(', ')}.`,
    `One FTE: ${k('fteHoursPerWeek')} hours a week, less ${percent(k('absenceShare'))} for absences.`,
    'Source of the hours: ' + sourceCell(SCORING_CONSTANTS.hoursByScope.source) + '.',
  ].join('\n');
  return [hoursTable, '', weeks, '', defaults].join('\n');
}

function goLiveTime(): string {
  const training = k('trainingHoursByRole');
  const mix = k('roleMix');
  const roles = Object.keys(ROLE_TEXTS) as (keyof typeof ROLE_TEXTS)[];
  const roleTable = table(
    ['Role', 'Training hours, EHR', 'Training hours, telehealth', 'Share of users'],
    roles.map((role) => [ROLE_TEXTS[role].label, training.ehr[role], training.telehealth[role], percent(mix[role])]),
  );
  const schedule = k('scheduleByWeek');
  const ratio = k('goLiveSupportRatio');
  const notes = [
    `Replacing an EHR: ${percent(k('replacementTrainingShare'))} of the first-EHR training hours.`,
    `Super-users: ${percent(k('superUserShare'))} of users, each with ${percent(k('superUserExtraTraining'))} more training (${sourceCell(SCORING_CONSTANTS.superUserExtraTraining.source)}).`,
    `Provider schedule in go-live weeks 1-${schedule.length}: ${schedule.map(percent).join(', ')} of normal (${sourceCell(SCORING_CONSTANTS.scheduleByWeek.source)}); ${k('clinicalHoursPerWeek')} patient-care hours in a full week.`,
    `At-the-elbow support: one person per ${ratio.providersPerSupporter} providers and one per ${ratio.othersPerSupporter} other staff (${sourceCell(SCORING_CONSTANTS.goLiveSupportRatio.source)}).`,
  ].join('\n');
  return [roleTable, '', notes].join('\n');
}

function gapRules(): string {
  const rows = ANSWER_GAPS.flatMap(({ question, gap }) =>
    Object.entries(gap.severityByValue).map(([value, severity]) => [gap.title, `"${optionLabel(question, value)}"`, String(severity), gap.owner]),
  );
  const expertise = k('expertiseGapSeverity');
  const staff = k('staffGapSeverity');
  rows.push(['Experience with the type of technology', '"No experience" / "Some experience"', expertise.core.join(' / '), 'IT lead']);
  rows.push(['Experience with another support area', '"No experience" / "Some experience"', expertise.other.join(' / '), 'IT lead']);
  rows.push(['Staff computer skills (per role)', '"None" / "Basic"', staff.computer.join(' / '), 'Practice manager']);
  rows.push(['Staff comfort with this kind of system (per role)', '"None"', staff.system.join(' / '), 'Project lead']);
  return table(['Gap', 'Answer', 'Severity', 'Owner'], rows);
}

function levelLabels(questionId: QuestionId, severities: readonly string[]): string {
  const question = findQuestion(questionId);
  const options = question && question.kind === 'single' ? question.options : [];
  return severities.map((severity, level) => `"${options.find((option) => option.level === level)?.label ?? level}": ${severity}`).join('; ');
}

/** The role and kind of a staff skill question, from SKILL_QUESTIONS. */
function skillOf(questionId: QuestionId): { role: keyof typeof SKILL_QUESTIONS; kind: 'computer' | 'system' } | undefined {
  for (const [role, ids] of Object.entries(SKILL_QUESTIONS) as [keyof typeof SKILL_QUESTIONS, { computer: string; system: string }][]) {
    if (ids.computer === questionId) return { role, kind: 'computer' };
    if (ids.system === questionId) return { role, kind: 'system' };
  }
  return undefined;
}

/** One row per question, in the order the steps ask them: the whole model at a glance. */
function auditTable(): string {
  const expertise = k('expertiseGapSeverity');
  const staff = k('staffGapSeverity');
  const areaTitle = (area: string) => (area === 'general' ? 'General (workload, report)' : (AREA_TEXTS[area as keyof typeof AREA_TEXTS]?.title ?? area));
  const rows = QUESTION_BANK.steps.flatMap((step) =>
    step.questions.map((id) => {
      const question = findQuestion(id);
      const rule = QUESTION_RULES[id];
      const severities: string[] = [];
      let title = '-';
      let owner = '-';
      let source = question?.source ?? '-';
      if (rule?.gap) {
        severities.push(...Object.entries(rule.gap.severityByValue).map(([value, severity]) => `"${optionLabel(id as ChoiceQuestionId, value)}": ${String(severity)}`));
        ({ title, owner, source } = rule.gap);
      } else if (rule?.supportArea) {
        severities.push(levelLabels(id, rule.supportArea === 'system-setup' ? expertise.core : expertise.other));
        title = fill(DERIVED_GAP_TEXTS.expertise.title, { area: SUPPORT_AREA_TEXTS[rule.supportArea].label });
        ({ owner, source } = DERIVED_GAP_TEXTS.expertise);
      } else if (skillOf(id)) {
        const skill = skillOf(id)!;
        const text = DERIVED_GAP_TEXTS[`staff-${skill.kind}`];
        severities.push(levelLabels(id, staff[skill.kind]));
        title = fill(text.title, { role: ROLE_TEXTS[skill.role].short });
        ({ owner, source } = text);
      }
      if (rule?.findOut) {
        severities.push(`"Don't know": ${rule.findOut.severity} (find out ${rule.findOut.what}, ${rule.findOut.owner})`);
      }
      const area = rule?.informational ? 'Not scored yet' : rule ? areaTitle(rule.area) : question?.kind === 'text' ? 'Not scored (free text)' : 'Combining rules only';
      return [
        step.title,
        question?.label ?? id,
        area,
        rule?.weight ?? '-',
        severities.join('; ') || '-',
        rule?.informational ? `Informational: ${rule.informational}` : title,
        owner,
        sourceCell(source),
      ];
    }),
  );
  return table(['Step', 'Question', 'Area', 'Weight', 'Severity by answer', 'Gap title', 'Owner', 'Source'], rows);
}

/** The worked example's answers: a single-site clinic with an experienced but overloaded IT person. */
export const WORKED_EXAMPLE: Answers = {
  'org-type': 'health-center',
  'facility-count': 1,
  rural: 'no',
  'project-scope': ['new-ehr'],
  hosting: 'own-servers',
  'site-internet': 'reliable',
  'go-live': '3-6',
  'it-who': ['dedicated'],
  'it-people': 'one',
  'exp-technology': 'expert',
  'exp-installation': 'experienced',
  'exp-networking': 'experienced',
  'exp-interfacing': 'experienced',
  'exp-security': 'experienced',
  'it-routine-load': 'over-90',
  'it-project-hours': 4,
  'no-hiring-feasible': 'with-help',
  'planned-hiring': 'none',
  'staff-count-clerical': 9,
  'staff-count-medical-assistants': 8,
  'staff-count-nurses': 6,
  'staff-count-providers': 7,
  'staff-count-other': 0,
  'prefer-temporary': 'no-preference',
  'shared-it-access': ['hccn'],
  'outside-budget': 'some',
  'consultant-relationship': 'none',
  ...Object.fromEntries(
    Object.values(SKILL_QUESTIONS).flatMap(({ computer, system }) => [
      [computer, 'comfortable'],
      [system, 'comfortable'],
    ]),
  ),
  'nontech-it-tasks': 'no',
  'soft-exam-room': 'reasonably',
  'soft-training': 'yes',
  'clinical-load': 'reduced',
  rollout: 'gradual-phase',
  'existing-workflows': 'yes',
  'project-lead': 'protected',
  'clinical-champion': 'yes',
  'super-users': 'yes',
};

function workedExample(): string {
  const report = scoreAssessment(WORKED_EXAMPLE);
  const w = report.workload;
  const absence = k('absenceShare');
  const fteWeek = k('fteHoursPerWeek');
  const hours = table(['Support area', 'Hours'], [...w.hoursByArea.map((item) => [item.label, item.hours]), ['Total needed', w.requiredHours]]);
  const goLive = table(
    ['Role', 'People', 'Training hours each', 'Training hours', 'Reduced-schedule hours'],
    w.goLive.roles.map((role) => [role.label, role.people, role.trainingHoursEach, role.trainingHours, role.reducedScheduleHours]),
  );
  return [
    `A single-site health center with ${w.users} users plans a first EHR, going live in 3 to 6 months (${w.timelineWeeks} weeks). One experienced, full-time IT person already spends nearly all their time on routine support and can give the project ${w.itHoursPerWeek} hours a week. They could share IT through an HCCN.`,
    '',
    hours,
    '',
    `1. Hours available = ${w.itHoursPerWeek} hours a week x ${w.timelineWeeks} weeks x (1 - ${absence}) = **${w.availableHours} hours**.`,
    `2. Staff required = ${w.requiredHours} / (${w.timelineWeeks} weeks x ${fteWeek} hours x (1 - ${absence})) = **${w.requiredFte} FTE**; staff available for the project = ${w.itHoursPerWeek} / ${fteWeek} = **${w.availableFte} FTE**.`,
    `3. WISN ratio = ${w.availableHours} / ${w.requiredHours} = **${w.wisnRatio}**: a ${w.status}, ${Math.abs(w.fteBalance)} FTE ${w.fteBalance < 0 ? 'short' : 'to spare'}.`,
    `4. Gaps: ${report.gaps.map((gap) => `${gap.title} (${gap.severity})`).join('; ')}.`,
    `5. Recommendation: **${report.recommendation.primary}**. "${report.recommendation.headline}"`,
    '',
    `Go-live clinical time (${w.goLive.totalHours} hours in all, with ${w.goLive.superUsers} super-users and ${w.goLive.supportPeople} people giving at-the-elbow support):`,
    '',
    goLive,
  ].join('\n');
}

function firstPage(): string {
  const decisions = table(
    ['Order', 'Decision (first rule that holds)', 'Source'],
    DECISION_RULES.map((rule, index) => [index + 1, rule.text, sourceCell(rule.source)]),
  );
  return `The actions listed: every critical and major gap's, at least ${TOP_ACTIONS.min} and at most ${TOP_ACTIONS.max}, in the gap table's order.\n\n${decisions}`;
}

function allConstants(): string {
  return table(
    ['Constant', 'Value', 'Source', 'What it is'],
    Object.entries(SCORING_CONSTANTS).map(([id, constant]) => [`\`${id}\``, `\`${JSON.stringify(constant.value)}\``, sourceCell(constant.source), constant.note]),
  );
}

/** Every generated block of docs/scoring.md, by marker name. */
export function renderScoringDocBlocks(): Record<string, string> {
  return {
    'area-weights': areaWeights(),
    thresholds: thresholds(),
    'it-hours': itHours(),
    'go-live-time': goLiveTime(),
    'gap-rules': gapRules(),
    'audit-table': auditTable(),
    'worked-example': workedExample(),
    'first-page': firstPage(),
    'all-constants': allConstants(),
  };
}

/** Replaces the content between `<!-- BEGIN name -->` and `<!-- END name -->` with the rendered block. */
export function fillScoringDoc(doc: string, blocks: Record<string, string>): string {
  let result = doc;
  for (const [name, content] of Object.entries(blocks)) {
    const pattern = new RegExp(`(<!-- BEGIN ${name} -->)[\\s\\S]*?(<!-- END ${name} -->)`);
    if (!pattern.test(result)) throw new Error(`docs/scoring.md has no block ${name}`);
    result = result.replace(pattern, (_whole, start: string, end: string) => `${start}\n${content}\n${end}`);
  }
  return result;
}
