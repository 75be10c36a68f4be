import { k } from './constants';
import { USER_COUNT_QUESTIONS, capacityQuestionIds, cited, lackingAreas, ruralByType, type Facts } from './facts';
import { fteFigures, fteWeeks, hoursPerWeekFor, itHoursPerWeek } from './workload';
import type { Gap, MixItem, Reason, Recommendation, RecommendationCondition, StaffingOption } from './gap-report-schema';
import { SHARED_IT_FORMS } from './gap-report-schema';
import { capacityParams, needsOutsideHelp, type CapacityInput } from './gaps';
import { SUPPORT_AREA_TEXTS, fill, joinList } from './labels';
import { choice, choices } from './read-answers';
import type { QuestionId } from '../question-ids';
import {
  ANY_SHARED_FORM,
  CONDITION_TEXTS,
  DECIDING_UNKNOWN_TEXTS,
  EXPERIENCE_PHRASES,
  HEADLINES,
  HEADLINE_WORK,
  MIX_TEXTS,
  REASON_TEXTS,
  SHARED_IT_FORM_TEXTS,
  SHARED_IT_TO_AGREE,
  SHARED_SECOND_WHY,
  UNDECIDED_TEXTS,
  type RecommendationCase,
} from './recommendation-texts';

type Decision = { case: RecommendationCase; primary: StaffingOption; hire: boolean };

function isShort(facts: Facts, capacity: CapacityInput): boolean {
  return capacity.ratio < k('capacityThresholds').enough || facts.noHiring === 'no';
}

function prefersTemporary(facts: Facts): boolean {
  return facts.preferTemporary === 'temporary' || facts.plannedHiring === 'temporary';
}

/**
 * The decision rules, in order. Outside help leads when nobody can do IT, many areas lack
 * experience, or the manager expects to need outside help; a shortfall of hours alone is closed by
 * shared IT, temporary help or hiring; a preference for temporary help is a reason for a
 * consultant on its own (HRSA: knowledge gaps or business considerations); otherwise the work
 * stays in-house, with outside expertise only for the areas that lack it.
 */
export function decide(facts: Facts, capacity: CapacityInput): Decision {
  const outside: StaffingOption = facts.sharedAccess.length > 0 && !prefersTemporary(facts) ? 'shared-it' : 'consultant';
  if (facts.presence === 'none' || (facts.presence === 'side-only' && facts.ehrInScope)) return { case: 'no-it', primary: outside, hire: false };
  const lacking = lackingAreas(facts);
  if (lacking.length >= k('manyLackingAreas')) return { case: 'many-gaps', primary: outside, hire: false };
  // "Only with some outside help": the manager expects outside help, so it is never hiring alone.
  const helpExpected = facts.noHiring === 'with-help';
  if (isShort(facts, capacity)) {
    if (outside === 'shared-it' || prefersTemporary(facts) || helpExpected) return { case: 'capacity', primary: outside, hire: false };
    // A contractor that is the organization's IT is its IT staff: more hours come from its contract.
    if (choices(facts.answers, 'it-who').includes('contractor')) return { case: 'contract-hours', primary: 'in-house', hire: false };
    const prefersHiring = facts.preferTemporary === 'hire' || facts.plannedHiring === 'permanent';
    if (prefersHiring && facts.timelineWeeks >= k('hiringMinWeeks')) return { case: 'capacity', primary: 'in-house', hire: true };
    return { case: 'capacity', primary: 'consultant', hire: false };
  }
  if (helpExpected) return { case: 'help-expected', primary: outside, hire: false };
  if (prefersTemporary(facts)) return { case: 'preference', primary: 'consultant', hire: false };
  return { case: lacking.length > 0 ? 'expertise' : 'ready', primary: 'in-house', hire: false };
}

/** True when nobody knows yet how many hours IT can give (the estimate counts none). */
function hoursUnknown(facts: Facts): boolean {
  return facts.presence !== 'none' && itHoursPerWeek(facts).basis === 'none';
}

