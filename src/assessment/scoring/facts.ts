import type { Answers } from '../schema';
import type { NumberQuestionId, OptionValue, QuestionId, SingleQuestionId } from '../question-ids';
import { ROLES, SCOPE_ITEMS, SUPPORT_AREAS, k, type Role, type ScopeItem, type SupportArea } from './constants';
import { experienceQuestion } from './question-rules';
import { choice, choices, levelOf, numberAnswer, readAnswer } from './read-answers';
import { RURAL_ORG_TYPES } from '../bank/conditions';

export type ItPresence = 'none' | 'side-only' | 'staffed';

/** A row of the head-count grid: a role, or the staff not counted by role. */
export type CountRow = Role | 'other';

/**
 * How the number of users was found: every row asked has a count ('counted'); the total answered
 * before this version asked by row stands in for the rows not answered yet ('answered-before');
 * or some row is not known and the number is an estimate ('estimated').
 */
export type UsersBasis = 'counted' | 'answered-before' | 'estimated';

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
  /** Video visits in scope. */
  telehealthInScope: boolean;
  /** An EHR or video visits: a go-live that changes how clinical staff work (not interfaces or a network alone). */
  clinicalGoLive: boolean;
  sites: number;
  sitesAssumed: boolean;
  /** Everyone who will use the system: the head-count rows asked, added up (see usersBasis). */
  users: number;
  usersBasis: UsersBasis;
  /** The head counts known, over the rows asked (the roles present and other staff). */
  usersCounted: number;
  /** The rows asked whose head count is not known: while there are any, users is not a count. */
  uncountedRows: CountRow[];
  /** The total answered before this version asked by row (retired `system-users`), when it was read. */
  earlierUsers: number | null;
  interfaces: number;
  interfacesAssumed: boolean;
  timelineWeeks: number;
  neededAreas: SupportArea[];
  experience: AreaExperience[];
  rolesPresent: Role[];
  /** Head counts by role as answered; null where not known (then estimated, and said so). */
  roleCounts: Record<Role, number | null>;
  /**
   * For the roles present without a head count, when other roles were counted: people estimated
   * from those counts with the example mix of roles (see usersOf). Empty otherwise.
   */
  roleEstimates: Partial<Record<Role, number>>;
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

/** The head count of the staff not counted by role; with the role rows it makes the number of users. */
export const OTHER_COUNT_QUESTION = 'staff-count-other' satisfies NumberQuestionId;

/** Every head-count row, the roles' and the other staff's: the answers the number of users rests on. */
export const USER_COUNT_QUESTIONS: readonly NumberQuestionId[] = [...Object.values(COUNT_QUESTIONS), OTHER_COUNT_QUESTION];

/** The question that asked for the total before the head counts did (retired-questions.ts). */
const EARLIER_USERS_QUESTION = 'system-users';

/**
 * The total of users answered before this version asked for it by row, as that question
 * accepted it (a whole number from 1 to 5,000); null when absent or not such a number.
 */
export function earlierUsersTotal(saved: Answers): number | null {
  const value = saved[EARLIER_USERS_QUESTION];
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5000 ? value : null;
}

type UsersFacts = Pick<Facts, 'users' | 'usersBasis' | 'usersCounted' | 'uncountedRows' | 'earlierUsers' | 'roleEstimates'>;

/**
 * People in the roles without a head count, estimated from the roles counted (more than 0) with
 * the example mix of roles: 4 clerical and 3 medical assistants make about 3 providers, not the
 * rest of a default number of users per site. Empty when no role present is counted.
 */
function estimatesFromCounts(roles: readonly Role[], countOf: (role: Role) => number | null): Partial<Record<Role, number>> {
  const mix = k('roleMix');
  const counted = roles.filter((role) => (countOf(role) ?? 0) > 0);
  const uncounted = roles.filter((role) => countOf(role) === null);
  if (counted.length === 0 || uncounted.length === 0) return {};
  const people = counted.reduce((sum, role) => sum + (countOf(role) ?? 0), 0);
  const share = counted.reduce((sum, role) => sum + mix[role], 0);
  // Two front-desk staff say little about the rest of a clinic: too small a part of the mix counted.
  if (share < k('roleMixMinCounted')) return {};
  return Object.fromEntries(uncounted.map((role) => [role, Math.max(1, Math.round((people * mix[role]) / share))]));
}

