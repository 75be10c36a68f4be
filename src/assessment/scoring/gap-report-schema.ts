import { z } from 'zod/mini';
import { SOURCES, type SourceId } from '../sources';
import { AREA_IDS, ROLES, SCOPE_ITEMS, SUPPORT_AREAS } from './constants';

const SOURCE_IDS = SOURCES.map((source) => source.id) as [SourceId, ...SourceId[]];

export const READINESS_LEVELS = ['ready', 'partly-ready', 'not-ready'] as const;
export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export const STAFFING_OPTIONS = ['in-house', 'shared-it', 'consultant'] as const;
export const GAP_AREAS = [...AREA_IDS, 'general'] as const;
export const SHARED_IT_FORMS = ['sister', 'hccn', 'rec', 'msp'] as const;

const sourceId = z.enum(SOURCE_IDS);
const score = z.number().check(z.gte(0), z.lte(100));
const text = z.string().check(z.minLength(1));
const questionIds = z.array(z.string().check(z.minLength(1)));
const hours = z.number().check(z.gte(0));

export const readinessLevelSchema = z.enum(READINESS_LEVELS);
export const severitySchema = z.enum(SEVERITIES);
export const staffingOptionSchema = z.enum(STAFFING_OPTIONS);

const cappedBy = z.nullable(z.enum(SEVERITIES));

export const areaReadinessSchema = z.object({
  id: z.enum(AREA_IDS),
  title: text,
  summary: text,
  /** False when the project does not need this area (e.g. soft skills for a network upgrade). */
  applicable: z.boolean(),
  score,
  level: readinessLevelSchema,
  /** Set when a gap of this severity, not the score, set the level (the report says so). */
  cappedBy,
  questionIds,
  /** Per support area (IT expertise) or per role (staff skills); empty for other areas. */
  breakdown: z.array(z.object({ id: text, label: text, score, level: readinessLevelSchema, cappedBy, questionIds })),
  sourceId,
});

export const gapSchema = z.object({
  /** Stable across runs: the same weakness keeps the same id. */
  id: text,
  kind: z.enum(['weakness', 'unknown', 'incomplete']),
  area: z.enum(GAP_AREAS),
  severity: severitySchema,
  title: text,
  explanation: text,
  action: text,
  owner: text,
  questionIds: questionIds.check(z.minLength(1)),
  sourceId,
});

export const assumptionSchema = z.object({ id: text, text, sourceId, example: z.boolean() });

export const goLiveRoleSchema = z.object({
  role: z.enum(ROLES),
  label: text,
  people: z.int().check(z.gte(0)),
  /** No head count was given for the role: its people are an estimate (the assumptions say how). */
  estimated: z.boolean(),
  trainingHoursEach: hours,
  trainingHours: hours,
  reducedScheduleHours: hours,
  totalHours: hours,
});

export const workloadSchema = z.object({
  scope: z.array(z.enum(SCOPE_ITEMS)),
  sites: z.int().check(z.gte(1)),
  /** Everyone counted as a user; 0 only when every head count given is 0. */
  users: z.int().check(z.gte(0)),
  /** How users was found: the head counts added up, the total answered before, or an estimate. */
  usersBasis: z.enum(['counted', 'answered-before', 'estimated']),
  interfaces: z.int().check(z.gte(0)),
  timelineWeeks: z.number().check(z.positive()),
  hoursByArea: z.array(z.object({ area: z.enum(SUPPORT_AREAS), label: text, hours })),
  requiredHours: hours,
  itHoursPerWeek: hours,
  /** Where the weekly IT hours come from: the answer, an estimate from FTE and routine load, or nothing. */
  itHoursBasis: z.enum(['answer', 'none']),
  availableHours: hours,
  requiredFte: z.number().check(z.gte(0)),
  availableFte: z.number().check(z.gte(0)),
  /** Available minus required FTE over the timeline: negative is a shortfall, positive a surplus. */
  fteBalance: z.number(),
  /** The same as printed: the difference of the two FTE figures printed beside it, to a tenth. */
  fteBalanceShown: z.number(),
  status: z.enum(['shortfall', 'surplus']),
  /** WISN ratio: available / required; below 1 is a shortage. */
  wisnRatio: z.number().check(z.gte(0)),
  goLive: z.object({
    applies: z.boolean(),
    roles: z.array(goLiveRoleSchema),
    superUsers: z.int().check(z.gte(0)),
    superUserExtraHours: hours,
    /** Share of the normal clinic schedule in go-live weeks 1, 2, …; normal afterwards. */
    scheduleByWeek: z.array(z.number().check(z.gte(0), z.lte(1))),
    supportPeople: z.int().check(z.gte(0)),
    /** At-the-elbow support (supportPeople) for an EHR; for video visits alone, help on hand at the first visits. */
    support: z.enum(['at-the-elbow', 'at-the-elbow-per-shift', 'first-video-visits']),
    totalHours: hours,
  }),
  assumptions: z.array(assumptionSchema),
});