/** The facts with every unknown that decides the approach read at its best. */
function hopefulCase(facts: Facts, capacity: CapacityInput): { facts: Facts; capacity: CapacityInput } {
  const presence = !facts.itWhoKnown ? 'staffed' : facts.presence;
  const experience = facts.experience.map((item) => (item.level === null ? { ...item, level: k('experiencedLevel') } : item));
  const noHiring = facts.noHiring ?? 'yes';
  const hopefulCapacity =
    hoursUnknown(facts) || presence !== facts.presence ? { ...capacity, available: Math.max(capacity.available, capacity.required), ratio: Math.max(capacity.ratio, 1) } : capacity;
  return { facts: { ...facts, presence, experience, noHiring }, capacity: hopefulCapacity };
}

/** The facts with every unknown that decides the approach read as weak, as the report plans. */
function cautiousFacts(facts: Facts): Facts {
  const experience = facts.experience.map((item) => (item.level === null ? { ...item, level: 0 } : item));
  return { ...facts, experience, presence: !facts.itWhoKnown ? 'none' : facts.presence };
}

/** The deciding answers not known yet, as question ids and as what to find out. */
function decidingUnknowns(facts: Facts, capacity: CapacityInput): { ids: QuestionId[]; what: string[] } {
  const ids: QuestionId[] = [];
  const what: string[] = [];
  if (!facts.itWhoKnown) {
    ids.push('it-who');
    what.push(DECIDING_UNKNOWN_TEXTS['it-who']);
  }
  if (facts.presence !== 'none') {
    const unknownAreas = facts.experience.filter((item) => item.level === null);
    if (unknownAreas.length > 0) {
      ids.push(...unknownAreas.map((item) => item.questionId));
      what.push(DECIDING_UNKNOWN_TEXTS.experience);
    }
    if (hoursUnknown(facts)) {
      ids.push('it-project-hours');
      const weekly = hoursPerWeekFor(capacity.required, capacity.timelineWeeks);
      what.push(fill(DECIDING_UNKNOWN_TEXTS.hours, { weekly: `${weekly} hours a week` }));
    }
  }
  if (facts.noHiring === null) {
    ids.push('no-hiring-feasible');
    what.push(DECIDING_UNKNOWN_TEXTS['no-hiring']);
  }
  return { ids, what };
}

/**
 * The lacking areas split into those known to be lacking and those only not known yet (with
 * nobody doing IT, none can be known), and which of the two a sentence must speak of.
 */
function lackingByKnowledge(facts: Facts) {
  const lacking = lackingAreas(facts);
  const known = lacking.filter((item) => item.level !== null || facts.presence === 'none');
  const unknown = lacking.filter((item) => item.level === null && facts.presence !== 'none');
  const kind = known.length > 0 && unknown.length > 0 ? 'both' : unknown.length > 0 ? 'unknown' : 'lacking';
  return { known, unknown, kind } as const;
}

/** "Your IT staff are not yet experienced with …", saying apart what is known and what is not. */
function experiencePhrase(facts: Facts): string {
  const { known, unknown, kind } = lackingByKnowledge(facts);
  const label = (items: typeof known) => joinList(items.map((item) => SUPPORT_AREA_TEXTS[item.area].label));
  return fill(EXPERIENCE_PHRASES[kind], { lacking: label(known), unknown: label(unknown) });
}

function headlineFor(facts: Facts, decision: Decision, capacity: CapacityInput): string {
  const areas = joinList(lackingAreas(facts).map((item) => SUPPORT_AREA_TEXTS[item.area].label));
  // A shortfall too small for a post is not met by hiring (the mix says so): nor is the headline.
  // A managed IT service runs computers and networks, not an EHR's set-up: the headline splits the work.
  const mspOnly = decision.primary === 'shared-it' && facts.ehrInScope && facts.sharedAccess.length > 0 && facts.sharedAccess.every((form) => form === 'msp');
  const key = mspOnly
    ? 'shared-it:msp-ehr'
    : decision.hire && smallShortfall(capacity) && decision.case === 'capacity' && decision.primary === 'in-house'
      ? 'capacity:in-house-small'
      : `${decision.case}:${decision.primary}`;
  const weekly = hoursPerWeekFor(capacity.required - capacity.available, capacity.timelineWeeks);
  return fill(HEADLINES[key] ?? HEADLINES['ready:in-house']!, {
    forms: formsText(facts),
    areas,
    work: HEADLINE_WORK[lackingByKnowledge(facts).kind],
    weekly: weekly === 1 ? '1 hour' : `${weekly} hours`,
  });
}

