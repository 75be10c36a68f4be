import type { Answers } from '../schema';
import type { NumberQuestionId, OptionValue, QuestionId, SingleQuestionId } from '../question-ids';
import { ROLES, SCOPE_ITEMS, SUPPORT_AREAS, k, type Role, type ScopeItem, type SupportArea } from './constants';
import { experienceQuestion } from './question-rules';
import { choice, choices, levelOf, numberAnswer, readAnswer } from './read-answers';

export type ItPresence = 'none' | 'side-only' | 'staffed';

/** Experience with one support area; level null when unknown ("Don't know", open, or nobody to ask). */
export type AreaExperience = { area: SupportArea; questionId: SingleQuestionId; level: number | null; asked: boolean };

/**
 * The answers boiled down to what the scoring rules reason about. Built once from the effective
 * answers, so skipped questions never reach a rule.
 */
export type Facts = {
  answers: Answers;
  presence: ItPresence;
  /** False while "who does IT" has no valid answer: then nobody is counted, and the report says so. */
  itWhoKnown: boolean;
  scope: ScopeItem[];
  scopeAssumed: boolean;
  ehrInScope: boolean;
  sites: number;
  sitesAssumed: boolean;
  users: number;
  usersAssumed: boolean;
  interfaces: number;
  interfacesAssumed: boolean;
  timelineWeeks: number;
  neededAreas: SupportArea[];
  experience: AreaExperience[];
  rolesPresent: Role[];
  /** Head counts by role as answered; null where not known (then estimated, and said so). */
  roleCounts: Record<Role, number | null>;
  rural: boolean;
  sharedAccess: Exclude<OptionValue<'shared-it-access'>, 'none'>[];
  preferTemporary: OptionValue<'prefer-temporary'> | null;
  plannedHiring: OptionValue<'planned-hiring'> | null;
  noHiring: OptionValue<'no-hiring-feasible'> | null;
  budget: OptionValue<'outside-budget'> | null;
};

const STAFFED: readonly OptionValue<'it-who'>[] = ['dedicated', 'shared', 'contractor'];

function itPresence(answers: Answers): ItPresence {
  const who = choices(answers, 'it-who');
  if (who.some((value) => STAFFED.includes(value))) return 'staffed';
  if (who.includes('side')) return 'side-only';
  return 'none';
}

function scopeOf(answers: Answers): { scope: ScopeItem[]; assumed: boolean } {
  const chosen = choices(answers, 'project-scope').filter((value): value is ScopeItem => (SCOPE_ITEMS as readonly string[]).includes(value));
  return chosen.length > 0 ? { scope: chosen, assumed: false } : { scope: [...k('defaultScope')], assumed: true };
}

function neededAreasFor(scope: readonly ScopeItem[]): SupportArea[] {
  const needs = k('scopeSupportAreas');
  return SUPPORT_AREAS.filter((area) => scope.some((item) => needs[item].includes(area)));
}

/** The two skill questions asked of each role, by kind: written out so a search finds every id. */
export const SKILL_QUESTIONS = {
  clerical: { computer: 'skill-computer-clerical', system: 'skill-system-clerical' },
  'medical-assistants': { computer: 'skill-computer-medical-assistants', system: 'skill-system-medical-assistants' },
  nurses: { computer: 'skill-computer-nurses', system: 'skill-system-nurses' },
  providers: { computer: 'skill-computer-providers', system: 'skill-system-providers' },
} as const satisfies Readonly<Record<Role, Readonly<Record<'computer' | 'system', SingleQuestionId>>>>;

/** The head count question of each role, written out so a search finds every id. */
export const COUNT_QUESTIONS = {
  clerical: 'staff-count-clerical',
  'medical-assistants': 'staff-count-medical-assistants',
  nurses: 'staff-count-nurses',
  providers: 'staff-count-providers',
} as const satisfies Readonly<Record<Role, NumberQuestionId>>;