export const reasonSchema = z.object({ id: text, text, questionIds: questionIds.check(z.minLength(1)), sourceId });

export const mixItemSchema = z.object({
  /** A support area, or 'capacity' for extra hours. */
  area: z.enum([...SUPPORT_AREAS, 'capacity']),
  provider: z.enum(['consultant', 'shared-it', 'hire']),
  text,
  questionIds: questionIds.check(z.minLength(1)),
});

export const conditionSchema = z.object({
  id: text,
  appliesTo: z.enum(['consultant', 'shared-it', 'hiring']),
  text,
  sourceId,
});

export const recommendationSchema = z.object({
  /**
   * 'undecided' when answers not known yet would change the approach: `primary` is then the
   * cautious plan, and `outcomes` say what each way the answers turn out leads to.
   */
  status: z.enum(['firm', 'provisional', 'undecided']),
  primary: staffingOptionSchema,
  /** One sentence a manager can repeat in a planning meeting. */
  headline: text,
  /** Why the recommendation is provisional, and what would confirm it; null when firm. */
  statusNote: z.nullable(text),
  /** The answers to find first: those that decide the approach and are not known yet. */
  findFirst: questionIds,
  outcomes: z.array(z.object({ when: text, primary: staffingOptionSchema, headline: text })),
  /** The critical gaps, named with the recommendation whatever the staffing answer is. */
  risks: z.array(z.object({ gapId: text, title: text })),
  mix: z.array(mixItemSchema),
  reasons: z.array(reasonSchema).check(z.minLength(1)),
  conditions: z.array(conditionSchema),
  /** Shared IT named and explained, with the forms it takes; null when it is not relevant. */
  sharedIt: z.nullable(
    z.object({
      forms: z.array(z.object({ id: z.enum(SHARED_IT_FORMS), label: text, explanation: text, available: z.boolean(), sourceId })),
      toAgree: z.array(text).check(z.minLength(1)),
    }),
  ),
});

export const confidenceSchema = z.object({
  level: z.enum(['high', 'medium', 'low']),
  /** Share (0-1) of asked questions answered "Don't know" or left open. */
  unknownShare: z.number().check(z.gte(0), z.lte(1)),
  askedCount: z.int().check(z.gte(0)),
  dontKnowIds: questionIds,
  missingIds: questionIds,
  summary: text,
});

export const gapReportSchema = z.object({
  version: z.literal(1),
  /** True while required questions are open: the report is shown, marked provisional. */
  provisional: z.boolean(),
  /** Required questions still open or invalid (from validateAll). */
  missing: questionIds,
  overall: z.object({ score, level: readinessLevelSchema, cappedBy }),
  areas: z.array(areaReadinessSchema),
  /** Most severe first (scoring/gaps.ts orders them; the views and the CSV keep that order). */
  gaps: z.array(gapSchema),
  workload: workloadSchema,
  recommendation: recommendationSchema,
  confidence: confidenceSchema,
});

export type ReadinessLevel = z.infer<typeof readinessLevelSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type StaffingOption = z.infer<typeof staffingOptionSchema>;
export type AreaReadiness = z.infer<typeof areaReadinessSchema>;
export type Gap = z.infer<typeof gapSchema>;
export type Assumption = z.infer<typeof assumptionSchema>;
export type Workload = z.infer<typeof workloadSchema>;
export type Reason = z.infer<typeof reasonSchema>;
export type MixItem = z.infer<typeof mixItemSchema>;
export type RecommendationCondition = z.infer<typeof conditionSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type GapReport = z.infer<typeof gapReportSchema>;