function shortfallFte(capacity: CapacityInput): number {
  return Math.max(0, (capacity.required - capacity.available) / fteWeeks(capacity.timelineWeeks));
}

/** A shortfall too small for a post of its own (hireMinFte): no recruiting is urged for it. */
function smallShortfall(capacity: CapacityInput): boolean {
  const fte = shortfallFte(capacity);
  return fte > 0 && fte < k('hireMinFte');
}

function mixItems(facts: Facts, capacity: CapacityInput, decision: Decision): MixItem[] {
  const items: MixItem[] = [];
  if (decision.case !== 'no-it') {
    // Shared IT for an area wherever the manager can reach it and does not prefer temporary help.
    const sharedFits = decision.primary === 'shared-it' || (decision.primary === 'in-house' && facts.sharedAccess.length > 0 && !prefersTemporary(facts));
    const provider = sharedFits ? 'shared-it' : 'consultant';
    for (const item of lackingAreas(facts)) {
      const text = fill(MIX_TEXTS[provider], { area: SUPPORT_AREA_TEXTS[item.area].label });
      items.push({ area: item.area, provider, text, questionIds: cited(facts, [item.questionId], 'it-who') });
    }
  }
  if (decision.hire) {
    const fte = shortfallFte(capacity);
    // As printed everywhere else in the report (workload.ts, fteFigures).
    const shown = Math.max(0, -fteFigures(capacity.required, capacity.available, capacity.timelineWeeks).balance);
    // Rounded up, as the step that closes the hours gap rounds them.
    const weekly = hoursPerWeekFor(capacity.required - capacity.available, capacity.timelineWeeks);
    const how = facts.plannedHiring === 'permanent' ? 'make it part of the hire you plan for ongoing work' : 'hire only if the post also covers ongoing work';
    const text =
      fte <= 0
        ? MIX_TEXTS['hire-unsized']
        : smallShortfall(capacity)
          ? fill(MIX_TEXTS['hire-small'], { weekly: weekly === 1 ? '1 hour' : `${weekly} hours`, fte: shown >= 0.1 ? ` (about ${shown.toFixed(1)} FTE)` : '', how })
          : fill(MIX_TEXTS.hire, { fte: shown.toFixed(1) });
    items.push({ area: 'capacity', provider: 'hire', text, questionIds: cited(facts, ['prefer-temporary', 'planned-hiring', ...capacityQuestionIds()], 'it-who') });
  }
  return items;
}

function formsText(facts: Facts): string {
  const chosen = SHARED_IT_FORMS.filter((form) => facts.sharedAccess.includes(form)).map((form) => SHARED_IT_FORM_TEXTS[form].short);
  return chosen.length > 0 ? chosen.join(' or ') : ANY_SHARED_FORM;
}

function reason(id: keyof typeof REASON_TEXTS, questionIds: string[], params: Record<string, string | number> = {}): Reason {
  return { id, text: fill(REASON_TEXTS[id].text, params), questionIds, sourceId: REASON_TEXTS[id].source };
}

/** A small site by its number of users, said only where that number is not an estimate. */
function smallByUsers(facts: Facts): boolean {
  return facts.usersBasis !== 'estimated' && facts.users <= k('smallOrgMaxUsers');
}

