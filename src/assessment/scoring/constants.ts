import type { SourceId } from '../sources';
import { STAFF_ROLES, type StaffRole } from '../bank/staff-skills';

/**
 * Every number the scoring uses, in one place, each with the source it rests on. Figures whose
 * source is of kind 'example' (vendor, anecdote, this tool's own planning assumptions) are shown
 * as examples in the report and the docs, never as standards. docs/scoring.md is generated from
 * this file (scripts/generate-scoring-doc.ts) and a test keeps the two in step.
 */
type Sourced<T> = { readonly value: T; readonly source: SourceId; readonly note: string };

function sourced<T>(value: T, source: SourceId, note: string): Sourced<T> {
  return { value, source, note };
}

export const AREA_IDS = ['it-expertise', 'it-capacity', 'staff-skills', 'soft-skills', 'implementation'] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** The technical support areas a project can need; `system-setup` is the system itself (EHR or telehealth platform). */
export const SUPPORT_AREAS = ['system-setup', 'installation', 'networking', 'interfacing', 'security'] as const;
export type SupportArea = (typeof SUPPORT_AREAS)[number];

export const SCOPE_ITEMS = ['new-ehr', 'ehr-replacement', 'telehealth', 'interfaces', 'network-hardware'] as const;
export type ScopeItem = (typeof SCOPE_ITEMS)[number];

/** The staff roles the bank asks about, in its order (the bank is their one definition). */
export const ROLES = STAFF_ROLES.map((role) => role.value) as [StaffRole, ...StaffRole[]];
export type Role = StaffRole;

type PerArea = Readonly<Record<SupportArea, number>>;

