import type { OptionDef } from '../bank-schema';

/** Labelled technology-comfort scale for non-technical staff (issue: none … can teach others). */
export const COMFORT_SCALE = [
  { value: 'none', label: 'None', hint: 'Rarely or never uses a computer for work', level: 0 },
  { value: 'basic', label: 'Basic', hint: 'Can do a few routine tasks with help', level: 1 },
  { value: 'comfortable', label: 'Comfortable', hint: 'Does daily tasks without help', level: 2 },
  { value: 'proficient', label: 'Proficient', hint: 'Learns new features quickly and solves small problems', level: 3 },
  { value: 'teach', label: 'Can teach others', hint: 'Helps and trains co-workers', level: 4 },
] as const satisfies readonly OptionDef[];

/**
 * The same levels for comfort with the kind of system being implemented (an EHR, a video-visit
 * platform): computer skills in general are not the same thing, and need their own descriptions.
 * The values are COMFORT_SCALE's, so saved answers and the scoring read both alike.
 */
export const SYSTEM_COMFORT_SCALE = [
  { value: 'none', label: 'None', hint: 'Has not used a system like this', level: 0 },
  { value: 'basic', label: 'Basic', hint: 'Has used one a little, with help', level: 1 },
  { value: 'comfortable', label: 'Comfortable', hint: 'Uses one for daily work without help', level: 2 },
  { value: 'proficient', label: 'Proficient', hint: 'Finds their way in a new one quickly', level: 3 },
  { value: 'teach', label: 'Can teach others', hint: 'Could show co-workers the new system, as a super-user', level: 4 },
] as const satisfies readonly OptionDef[];

/** Experience of the people who do IT with one support area. */
export const EXPERIENCE_SCALE = [
  { value: 'none', label: 'No experience', level: 0 },
  { value: 'some', label: 'Some experience', hint: 'Has done it with help or on a small scale', level: 1 },
  { value: 'experienced', label: 'Experienced', hint: 'Has done it on their own', level: 2 },
  { value: 'expert', label: 'Has led this before', hint: 'Has led this kind of work in a similar project', level: 3 },
] as const satisfies readonly OptionDef[];

export const YES_PARTLY_NO = [
  { value: 'yes', label: 'Yes', level: 2 },
  { value: 'partly', label: 'Partly', level: 1 },
  { value: 'no', label: 'No', level: 0 },
] as const satisfies readonly OptionDef[];