function reasons(facts: Facts, capacity: CapacityInput, decision: Decision, mix: readonly MixItem[], sharedNamed: boolean): Reason[] {
  const list: Reason[] = [];
  if (facts.presence === 'none') list.push(reason(!facts.itWhoKnown ? 'it-who-unknown' : 'no-it-staff', ['it-who']));
  else if (facts.presence === 'side-only') list.push(reason(facts.ehrInScope ? 'side-only-ehr' : 'side-only', cited(facts, ['it-who', 'project-scope'], 'it-who')));
  if (facts.presence !== 'none') {
    if (choices(facts.answers, 'it-who').includes('contractor')) list.push(reason('contractor-counts', ['it-who']));
    const params = capacityParams(capacity);
    const short = capacity.ratio < k('capacityThresholds').enough;
    const capacityReason = hoursUnknown(facts) ? 'capacity-unknown' : short ? 'capacity-short' : 'capacity-enough';
    list.push(reason(capacityReason, cited(facts, capacityQuestionIds(), 'it-who'), params));
    if (facts.noHiring === 'no') list.push(reason('no-hiring', ['no-hiring-feasible']));
    const lacking = lackingAreas(facts);
    if (lacking.length > 0) {
      list.push(
        reason(
          'expertise-lacking',
          cited(
            facts,
            lacking.map((item) => item.questionId),
            'it-who',
          ),
          { experience: experiencePhrase(facts) },
        ),
      );
    } else {
      list.push(
        reason(
          'expertise-strong',
          cited(
            facts,
            facts.experience.map((item) => item.questionId),
            'it-who',
          ),
        ),
      );
    }
  }
  if (facts.noHiring === 'with-help') list.push(reason('with-help', ['no-hiring-feasible']));
  list.push(...settingReasons(facts, decision, mix));
  const consultantInvolved = decision.primary === 'consultant' || mix.some((item) => item.provider === 'consultant');
  if (prefersTemporary(facts) && (consultantInvolved || decision.case === 'preference' || needsOutsideHelp(facts, capacity))) {
    // Said in the words of the answer it rests on: the preference, or else the plan to hire.
    if (facts.preferTemporary === 'temporary') list.push(reason('prefer-temporary', ['prefer-temporary']));
    else list.push(reason('planned-temporary', ['planned-hiring']));
  }
  if (decision.hire && !smallShortfall(capacity)) {
    const planned = facts.preferTemporary !== 'hire';
    list.push(reason(planned ? 'planned-hire' : 'prefer-hire', [planned ? 'planned-hiring' : 'prefer-temporary', 'go-live'], { weeks: capacity.timelineWeeks }));
  }
  const sharedIds = cited(facts, ['shared-it-access', 'facility-count', ruralByType(facts.answers) ? 'org-type' : 'rural', ...USER_COUNT_QUESTIONS], 'shared-it-access');
  if (sharedNamed) {
    const forms = formsText(facts);
    // "Shared across your sites" only where some site has IT staff to share.
    const id = facts.sites >= k('sharedItMinSites') && facts.presence !== 'none' ? 'shared-access-sites' : facts.rural || smallByUsers(facts) ? 'shared-access-small' : 'shared-access';
    list.push(reason(id, sharedIds, { sites: facts.sites, forms }));
  } else if (facts.sharedAccess.length > 0) {
    // Shared IT was within reach but is not part of the answer: say why it came second.
    const why = prefersTemporary(facts) ? SHARED_SECOND_WHY.temporary : decision.primary === 'in-house' ? SHARED_SECOND_WHY['in-house'] : SHARED_SECOND_WHY.other;
    list.push(reason('shared-second', sharedIds, { forms: formsText(facts), why }));
  }
  return list;
}

/** Where an organization of this type turns for outside help, and what the vendor carries. */
function settingReasons(facts: Facts, decision: Decision, mix: readonly MixItem[]): Reason[] {
  const type = choice(facts.answers, 'org-type');
  const list: Reason[] = [];
  const outsideHelp = decision.primary !== 'in-house' || mix.length > 0;
  if (outsideHelp && type === 'health-center' && !facts.sharedAccess.includes('hccn')) list.push(reason('health-center-hccn', ['org-type']));
  // A clinic that says it could share with an HCCN knows one that takes it: no reason says otherwise.
  if (outsideHelp && type === 'rural-health-clinic' && !facts.sharedAccess.includes('hccn')) list.push(reason('rural-clinic-sources', ['org-type']));
  if (outsideHelp && type === 'critical-access-hospital') list.push(reason('hospital-sources', ['org-type']));
  if (type === 'private-practice' && choice(facts.answers, 'hosting') === 'vendor-hosted') list.push(reason('vendor-leans', ['org-type', 'hosting']));
  return list;
}

