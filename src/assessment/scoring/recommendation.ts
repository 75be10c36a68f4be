import { k } from './constants';
import { capacityQuestionIds, cited, lackingAreas, type Facts } from './facts';
import { fteWeeks } from './workload';
import type { MixItem, Reason, Recommendation, RecommendationCondition, StaffingOption } from './gap-report-schema';
import { SHARED_IT_FORMS } from './gap-report-schema';
import { capacityParams, needsOutsideHelp, type CapacityInput } from './gaps';
import { SUPPORT_AREA_TEXTS, fill, joinList } from './labels';
import { ANY_SHARED_FORM, CONDITION_TEXTS, HEADLINES, MIX_TEXTS, REASON_TEXTS, SHARED_IT_FORM_TEXTS, SHARED_IT_TO_AGREE, type RecommendationCase } from './recommendation-texts';

type Decision = { case: RecommendationCase; primary: StaffingOption; hire: boolean };

function isShort(facts: Facts, capacity: CapacityInput): boolean {
  return capacity.ratio < k('capacityThresholds').enough || facts.noHiring === 'no';
}

function prefersTemporary(facts: Facts): boolean {
  return facts.preferTemporary === 'temporary' || facts.plannedHiring === 'temporary';
}

/**
 * The decision rules, in order. Outside help leads when nobody can do IT or many areas lack
 * experience; a shortfall of hours alone is closed by shared IT, temporary help or hiring;
 * otherwise the work stays in-house, with outside expertise only for the areas that lack it.
 */
export function decide(facts: Facts, capacity: CapacityInput): Decision {
  const outside: StaffingOption = facts.sharedAccess.length > 0 && !prefersTemporary(facts) ? 'shared-it' : 'consultant';
  if (facts.presence === 'none' || (facts.presence === 'side-only' && facts.ehrInScope)) return { case: 'no-it', primary: outside, hire: false };
  const lacking = lackingAreas(facts);
  if (lacking.length >= k('manyLackingAreas')) return { case: 'many-gaps', primary: outside, hire: false };
  if (isShort(facts, capacity)) {
    if (outside === 'shared-it' || prefersTemporary(facts)) return { case: 'capacity', primary: outside, hire: false };
    const prefersHiring = facts.preferTemporary === 'hire' || facts.plannedHiring === 'permanent';
    if (prefersHiring && facts.timelineWeeks >= k('hiringMinWeeks')) return { case: 'capacity', primary: 'in-house', hire: true };
    return { case: 'capacity', primary: 'consultant', hire: false };
  }
  return { case: lacking.length > 0 ? 'expertise' : 'ready', primary: 'in-house', hire: false };
}

function shortfallFte(capacity: CapacityInput): number {
  return Math.max(0, (capacity.required - capacity.available) / fteWeeks(capacity.timelineWeeks));
}

function mixItems(facts: Facts, capacity: CapacityInput, decision: Decision): MixItem[] {
  const items: MixItem[] = [];
  if (decision.case !== 'no-it') {
    const provider = decision.primary === 'shared-it' ? 'shared-it' : 'consultant';
    for (const item of lackingAreas(facts)) {
      const text = fill(MIX_TEXTS[provider], { area: SUPPORT_AREA_TEXTS[item.area].label });
      items.push({ area: item.area, provider, text, questionIds: cited(facts, [item.questionId], 'it-who') });
    }
  }
  if (decision.hire) {
    const fte = shortfallFte(capacity);
    const text = fte > 0 ? fill(MIX_TEXTS.hire, { fte: fte.toFixed(1) }) : MIX_TEXTS['hire-unsized'];
    items.push({ area: 'capacity', provider: 'hire', text, questionIds: cited(facts, ['prefer-temporary', 'planned-hiring', ...capacityQuestionIds(facts)], 'it-who') });
  }
  return items;
}

function formsText(facts: Facts): string {
  const chosen = SHARED_IT_FORMS.filter((form) => facts.sharedAccess.includes(form)).map((form) => SHARED_IT_FORM_TEXTS[form].short);
  return chosen.length > 0 ? chosen.join(' or ') : ANY_SHARED_FORM;
}

/** Rule 7: several sites, or a small or rural single site with little IT, with a way to share IT. */
export function sharedItFits(facts: Facts, capacity: CapacityInput): boolean {
  if (facts.sharedAccess.length === 0) return false;
  if (facts.sites >= k('sharedItMinSites')) return true;
  const small = facts.rural || facts.users <= k('smallOrgMaxUsers');
  const littleIt = facts.presence !== 'staffed' || facts.fte === null || facts.fte < k('littleItMaxFte') || isShort(facts, capacity);
  return small && littleIt;
}

