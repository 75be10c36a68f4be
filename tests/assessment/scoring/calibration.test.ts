import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Answers } from '../../../src/assessment/schema';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { STRONG_BASE } from '../profiles';
import { answersWith } from '../arbitraries';

/**
 * The IT-hours estimate against published figures. Fleming et al. (Health Affairs 2011;
 * 30(3):481-489) found an average five-physician primary care practice needed about 611 hours
 * from its implementation teams (IT and practice staff together, with corporate support, so
 * possibly a best case) plus about 134 end-user hours per physician. This tool counts IT hours
 * only, so a first EHR for such a practice should land below 611 but well above a token figure;
 * the ranges below are written with that reasoning, not fitted to the output.
 */
/** Six users: two at the front desk, one medical assistant, one nurse, two providers. */
const SIX_USERS = { 'staff-count-clerical': 2, 'staff-count-medical-assistants': 1, 'staff-count-nurses': 1, 'staff-count-providers': 2 };

const REFERENCES: { name: string; answers: Answers; low: number; high: number; why: string }[] = [
  {
    name: 'five-physician practice, first EHR on its own servers, 25 users',
    answers: { ...STRONG_BASE, 'staff-count-other': 5, hosting: 'own-servers' },
    low: 250,
    high: 611,
    why: 'IT share of the 611 team hours of Fleming et al.: more than a third, less than all of it',
  },
  {
    name: 'the same practice on a vendor-hosted EHR',
    answers: { ...STRONG_BASE, 'staff-count-other': 5, hosting: 'vendor-hosted' },
    low: 150,
    high: 450,
    why: 'the vendor runs servers and backups: clearly less than on own servers, still weeks of work',
  },
  {
    name: 'four-site health center replacing its EHR with 3 interfaces, 60 users',
    answers: { ...STRONG_BASE, 'facility-count': 4, 'staff-count-other': 40, 'project-scope': ['ehr-replacement', 'interfaces'], 'interface-count': 3, hosting: 'own-servers' },
    low: 500,
    high: 1500,
    why: 'a replacement with data migration, three interfaces and four sites: more than a single practice, under one IT FTE-year',
  },
  {
    name: 'telehealth only at one site, 6 users',
    answers: { ...STRONG_BASE, ...SIX_USERS, 'project-scope': ['telehealth'], hosting: 'vendor-hosted' },
    low: 40,
    high: 200,
    why: 'a video platform, devices and the connection: days to a few weeks, far below an EHR',
  },
];

test.each(REFERENCES)('IT hours for $name stay within a plausible range', ({ answers, low, high, why }) => {
  const hours = scoreAssessment(answers).workload.requiredHours;
  expect(hours, why).toBeGreaterThanOrEqual(low);
  expect(hours, why).toBeLessThanOrEqual(high);
});

test('a vendor-hosted system never needs more IT hours than the same system on own servers', () => {
  fc.assert(
    fc.property(answersWith({ 'project-scope': fc.subarray(['new-ehr', 'ehr-replacement', 'telehealth', 'interfaces', 'network-hardware'], { minLength: 1 }) }), (answers) => {
      const own = scoreAssessment({ ...answers, hosting: 'own-servers' }).workload.requiredHours;
      const hosted = scoreAssessment({ ...answers, hosting: 'vendor-hosted' }).workload.requiredHours;
      expect(hosted).toBeLessThanOrEqual(own);
    }),
    { numRuns: 200 },
  );
});

test('going live site by site needs fewer people at the elbow at once than all sites on one day', () => {
  fc.assert(
    fc.property(answersWith({ 'facility-count': fc.integer({ min: 2, max: 30 }), 'project-scope': fc.constant(['new-ehr']) }), (answers) => {
      const bySite = scoreAssessment({ ...answers, rollout: 'gradual-site' }).workload.goLive;
      const atOnce = scoreAssessment({ ...answers, rollout: 'all-at-once' }).workload.goLive;
      // Head counts may be 0: where nobody in the roles present uses the system, nobody needs support.
      fc.pre(atOnce.roles.some((role) => role.people > 0));
      expect(bySite.supportPeople).toBeLessThanOrEqual(atOnce.supportPeople);
      expect(bySite.supportPeople).toBeGreaterThan(0);
    }),
    { numRuns: 200 },
  );
});

test('a critical access hospital needs more IT hours than a clinic of the same size and scope', () => {
  fc.assert(
    fc.property(answersWith({ 'project-scope': fc.subarray(['new-ehr', 'ehr-replacement', 'telehealth', 'interfaces', 'network-hardware'], { minLength: 1 }) }), (answers) => {
      const clinic = scoreAssessment({ ...answers, 'org-type': 'health-center' }).workload.requiredHours;
      const hospital = scoreAssessment({ ...answers, 'org-type': 'critical-access-hospital' }).workload.requiredHours;
      expect(hospital).toBeGreaterThanOrEqual(clinic);
    }),
    { numRuns: 200 },
  );
});
