import { actionItemFor } from './action-plan';
import { adviceParams, unfundedOutsideHelp, workloadBalance, type AdviceItem, type ConditionalAdvice, type WorkloadBalance } from './report-content';
import type { SavedAssessment } from './saved-assessment';
import type { Answers } from './schema';
import { fill } from './scoring/labels';
import type { Gap, GapReport, Recommendation } from './scoring/gap-report-schema';
import { hoursPerWeekFor } from './scoring/workload';
import { includesConsultant } from './scoring/report-queries';

/**
 * How many actions the summary lists: every critical and major gap's, at least TOP_ACTIONS.min
 * (with minor ones if need be) and at most TOP_ACTIONS.max. Issue 14 asks for "the three to five
 * actions that matter most": more than five on the first page is no longer a summary, and the
 * gap table after it lists them all.
 */
export const TOP_ACTIONS = { min: 3, max: 5 } as const;

/** One action on the first page, with the owner and target date as the manager typed them. */
export type TopAction = {
  gapId: string;
  severity: Gap['severity'];
  title: string;
  action: string;
  /** The owner typed in the action plan, or '' when none was (the view then shows the suggested one). */
  owner: string;
  suggestedOwner: string;
  /** The target date as typed (YYYY-MM-DD), or ''. */
  due: string;
};

/** The report's first page: what a CEO reads alone. Everything in it is also said, at length, further on. */
export type AtAGlance = {
  status: Recommendation['status'];
  primary: Recommendation['primary'];
  headline: string;
  statusNote: string | null;
  overall: GapReport['overall'];
  risks: Recommendation['risks'];
  itTime: { balance: WorkloadBalance; requiredHours: number; requiredWeekly: number; weeks: number };
  actions: TopAction[];
  /** Gaps not listed among the actions (the gap table has them). */
  otherGaps: number;
  confidence: GapReport['confidence'];
  /** The answers to find first, when they decide the approach or the confidence is low. */
  findFirst: string[];
  /** The decision the planning meeting has to take. */
  decision: AdviceItem;
};

/**
 * The decision the planning meeting has to take, first rule that holds. Written as an
 * implementation consultant would put it to a CEO: one decision, with the next concrete step
 * that follows from it, never a choice the answers have not prepared.
 */
export const DECISION_RULES: readonly ConditionalAdvice[] = [
  {
    // Until the answers that decide the approach are in, choosing one would be a guess.
    id: 'find-out',
    text: 'Agree who finds out the answers listed under "Find out first" and by when, then meet again to choose the approach: until then, plan for the cautious one.',
    source: 'hrsa-toolbox',
    when: ({ report }) => report.recommendation.status === 'undecided',
  },
  {
    // A plan that needs outside help nobody can pay for is decided on its funding first.
    id: 'funding',
    text: 'Decide how to pay for the outside help this plan needs, as there is no budget for it today, or cut the scope or move the date to fit your own staff; ask for formal quotes once that is settled.',
    source: 'hrsa-consultant',
    when: (context) => unfundedOutsideHelp(context),
  },
  {
    id: 'consultant',
    text: 'Agree to bring in a consultant for the work this report lists, as recommended, and approve asking two or three for quotes against a written scope of work.',
    source: 'hrsa-consultant',
    when: ({ report }) => report.recommendation.primary === 'consultant',
  },
  {
    id: 'shared-it',
    text: 'Decide whether to ask {sharedSources} for shared IT support, who makes the first call, and what to agree in writing before counting on it.',
    source: 'hrsa-rural-shared',
    when: ({ report }) => report.recommendation.primary === 'shared-it',
  },
  {
    id: 'in-house-help',
    text: 'Approve the in-house plan together with the outside help or new hires this report names, and name the project lead who will have protected time for it.',
    source: 'hrsa-consultant',
    when: ({ report }) => report.recommendation.mix.length > 0 || includesConsultant(report),
  },
  {
    id: 'in-house-short',
    text: 'Approve the in-house plan and decide which work stops or moves so the IT staff gain {shortWeekly} for the project.',
    source: 'wisn',
    when: ({ report, answers }) => workloadBalance(report, answers).kind === 'shortfall',
  },
  {
    id: 'in-house',
    text: 'Approve the in-house plan and name the project lead who will have protected time for it.',
    source: 'hrsa-clinical-load',
    when: () => true,
  },
];

function topActions(report: GapReport, plan: SavedAssessment['actionPlan']): TopAction[] {
  const serious = report.gaps.filter((gap) => gap.severity !== 'minor').length;
  const count = Math.min(TOP_ACTIONS.max, Math.max(TOP_ACTIONS.min, serious));
  // The gaps are most severe first (scoring/gaps.ts): the first ones are the ones that matter most.
  return report.gaps.slice(0, count).map((gap) => {
    const item = actionItemFor(plan, gap);
    return { gapId: gap.id, severity: gap.severity, title: gap.title, action: gap.action, owner: item.owner.trim(), suggestedOwner: gap.owner, due: item.due };
  });
}

function decisionFor(report: GapReport, answers: Answers): AdviceItem {
  const context = { report, answers };
  const rule = DECISION_RULES.find((candidate) => candidate.when(context)) ?? DECISION_RULES[DECISION_RULES.length - 1];
  if (!rule) throw new Error('DECISION_RULES is empty');
  return { id: rule.id, text: fill(rule.text, adviceParams(context)), source: rule.source };
}

/** The first page of the report, chosen from the scored report; `answers` are the effective answers (effectiveAnswers). */
export function atAGlance(report: GapReport, answers: Answers, plan: SavedAssessment['actionPlan']): AtAGlance {
  const { recommendation, workload, confidence } = report;
  const actions = topActions(report, plan);
  const findFirst = recommendation.findFirst.length > 0 ? recommendation.findFirst : confidence.level === 'low' ? [...confidence.dontKnowIds, ...confidence.missingIds] : [];
  return {
    status: recommendation.status,
    primary: recommendation.primary,
    headline: recommendation.headline,
    statusNote: recommendation.statusNote,
    overall: report.overall,
    risks: recommendation.risks,
    itTime: {
      balance: workloadBalance(report, answers),
      requiredHours: Math.round(workload.requiredHours),
      requiredWeekly: hoursPerWeekFor(workload.requiredHours, workload.timelineWeeks),
      weeks: workload.timelineWeeks,
    },
    actions,
    otherGaps: report.gaps.length - actions.length,
    confidence,
    findFirst,
    decision: decisionFor(report, answers),
  };
}