function reason(id: keyof typeof REASON_TEXTS, questionIds: string[], params: Record<string, string | number> = {}): Reason {
  return { id, text: fill(REASON_TEXTS[id].text, params), questionIds, sourceId: REASON_TEXTS[id].source };
}

function reasons(facts: Facts, capacity: CapacityInput, decision: Decision, mix: readonly MixItem[], sharedNamed: boolean): Reason[] {
  const list: Reason[] = [];
  if (facts.presence === 'none') list.push(reason(facts.answers['it-who'] === undefined ? 'it-who-unknown' : 'no-it-staff', ['it-who']));
  else if (facts.presence === 'side-only') list.push(reason(facts.ehrInScope ? 'side-only-ehr' : 'side-only', cited(facts, ['it-who', 'project-scope'], 'it-who')));
  if (facts.presence !== 'none') {
    const params = capacityParams(capacity);
    const short = capacity.ratio < k('capacityThresholds').enough;
    list.push(reason(short ? 'capacity-short' : 'capacity-enough', cited(facts, capacityQuestionIds(facts), 'it-who'), params));
    if (facts.noHiring === 'no') list.push(reason('no-hiring', ['no-hiring-feasible']));
    const lacking = lackingAreas(facts);
    if (lacking.length > 0) {
      const areas = joinList(lacking.map((item) => SUPPORT_AREA_TEXTS[item.area].label));
      list.push(
        reason(
          'expertise-lacking',
          cited(
            facts,
            lacking.map((item) => item.questionId),
            'it-who',
          ),
          { areas },
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
  const consultantInvolved = decision.primary === 'consultant' || mix.some((item) => item.provider === 'consultant');
  if (prefersTemporary(facts) && (consultantInvolved || needsOutsideHelp(facts, capacity))) {
    list.push(reason('prefer-temporary', cited(facts, ['prefer-temporary', 'planned-hiring'], 'prefer-temporary')));
  }
  if (decision.hire) list.push(reason('prefer-hire', cited(facts, ['prefer-temporary', 'planned-hiring', 'go-live'], 'go-live'), { weeks: capacity.timelineWeeks }));
  if (sharedNamed) {
    const forms = formsText(facts);
    const id = facts.sites >= k('sharedItMinSites') ? 'shared-access-sites' : facts.rural || facts.users <= k('smallOrgMaxUsers') ? 'shared-access-small' : 'shared-access';
    list.push(reason(id, cited(facts, ['shared-it-access', 'facility-count', 'rural', 'system-users'], 'shared-it-access'), { sites: facts.sites, forms }));
  }
  return list;
}

function conditions(decision: Decision, mix: readonly MixItem[]): RecommendationCondition[] {
  const ids: (keyof typeof CONDITION_TEXTS)[] = [];
  if (decision.primary === 'consultant' || mix.some((item) => item.provider === 'consultant')) ids.push('knowledge-transfer', 'contract-scope', 'reputable-source', 'contract-detail');
  if (decision.primary === 'shared-it' || mix.some((item) => item.provider === 'shared-it')) ids.push('shared-agreement', 'shared-knowledge');
  if (decision.hire) ids.push('hire-early');
  return ids.map((id) => ({ id, appliesTo: CONDITION_TEXTS[id].appliesTo, text: CONDITION_TEXTS[id].text, sourceId: CONDITION_TEXTS[id].source }));
}

/** The staffing recommendation: primary option, the mix per support area, reasons traced to answers, and conditions. */
export function recommend(facts: Facts, capacity: CapacityInput): Recommendation {
  const decision = decide(facts, capacity);
  const mix = mixItems(facts, capacity, decision);
  const sharedNamed = facts.sharedAccess.length > 0 && (decision.primary === 'shared-it' || sharedItFits(facts, capacity) || needsOutsideHelp(facts, capacity));
  const areas = joinList(lackingAreas(facts).map((item) => SUPPORT_AREA_TEXTS[item.area].label));
  const headline = fill(HEADLINES[`${decision.case}:${decision.primary}`] ?? HEADLINES['ready:in-house']!, { forms: formsText(facts), areas });
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
  return { primary: decision.primary, headline, mix, reasons: reasons(facts, capacity, decision, mix, sharedNamed), conditions: conditions(decision, mix), sharedIt };
}