/**
 * The number of users: the sum of the head-count rows asked (the roles present, and other
 * staff). Where a row is not known it is never stated as a count: the total answered before
 * stands in while the other-staff row has never been answered, else it is estimated at
 * `defaultUsersPerSite` per site, or, where the roles counted make at least `roleMixMinCounted`
 * of the example mix, the roles without a count are estimated from them. Either way it is at least the counts known plus one person for
 * each role without a count, as the go-live estimate counts them.
 */
function usersOf(answers: Answers, roles: Role[], sites: number, earlier: number | null): UsersFacts {
  const rows: CountRow[] = [...roles, 'other'];
  const countOf = (row: CountRow) => {
    const count = numberAnswer(answers, row === 'other' ? OTHER_COUNT_QUESTION : COUNT_QUESTIONS[row]);
    return count === null ? null : Math.round(count);
  };
  const usersCounted = rows.reduce((sum, row) => sum + (countOf(row) ?? 0), 0);
  const uncountedRows = rows.filter((row) => countOf(row) === null);
  if (uncountedRows.length === 0) return { users: usersCounted, usersBasis: 'counted', usersCounted, uncountedRows, earlierUsers: null, roleEstimates: {} };
  const floor = usersCounted + uncountedRows.filter((row) => row !== 'other').length;
  if (earlier !== null && readAnswer(answers, OTHER_COUNT_QUESTION).state === 'missing') {
    return { users: Math.max(earlier, floor), usersBasis: earlier >= floor ? 'answered-before' : 'estimated', usersCounted, uncountedRows, earlierUsers: earlier, roleEstimates: {} };
  }
  const roleEstimates = estimatesFromCounts(roles, countOf);
  if (Object.keys(roleEstimates).length > 0) {
    const estimated = Object.values(roleEstimates).reduce((sum, people) => sum + people, 0);
    return { users: usersCounted + estimated, usersBasis: 'estimated', usersCounted, uncountedRows, earlierUsers: null, roleEstimates };
  }
  return { users: Math.max(sites * k('defaultUsersPerSite'), floor), usersBasis: 'estimated', usersCounted, uncountedRows, earlierUsers: null, roleEstimates: {} };
}

/**
 * The roles the organization has: every role but those counted 0. A role whose head count is
 * not known (not answered, "Don't know") is counted in, as its skills are asked.
 */
function rolesPresentIn(answers: Answers): Role[] {
  return ROLES.filter((role) => answers[COUNT_QUESTIONS[role]] !== 0);
}

/** A rural health clinic or critical access hospital, rural by definition (bank/conditions.ts). */
export function ruralByType(answers: Answers): boolean {
  const type = choice(answers, 'org-type');
  return type !== null && (RURAL_ORG_TYPES as readonly string[]).includes(type);
}

/**
 * Derives the facts the rules use from effective answers (skipped questions already removed).
 * `saved` are the answers as saved, where answers to retired questions are kept.
 */
export function deriveFacts(answers: Answers, saved: Answers = answers): Facts {
  const presence = itPresence(answers);
  const { scope, assumed: scopeAssumed } = scopeOf(answers);
  const sitesAnswer = numberAnswer(answers, 'facility-count');
  const sites = sitesAnswer === null ? 1 : Math.max(1, Math.round(sitesAnswer));
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
  const roles = rolesPresentIn(answers);
  return {
    answers,
    presence,
    itWhoKnown: readAnswer(answers, 'it-who').state === 'known',
    scope,
    scopeAssumed,
    ehrInScope: scope.includes('new-ehr') || scope.includes('ehr-replacement'),
    telehealthInScope: scope.includes('telehealth'),
    clinicalGoLive: scope.some((item) => item === 'new-ehr' || item === 'ehr-replacement' || item === 'telehealth'),
    sites,
    sitesAssumed: sitesAnswer === null,
    ...usersOf(answers, roles, sites, earlierUsersTotal(saved)),
    interfaces,
    interfacesAssumed: interfacesInScope && interfaceAnswer === null,
    timelineWeeks,
    neededAreas,
    experience,
    rolesPresent: roles,
    roleCounts: Object.fromEntries(ROLES.map((role) => [role, numberAnswer(answers, COUNT_QUESTIONS[role])])) as Record<Role, number | null>,
    rural: choice(answers, 'rural') === 'yes' || ruralByType(answers),
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

const WORKLOAD_IDS: readonly QuestionId[] = ['project-scope', 'go-live', 'facility-count', ...USER_COUNT_QUESTIONS, 'interface-count'];

/** The answers the hours estimate rests on: the weekly hours IT can give, and what sizes the project. */
export function capacityQuestionIds(): QuestionId[] {
  return ['it-project-hours', ...WORKLOAD_IDS];
}