export const SCORING_CONSTANTS = {
  areaWeights: sourced<Readonly<Record<AreaId, number>>>(
    { 'it-expertise': 0.25, 'it-capacity': 0.25, 'staff-skills': 0.15, 'soft-skills': 0.1, implementation: 0.25 },
    'hrsa-toolbox',
    'Weight of each area in the overall score. IT expertise, IT capacity and the implementation plan carry most: the HRSA Toolbox names them first and names clinical load as a cause of failure.',
  ),
  levelThresholds: sourced(
    { ready: 75, partlyReady: 50 },
    'readiness-tools',
    'Score (0-100) from which an area reads "ready" or "partly ready"; below that it is "not ready". An area with a critical gap is never better than "not ready", one with a major gap never better than "partly ready".',
  ),
  unknownFraction: sourced(
    0.2,
    'readiness-tools',
    '"Don\'t know" and unanswered questions score as 20% of the scale: below the second-lowest answer, because it is better to underestimate readiness than to overestimate it.',
  ),
  experiencedLevel: sourced(2, 'hrsa-toolbox', 'Experience level (0 none, 1 some, 2 experienced, 3 has led this) from which IT staff count as able to do a support area on their own.'),
  wisnRatioWeight: sourced(
    0.6,
    'wisn',
    'Weight of the WISN ratio (hours available / hours needed, capped at 1) in the IT capacity score; the routine load and "without hiring" answers carry the rest, with the weights of their entries in the question rules.',
  ),
  scopeSupportAreas: sourced<Readonly<Record<ScopeItem, readonly SupportArea[]>>>(
    {
      'new-ehr': ['system-setup', 'installation', 'networking', 'interfacing', 'security'],
      'ehr-replacement': ['system-setup', 'installation', 'networking', 'interfacing', 'security'],
      telehealth: ['system-setup', 'installation', 'networking', 'security'],
      interfaces: ['interfacing', 'security'],
      'network-hardware': ['installation', 'networking', 'security'],
    },
    'hrsa-support-areas',
    'Support areas each part of the scope needs, whose experience counts: software installation, networking and interfacing (HRSA), plus the type of technology itself (the EHR or telehealth platform) and security. An area the scope has no IT hours for is not needed: interfaces alone need interfacing and security, a network or hardware upgrade installation, networking and security.',
  ),
  hoursByScope: sourced<Readonly<Record<ScopeItem, PerArea>>>(
    {
      'new-ehr': { 'system-setup': 160, installation: 80, networking: 40, interfacing: 40, security: 24 },
      'ehr-replacement': { 'system-setup': 120, installation: 60, networking: 24, interfacing: 80, security: 24 },
      telehealth: { 'system-setup': 40, installation: 24, networking: 24, interfacing: 0, security: 8 },
      interfaces: { 'system-setup': 0, installation: 0, networking: 0, interfacing: 0, security: 8 },
      'network-hardware': { 'system-setup': 0, installation: 40, networking: 80, interfacing: 0, security: 8 },
    },
    'scoring-assumptions',
    "IT hours for one site, by part of the scope and support area (replacing an EHR includes moving the old data). Example figures, to be replaced by the vendor's estimate.",
  ),
  hostedShare: sourced<PerArea>(
    { 'system-setup': 0.75, installation: 0.5, networking: 1, interfacing: 1, security: 0.5 },
    'scoring-assumptions',
    'Share of the IT hours above that stays with your staff when the vendor hosts the system (cloud): the vendor installs and runs the servers, the backups and much of the security; workstations, the network and internet, and the interfaces stay with you. On your own servers, or while unknown, all of it counts.',
  ),
  hospitalFactor: sourced(
    1.25,
    'scoring-assumptions',
    'IT hours times this for a critical access hospital: its inpatient beds and emergency department run around the clock, with more devices per user and ancillary systems (lab, pharmacy, radiology) to set up and connect. Other organization types count 1.',
  ),
  hoursPerExtraSite: sourced<PerArea>(
    { 'system-setup': 8, installation: 16, networking: 24, interfacing: 0, security: 4 },
    'scoring-assumptions',
    'Extra IT hours for each site beyond the first, in support areas where the scope has hours of its own.',
  ),
  hoursPerUser: sourced<PerArea>(
    { 'system-setup': 0.5, installation: 1, networking: 0, interfacing: 0, security: 0.25 },
    'scoring-assumptions',
    'Extra IT hours per system user (accounts and roles, workstation set-up, access rights), in support areas where the scope has hours of its own.',
  ),
  hoursPerInterface: sourced(60, 'scoring-assumptions', 'IT hours to build, test and go live with one interface (lab, pharmacy, imaging, HIE).'),
  defaultInterfaces: sourced(3, 'scoring-assumptions', 'Interfaces counted when interfaces are in scope but their number is not known (lab results in, prescriptions out, HIE).'),
  defaultUsersPerSite: sourced(
    25,
    'scoring-assumptions',
    'Users counted per site while no head count by role is known. The number of users is the head counts asked added up (each role present and the other staff); while any of them is "Don\'t know" or open, the report says it is an estimate. A role without a count, where other roles are counted, is estimated from those counts with the example mix of roles; with no role counted, this many per site, or the counts known plus one person for each role without a count where that is more. In data saved before the head counts made up the total, the total answered then stands in until the other-staff row is answered, where it is at least that sum ("as you answered before"); where it is less, the sum is used, as an estimate.',
  ),
  defaultScope: sourced<readonly ScopeItem[]>(
    ['new-ehr'],
    'scoring-assumptions',
    'Scope assumed while the scope question is unanswered: a first EHR, the largest project, so that readiness is not overestimated.',
  ),
  timelineWeeks: sourced(
    { 'under-3': 8, '3-6': 13, '6-12': 26, 'over-12': 52, 'not-set': 26 },
    'scoring-assumptions',
    'Weeks until go-live the report plans with for each answer: the short end of the range, so the hours your staff can give are not overestimated ("less than 3 months" as 8 weeks; 12 months at most; 6 months when no date is set).',
  ),
  timelineRanges: sourced(
    { 'under-3': 'less than 13 weeks', '3-6': '13 to 26 weeks', '6-12': '26 to 52 weeks', 'over-12': 'more than 52 weeks', 'not-set': 'no date set' },
    'scoring-assumptions',
    'The range of weeks each answer about the go-live date stands for, printed beside the weeks the report plans with.',
  ),
  fteHoursPerWeek: sourced(40, 'wisn', 'Working hours in one full-time week.'),
  absenceShare: sourced(
    0.12,
    'wisn',
    'Share of working time lost to leave, holidays, sickness and training (about 6 weeks a year). WISN subtracts absences from available time; the figure is an example.',
  ),
  capacityThresholds: sourced({ critical: 0.5, major: 0.8, enough: 1 }, 'wisn', 'WISN ratio (available / required) below which the shortfall is critical or major; below 1 there is a shortage.'),
  manyLackingAreas: sourced(3, 'hrsa-consultant', 'Number of needed support areas without enough experience from which outside expertise should lead the technical work.'),
  hireMinFte: sourced(
    0.5,
    'scoring-assumptions',
    'A shortfall below this many FTE is too small for a post of its own: the report suggests folding it into a hire planned for ongoing work, freeing up routine work, or buying the hours.',
  ),
  hiringMinWeeks: sourced(26, 'scoring-assumptions', 'Weeks to go-live needed for hiring to be a realistic answer to a shortfall (recruiting and onboarding take months).'),
  smallOrgMaxUsers: sourced(20, 'hrsa-rural-shared', 'Up to this many system users, a single site counts as small (never from an estimated number of users).'),
  sharedItMinSites: sourced(2, 'hrsa-rural-shared', 'From this many sites, IT staff can be shared across the sites of one organization.'),
  trainingHoursByRole: sourced(
    {
      ehr: { clerical: 8, 'medical-assistants': 12, nurses: 12, providers: 16 },
      telehealth: { clerical: 2, 'medical-assistants': 2, nurses: 3, providers: 4 },
    },
    'scoring-assumptions',
    'Training hours per person before go-live, by role, for an EHR and for telehealth.',
  ),
  replacementTrainingShare: sourced(0.75, 'scoring-assumptions', 'Share of first-EHR training hours needed when replacing an EHR staff already use.'),
  roleMix: sourced<Readonly<Record<Role, number>>>(
    { clerical: 0.3, 'medical-assistants': 0.25, nurses: 0.2, providers: 0.25 },
    'scoring-assumptions',
    'Share of system users in each role, used only for the roles whose head count you do not know: from the roles you counted (4 clerical staff and 3 medical assistants, 55% of the mix, make about 3 providers at 25%), or, with no role counted, re-weighted over the users estimated per site.',
  ),
  roleMixMinCounted: sourced(
    0.5,
    'scoring-assumptions',
    'The share of the example mix of roles that must be counted before the roles without a head count are estimated from the counted ones; below it, users are estimated per site.',
  ),
  superUserShare: sourced(
    0.1,
    'scoring-assumptions',
    'Share of users trained as super-users: about one in ten, a planning figure of this tool (the vendor guidance gives their extra training time, not their number).',
  ),
  superUserExtraTraining: sourced(0.75, 'super-users', 'Extra training time for a super-user, as a share of regular training (vendor guidance: 50-100% more).'),
  scheduleByWeek: sourced<readonly number[]>([0.5, 0.5, 0.75, 0.9, 0.95], 'go-live-schedule', 'Share of the normal clinic schedule in go-live weeks 1-5; normal from week 6 (week 5 interpolated).'),
  clinicalHoursPerWeek: sourced(32, 'scoring-assumptions', 'Patient-care hours in a full provider week, used to turn the reduced schedule into hours.'),
  goLiveSupportRatio: sourced(
    { providersPerSupporter: 2, othersPerSupporter: 3.5 },
    'super-users',
    'At-the-elbow support at go-live: one person per 2 providers and one per 3-4 non-clinical staff (vendor example); nurses and medical assistants are counted at the non-clinical ratio, an assumption of this tool.',
  ),
  expertiseGapSeverity: sourced(
    { core: ['critical', 'major'], other: ['major', 'minor'] } as const,
    'hrsa-toolbox',
    'Severity of an expertise gap at experience level 0 (none) and 1 (some); "core" is the type of technology itself, the Toolbox\'s first question.',
  ),
  videoOnlyClinicalLoadSeverity: sourced(
    { full: 'major', undecided: 'minor' } as const,
    'hrsa-clinical-load',
    'Severity of the clinical-load gap where the project adds video visits and no EHR: the change for clinicians is a few hours of training and practice, not a new way of working all day, so a full schedule is major rather than critical.',
  ),
  internetDependentSeverity: sourced(
    { unreliable: 'critical', sometimes: 'major' } as const,
    'telehealth-connectivity',
    'Severity of the internet gap where the work runs over the connection: a vendor-hosted system or video visits stop when it does. Otherwise "often slow or down" is major and "sometimes" minor.',
  ),
  staffGapSeverity: sourced(
    { computer: ['major', 'minor'], system: ['minor'] } as const,
    'digital-skills',
    'Severity of a staff-skill gap at comfort level 0 (none) and 1 (basic), for computers in general and for this kind of system.',
  ),
  groupMinorFindOutsFrom: sourced(3, 'readiness-tools', 'From this many minor "Don\'t know" answers, they are one "Find out" gap that lists them, so the gap list stays short.'),
  confidenceThresholds: sourced({ high: 0.1, medium: 0.3 }, 'readiness-tools', 'Share of asked questions answered "Don\'t know" or left open up to which confidence is high, then medium; above, low.'),
} as const;

export type ScoringConstantId = keyof typeof SCORING_CONSTANTS;

/** Shorthand for a constant's value; keeps scoring code readable. */
export function k<Id extends ScoringConstantId>(id: Id): (typeof SCORING_CONSTANTS)[Id]['value'] {
  return SCORING_CONSTANTS[id].value;
}
