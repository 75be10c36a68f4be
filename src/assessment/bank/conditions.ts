/** Shown only when somebody does IT: questions about IT staff make no sense otherwise. */
export const SOMEBODY_DOES_IT = [{ question: 'it-who', in: ['dedicated', 'shared', 'contractor', 'side'] }] as const;

/**
 * Staff who do IT on the side, beside other IT people: only then can they be, or not be, the main
 * IT support. Without them the question has no answer that changes the report; as the only IT
 * people they are the main support, which the report already plans for (the "it-side-only" gap).
 */
export const SIDE_AND_OTHER_IT = [
  { question: 'it-who', in: ['side'] },
  { question: 'it-who', unlessOnly: ['side'] },
] as const;

/**
 * Organization types that are rural by definition: a rural health clinic must be in a
 * non-urbanized area and a critical access hospital in a rural one (CMS conditions of
 * participation, 42 CFR 491.5 and 485.610), so they are not asked whether they are rural.
 */
export const RURAL_ORG_TYPES = ['rural-health-clinic', 'critical-access-hospital'] as const;

export const NOT_RURAL_BY_TYPE = [{ question: 'org-type', unless: RURAL_ORG_TYPES }] as const;
