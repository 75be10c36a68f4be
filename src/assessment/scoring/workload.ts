import { getQuestion } from '../question-bank';
import { RETIRED_QUESTIONS } from '../retired-questions';
import { findSource } from '../sources';
import type { SourceId } from '../sources';
import { SCORING_CONSTANTS, SUPPORT_AREAS, k, type Role, type SupportArea } from './constants';
import { OTHER_COUNT_QUESTION, type CountRow, type Facts } from './facts';
import type { Assumption, Workload } from './gap-report-schema';
import { ROLE_TEXTS, WORKLOAD_AREA_LABELS, fill, joinList } from './labels';
import { choice, numberAnswer } from './read-answers';
import { ASSUMPTION_TEXTS } from './workload-texts';

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  // + 0 turns -0 into 0: "-0" is not a figure to print.
  return Math.round(value * factor) / factor + 0;
}

/** Working hours of one FTE over this many weeks, less absences (the WISN available working time). */
export function fteWeeks(weeks: number): number {
  return weeks * k('fteHoursPerWeek') * (1 - k('absenceShare'));
}

/**
 * The FTE figures the report prints, each rounded once to a tenth: the shortfall (or surplus) is
 * the difference of the two figures printed beside it, so every part of the report, and a reader
 * doing the sum, finds the same number.
 */
export function fteFigures(required: number, available: number, weeks: number): { required: number; available: number; balance: number } {
  const requiredFte = round(required / fteWeeks(weeks), 1);
  const availableFte = round(available / fteWeeks(weeks), 1);
  return { required: requiredFte, available: availableFte, balance: round(availableFte - requiredFte, 1) };
}

/** The hours a week that add up to `hours` over `weeks`, after absences (the WISN available time). */
export function hoursPerWeekFor(hours: number, weeks: number): number {
  return Math.ceil(hours / (weeks * (1 - k('absenceShare'))));
}

function timelineRange(facts: Facts): string {
  const goLive = choice(facts.answers, 'go-live') ?? 'not-set';
  return k('timelineRanges')[goLive];
}

/** Project IT hours by support area for this scope, number of sites, users and interfaces. */
export function projectHoursByArea(facts: Facts): Record<SupportArea, number> {
  const hours = Object.fromEntries(SUPPORT_AREAS.map((area) => [area, 0])) as Record<SupportArea, number>;
  const byScope = k('hoursByScope');
  for (const item of facts.scope) {
    for (const area of k('scopeSupportAreas')[item]) hours[area] += byScope[item][area];
  }
  // Sites and users only add to areas the scope itself has work in: an interface-only project
  // does not install software on every workstation.
  for (const area of SUPPORT_AREAS.filter((item) => hours[item] > 0)) {
    hours[area] += (facts.sites - 1) * k('hoursPerExtraSite')[area] + facts.users * k('hoursPerUser')[area];
  }
  hours.interfacing += facts.interfaces * k('hoursPerInterface');
  if (choice(facts.answers, 'org-type') === 'critical-access-hospital') {
    for (const area of SUPPORT_AREAS) hours[area] *= k('hospitalFactor');
  }
  // Unknown hosting counts as own servers: more work, so readiness is not overestimated.
  if (choice(facts.answers, 'hosting') === 'vendor-hosted') {
    for (const area of SUPPORT_AREAS) hours[area] *= k('hostedShare')[area];
  }
  return hours;
}

/**
 * Weekly hours IT can give the project: the manager's answer, or none (nobody to count on, or
 * not known yet: then the report asks for it rather than estimating it).
 */
export function itHoursPerWeek(facts: Facts): { hours: number; basis: Workload['itHoursBasis'] } {
  if (facts.presence === 'none') return { hours: 0, basis: 'none' };
  const answered = numberAnswer(facts.answers, 'it-project-hours');
  return answered !== null ? { hours: answered, basis: 'answer' } : { hours: 0, basis: 'none' };
}