function conditions(facts: Facts, capacity: CapacityInput, decision: Decision, mix: readonly MixItem[]): RecommendationCondition[] {
  const ids: (keyof typeof CONDITION_TEXTS)[] = [];
  const relationship = choice(facts.answers, 'consultant-relationship');
  // An existing engagement is reviewed and extended; only without one is a consultant sought.
  const finding = relationship === 'current' ? 'existing-consultant' : relationship === 'referral' ? 'referral-consultant' : 'reputable-source';
  // Nobody, or only staff on the side, does IT: the handover needs a named owner first.
  const noItStaff = facts.presence === 'none' || facts.presence === 'side-only';
  const hospitalEhr = choice(facts.answers, 'org-type') === 'critical-access-hospital' && facts.ehrInScope;
  const transfer = noItStaff ? (hospitalEhr ? 'knowledge-owner-hospital' : 'knowledge-owner') : 'knowledge-transfer';
  const vendorFirst = choice(facts.answers, 'hosting') === 'vendor-hosted' ? (['vendor-first'] as const) : [];
  if (decision.primary === 'consultant' || mix.some((item) => item.provider === 'consultant')) ids.push(transfer, 'contract-scope', ...vendorFirst, finding, 'contract-detail');
  if (decision.primary === 'shared-it' || mix.some((item) => item.provider === 'shared-it')) ids.push('shared-agreement', 'shared-knowledge');
  if (decision.hire && !smallShortfall(capacity)) ids.push('hire-early');
  return ids.map((id) => ({ id, appliesTo: CONDITION_TEXTS[id].appliesTo, text: CONDITION_TEXTS[id].text, sourceId: CONDITION_TEXTS[id].source }));
}

function statusOf(facts: Facts, capacity: CapacityInput, decision: Decision, missingCount: number): Pick<Recommendation, 'status' | 'statusNote' | 'findFirst' | 'outcomes'> & { headline: string } {
  const headline = headlineFor(facts, decision, capacity);
  const unknowns = decidingUnknowns(facts, capacity);
  const hopeful = hopefulCase(facts, capacity);
  const best = decide(hopeful.facts, hopeful.capacity);
  const what = joinList(unknowns.what);
  if (unknowns.ids.length > 0 && (best.primary !== decision.primary || best.hire !== decision.hire)) {
    return {
      status: 'undecided',
      headline: fill(UNDECIDED_TEXTS.headline, { what }),
      statusNote: null,
      findFirst: unknowns.ids,
      outcomes: [
        { when: UNDECIDED_TEXTS.ifGood, primary: best.primary, headline: headlineFor(hopeful.facts, best, hopeful.capacity) },
        { when: UNDECIDED_TEXTS.ifWeak, primary: decision.primary, headline: headlineFor(cautiousFacts(facts), decision, capacity) },
      ],
    };
  }
  if (unknowns.ids.length > 0) return { status: 'provisional', headline, statusNote: fill(UNDECIDED_TEXTS.provisionalUnknown, { what }), findFirst: unknowns.ids, outcomes: [] };
  if (missingCount > 0) return { status: 'provisional', headline, statusNote: fill(UNDECIDED_TEXTS.provisionalMissing, { count: missingCount }), findFirst: [], outcomes: [] };
  return { status: 'firm', headline, statusNote: null, findFirst: [], outcomes: [] };
}

/**
 * The staffing recommendation: primary option, the mix per support area, reasons traced to
 * answers, conditions, and the critical gaps named beside it.
 */
export function recommend(facts: Facts, capacity: CapacityInput, gaps: readonly Gap[], missingCount: number): Recommendation {
  const decision = decide(facts, capacity);
  const mix = mixItems(facts, capacity, decision);
  // The shared-IT section comes with the recommendation only when shared IT is part of it.
  const sharedNamed = decision.primary === 'shared-it' || mix.some((item) => item.provider === 'shared-it');
  const sharedIt = sharedNamed
    ? {
        forms: SHARED_IT_FORMS.map((form) => ({
          id: form,
          label: SHARED_IT_FORM_TEXTS[form].label,
          explanation: SHARED_IT_FORM_TEXTS[form].explanation,
          available: facts.sharedAccess.includes(form),
          sourceId: SHARED_IT_FORM_TEXTS[form].source,
        })),
        toAgree: [...SHARED_IT_TO_AGREE],
      }
    : null;
  const risks = gaps.filter((gap) => gap.severity === 'critical' && gap.kind === 'weakness').map((gap) => ({ gapId: gap.id, title: gap.title }));
  const status = statusOf(facts, capacity, decision, missingCount);
  return {
    ...status,
    primary: decision.primary,
    mix,
    reasons: reasons(facts, capacity, decision, mix, sharedNamed),
    // Conditions for an approach not decided yet would read as a decision: they come once it is.
    conditions: status.status === 'undecided' ? [] : conditions(facts, capacity, decision, mix),
    sharedIt,
    risks,
  };
}