/** Derives the facts the rules use from effective answers (skipped questions already removed). */
export function deriveFacts(answers: Answers): Facts {
  const presence = itPresence(answers);
  const { scope, assumed: scopeAssumed } = scopeOf(answers);
  const sitesAnswer = numberAnswer(answers, 'facility-count');
  const sites = sitesAnswer === null ? 1 : Math.max(1, Math.round(sitesAnswer));
  const usersAnswer = numberAnswer(answers, 'system-users');
  const users = usersAnswer === null ? sites * k('defaultUsersPerSite') : Math.max(1, Math.round(usersAnswer));
  const interfacesInScope = scope.includes('interfaces');
  const interfaceAnswer = numberAnswer(answers, 'interface-count');
  const interfaces = !interfacesInScope ? 0 : interfaceAnswer === null ? k('defaultInterfaces') : Math.round(interfaceAnswer);
  const goLive = choice(answers, 'go-live');
  const timelines = k('timelineWeeks');
  const timelineWeeks = goLive !== null && goLive in timelines ? timelines[goLive as keyof typeof timelines] : timelines['not-set'];
  const neededAreas = neededAreasFor(scope);
  const experience = neededAreas.map((area): AreaExperience => {
    const questionId = experienceQuestion(area);
    const asked = readAnswer(answers, questionId).state !== 'missing';
    return { area, questionId, level: levelOf(answers, questionId)?.level ?? null, asked };
  });
  const roles = choices(answers, 'roles-present').filter((value): value is Role => (ROLES as readonly string[]).includes(value));
  return {
    answers,
    presence,
    itWhoKnown: readAnswer(answers, 'it-who').state === 'known',
    scope,
    scopeAssumed,
    ehrInScope: scope.includes('new-ehr') || scope.includes('ehr-replacement'),
    sites,
    sitesAssumed: sitesAnswer === null,
    users,
    usersAssumed: usersAnswer === null,
    interfaces,
    interfacesAssumed: interfacesInScope && interfaceAnswer === null,
    timelineWeeks,
    neededAreas,
    experience,
    rolesPresent: roles.length > 0 ? roles : [...ROLES],
    roleCounts: Object.fromEntries(ROLES.map((role) => [role, numberAnswer(answers, COUNT_QUESTIONS[role])])) as Record<Role, number | null>,
    rural: choice(answers, 'rural') === 'yes',
    // A contractor that already is the organization's IT is not a new source of shared IT: more
    // hours come from its contract (the reasons say so), not from "a managed IT service".
    sharedAccess: choices(answers, 'shared-it-access').filter(
      (value): value is Facts['sharedAccess'][number] => value !== 'none' && !(value === 'msp' && choices(answers, 'it-who').includes('contractor')),
    ),
    preferTemporary: choice(answers, 'prefer-temporary'),
    plannedHiring: choice(answers, 'planned-hiring'),
    noHiring: choice(answers, 'no-hiring-feasible'),
    budget: choice(answers, 'outside-budget'),
  };
}

/** The answered (asked) questions among these ids; `fallback` when none is answered. */
export function cited(facts: Facts, ids: readonly QuestionId[], fallback: QuestionId): QuestionId[] {
  const answered = ids.filter((id) => facts.answers[id] !== undefined);
  return answered.length > 0 ? answered : [fallback];
}

/** Support areas the project needs where IT staff are not experienced enough, or nobody knows. */
export function lackingAreas(facts: Facts): AreaExperience[] {
  if (facts.presence === 'none') return facts.experience;
  return facts.experience.filter((item) => item.level === null || item.level < k('experiencedLevel'));
}

const WORKLOAD_IDS: readonly QuestionId[] = ['project-scope', 'go-live', 'facility-count', 'system-users', 'interface-count'];

/** The answers the hours estimate rests on: the weekly hours IT can give, and what sizes the project. */
export function capacityQuestionIds(): QuestionId[] {
  return ['it-project-hours', ...WORKLOAD_IDS];
}