/** The WISN figures before rounding; rules compare these, the report shows rounded ones. */
export function capacityFigures(facts: Facts): { required: number; available: number; ratio: number; weekly: number; basis: Workload['itHoursBasis'] } {
  const byArea = projectHoursByArea(facts);
  const required = SUPPORT_AREAS.reduce((sum, area) => sum + byArea[area], 0);
  const { hours: weekly, basis } = itHoursPerWeek(facts);
  const available = weekly * facts.timelineWeeks * (1 - k('absenceShare'));
  const ratio = required > 0 ? available / required : 1;
  return { required, available, ratio, weekly, basis };
}

/** The roles whose head count is not known: their people are estimated from the mix. */
function estimatedRoles(facts: Facts): Role[] {
  return facts.rolesPresent.filter((role) => facts.roleCounts[role] === null);
}

/**
 * People by role: the head counts the manager gave; for a role without one, its share (by the
 * mix) of the users the known rows (other staff included) leave unaccounted for, at least one person.
 */
function peopleByRole(facts: Facts): Record<Role, number> {
  const mix = k('roleMix');
  const people = { clerical: 0, 'medical-assistants': 0, nurses: 0, providers: 0 };
  for (const role of facts.rolesPresent) {
    const count = facts.roleCounts[role];
    if (count !== null) people[role] = count;
  }
  const estimated = estimatedRoles(facts);
  const share = estimated.reduce((sum, role) => sum + mix[role], 0);
  const rest = Math.max(0, facts.users - facts.usersCounted);
  for (const role of estimated) people[role] = facts.roleEstimates[role] ?? Math.max(1, Math.round((rest * mix[role]) / share));
  return people;
}

function trainingHoursEach(facts: Facts, role: Role): number {
  const training = k('trainingHoursByRole');
  let hours = 0;
  if (facts.scope.includes('new-ehr')) hours += training.ehr[role];
  else if (facts.scope.includes('ehr-replacement')) hours += training.ehr[role] * k('replacementTrainingShare');
  if (facts.telehealthInScope) hours += training.telehealth[role];
  return hours;
}

/** The share of staff who go live at once: 1, or one site's share when the rollout goes site by site. */
export function goLiveWave(facts: Facts): number {
  return choice(facts.answers, 'rollout') === 'gradual-site' && facts.sites > 1 ? 1 / facts.sites : 1;
}

function goLive(facts: Facts): Workload['goLive'] {
  const applies = facts.clinicalGoLive;
  const people = peopleByRole(facts);
  const schedule = facts.ehrInScope ? [...k('scheduleByWeek')] : [];
  const lostWeeks = schedule.reduce((sum, share) => sum + (1 - share), 0);
  const roles = facts.rolesPresent.map((role) => {
    const each = applies ? trainingHoursEach(facts, role) : 0;
    const trainingHours = each * people[role];
    const reducedScheduleHours = role === 'providers' ? people[role] * k('clinicalHoursPerWeek') * lostWeeks : 0;
    return {
      role,
      label: ROLE_TEXTS[role].label,
      people: people[role],
      estimated: facts.roleCounts[role] === null,
      trainingHoursEach: round(each, 1),
      trainingHours: round(trainingHours),
      reducedScheduleHours: round(reducedScheduleHours),
      totalHours: round(trainingHours + reducedScheduleHours),
    };
  });
  const headcount = facts.rolesPresent.reduce((sum, role) => sum + people[role], 0);
  const superUsers = applies ? Math.ceil(headcount * k('superUserShare')) : 0;
  const averageTraining = headcount > 0 ? roles.reduce((sum, role) => sum + role.trainingHours, 0) / headcount : 0;
  const superUserExtraHours = round(superUsers * averageTraining * k('superUserExtraTraining'));
  const ratio = k('goLiveSupportRatio');
  const others = headcount - people.providers;
  // At-the-elbow support is for the people who go live at once: one site at a time means a
  // site's share of them (sites assumed of equal size); phases by function still take everyone.
  const wave = goLiveWave(facts);
  // The support ratio is an EHR go-live's: video visits alone change one kind of visit, not the day's work.
  // A hospital goes live around the clock: the same support is needed on every shift.
  const hospital = choice(facts.answers, 'org-type') === 'critical-access-hospital';
  const support = !facts.ehrInScope ? 'first-video-visits' : hospital ? 'at-the-elbow-per-shift' : 'at-the-elbow';
  const supportPeople = applies && support !== 'first-video-visits' ? Math.ceil((people.providers / ratio.providersPerSupporter + others / ratio.othersPerSupporter) * wave) : 0;
  const totalHours = roles.reduce((sum, role) => sum + role.totalHours, 0) + superUserExtraHours;
  return { applies, roles, superUsers, superUserExtraHours, scheduleByWeek: schedule, supportPeople, support, totalHours };
}

function assumption(id: keyof typeof ASSUMPTION_TEXTS, params: Record<string, string | number>, source: SourceId): Assumption {
  return { id, text: fill(ASSUMPTION_TEXTS[id], params), sourceId: source, example: findSource(source)?.kind === 'example' };
}

function rowName(row: CountRow): string {
  return row === 'other' ? 'other staff' : ROLE_TEXTS[row].short;
}

/** How the number of users was found, whenever it is not the sum of head counts all given. */
function usersAssumption(facts: Facts): Assumption | null {
  const source = SCORING_CONSTANTS.defaultUsersPerSite.source;
  const rows = joinList(facts.uncountedRows.map(rowName));
  const rolesWithout = facts.uncountedRows.some((row) => row !== 'other');
  const perRole = rolesWithout ? ', and one for each role without a count' : '';
  const otherRow = getQuestion(OTHER_COUNT_QUESTION).grid?.row ?? 'Other staff';
  switch (facts.usersBasis) {
    case 'counted':
      return null;
    case 'answered-before': {
      const beyond = !rolesWithout && facts.users > facts.usersCounted ? `: the ${facts.users - facts.usersCounted} beyond the head counts you gave are counted as other staff` : '';
      return assumption('users-answered-before', { users: facts.users, earlier: RETIRED_QUESTIONS['system-users']?.label ?? '', beyond, otherRow }, source);
    }
    case 'estimated': {
      const fromCounts = Object.keys(facts.roleEstimates) as Role[];
      if (fromCounts.length > 0) {
        const mix = k('roleMix');
        const percent = (share: number) => round(share * 100);
        const more = facts.uncountedRows.includes('other') ? `; other staff are not counted, so there may be more` : '';
        return assumption(
          'users-estimated-roles',
          {
            users: facts.users,
            roles: joinList(fromCounts.map((role) => ROLE_TEXTS[role].short)),
            clerical: percent(mix.clerical),
            assistants: percent(mix['medical-assistants']),
            nurses: percent(mix.nurses),
            providers: percent(mix.providers),
            more,
          },
          SCORING_CONSTANTS.roleMix.source,
        );
      }
      if (facts.earlierUsers !== null) return assumption('users-above-earlier', { users: facts.users, earlier: facts.earlierUsers, perRole, rows }, source);
      const perSite = k('defaultUsersPerSite');
      if (facts.users > facts.sites * perSite) return assumption('users-estimated-counted', { users: facts.users, perRole, rows }, source);
      const counted = facts.usersCounted > 0 ? `, ${facts.usersCounted} of them in the rows you answered` : '';
      return assumption('users-estimated', { users: facts.users, perSite, counted, rows }, source);
    }
  }
}

function assumptionsFor(facts: Facts, basis: Workload['itHoursBasis']): Assumption[] {
  const list: Assumption[] = [
    assumption('hours-by-scope', {}, SCORING_CONSTANTS.hoursByScope.source),
    assumption('available-time', { absence: round(k('absenceShare') * 100), week: k('fteHoursPerWeek') }, SCORING_CONSTANTS.absenceShare.source),
    assumption('timeline', { weeks: facts.timelineWeeks, range: timelineRange(facts) }, SCORING_CONSTANTS.timelineWeeks.source),
  ];
  if (choice(facts.answers, 'org-type') === 'critical-access-hospital') list.push(assumption('hospital', { percent: round(k('hospitalFactor') * 100) }, SCORING_CONSTANTS.hospitalFactor.source));
  const hosting = choice(facts.answers, 'hosting');
  if (hosting === 'vendor-hosted') {
    const share = k('hostedShare');
    list.push(assumption('hosted', { installation: round(share.installation * 100), security: round(share.security * 100) }, SCORING_CONSTANTS.hostedShare.source));
  } else if (hosting === null && facts.clinicalGoLive) {
    list.push(assumption('hosting-unknown', {}, SCORING_CONSTANTS.hostedShare.source));
  }
  if (facts.scopeAssumed) list.push(assumption('scope-assumed', {}, SCORING_CONSTANTS.defaultScope.source));
  if (facts.sitesAssumed) list.push(assumption('sites-assumed', {}, SCORING_CONSTANTS.hoursPerExtraSite.source));
  const users = usersAssumption(facts);
  if (users) list.push(users);
  if (facts.interfacesAssumed) list.push(assumption('interfaces-assumed', { count: facts.interfaces }, SCORING_CONSTANTS.defaultInterfaces.source));
  if (basis === 'none') list.push(assumption('no-it-hours', {}, SCORING_CONSTANTS.fteHoursPerWeek.source));
  const mix = k('roleMix');
  const percent = (share: number) => round(share * 100);
  const estimated = estimatedRoles(facts);
  // Estimated from the head counts given, the number of users' own assumption says how.
  if (estimated.length > 0 && Object.keys(facts.roleEstimates).length === 0) {
    const roles = joinList(estimated.map((role) => ROLE_TEXTS[role].short));
    list.push(
      assumption(
        'role-mix',
        { roles, clerical: percent(mix.clerical), assistants: percent(mix['medical-assistants']), nurses: percent(mix.nurses), providers: percent(mix.providers) },
        SCORING_CONSTANTS.roleMix.source,
      ),
    );
  }
  list.push(assumption('training-hours', {}, SCORING_CONSTANTS.trainingHoursByRole.source));
  // The one published measure of the effort, for a first EHR: the figures here are lower.
  if (facts.scope.includes('new-ehr') && choice(facts.answers, 'org-type') !== 'critical-access-hospital') list.push(assumption('published-effort', {}, 'fleming-2011'));
  const schedule = k('scheduleByWeek');
  if (facts.ehrInScope) list.push(assumption('schedule', { schedule: schedule.map((share) => `${percent(share)}%`).join(', '), weeks: schedule.length }, SCORING_CONSTANTS.scheduleByWeek.source));
  if (goLiveWave(facts) < 1) list.push(assumption('go-live-wave', { sites: facts.sites }, SCORING_CONSTANTS.goLiveSupportRatio.source));
  list.push(assumption('super-users', { share: round(k('superUserShare') * 100), extra: round(k('superUserExtraTraining') * 100) }, SCORING_CONSTANTS.superUserExtraTraining.source));
  return list;
}

/** The WISN-style workload estimate: IT hours needed against hours available, and go-live clinical time. */
export function estimateWorkload(facts: Facts): Workload {
  const byArea = projectHoursByArea(facts);
  const { required, available, ratio, weekly, basis } = capacityFigures(facts);
  const fte = fteFigures(required, available, facts.timelineWeeks);
  return {
    scope: facts.scope,
    sites: facts.sites,
    users: facts.users,
    usersBasis: facts.usersBasis,
    interfaces: facts.interfaces,
    timelineWeeks: facts.timelineWeeks,
    hoursByArea: facts.neededAreas.map((area) => ({ area, label: WORKLOAD_AREA_LABELS[area], hours: round(byArea[area]) })),
    requiredHours: round(required),
    itHoursPerWeek: round(weekly, 1),
    itHoursBasis: basis,
    availableHours: round(available),
    requiredFte: fte.required,
    availableFte: fte.available,
    // Unrounded (to the hundredth) for the rules that read it ("about even"); the report prints fte.balance.
    fteBalance: round((available - required) / fteWeeks(facts.timelineWeeks), 2),
    fteBalanceShown: fte.balance,
    status: ratio < k('capacityThresholds').enough ? 'shortfall' : 'surplus',
    wisnRatio: round(ratio, 2),
    goLive: goLive(facts),
    assumptions: assumptionsFor(facts, basis),
  };
}
