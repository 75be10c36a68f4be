import { describe, expect, test } from 'vitest';
import { gapReportSchema } from '../../../src/assessment/scoring/gap-report-schema';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { PROFILES } from '../profiles';

describe.each(PROFILES)('profile: $name', ({ answers, expect: expected }) => {
  const report = scoreAssessment(answers);

  test('the report is valid', () => {
    expect(gapReportSchema.safeParse(report).success).toBe(true);
  });

  test(`recommends ${expected.primary}${expected.mix.length > 0 ? ` with ${expected.mix.join(', ')}` : ''}`, () => {
    expect(report.recommendation.primary).toBe(expected.primary);
    expect(report.recommendation.mix.map((item) => `${item.area}:${item.provider}`)).toEqual(expected.mix);
    expect(report.recommendation.sharedIt !== null).toBe(expected.sharedItNamed);
  });

  test('shows the key gaps with their severity, and not the absent ones', () => {
    const severities = Object.fromEntries(report.gaps.map((gap) => [gap.id, gap.severity]));
    for (const [id, severity] of Object.entries(expected.gaps)) expect(severities[id], id).toBe(severity);
    for (const absent of expected.absent) {
      const matching = report.gaps.filter((gap) => (typeof absent === 'string' ? gap.id === absent : absent.test(gap.id)));
      expect(
        matching.map((gap) => gap.id),
        String(absent),
      ).toEqual([]);
    }
  });

  test(`needs ${expected.requiredHours} IT hours, WISN ratio ${expected.wisnRatio}`, () => {
    expect(report.workload.requiredHours).toBe(expected.requiredHours);
    expect(report.workload.wisnRatio).toBe(expected.wisnRatio);
    expect(report.workload.status).toBe(expected.wisnRatio < 1 ? 'shortfall' : 'surplus');
  });

  test(`the recommendation is ${expected.status ?? 'firm'}, with its reasons, headline and conditions`, () => {
    const { recommendation } = report;
    expect(recommendation.status).toBe(expected.status ?? (expected.provisional ? 'provisional' : 'firm'));
    for (const id of expected.reasons ?? []) expect(recommendation.reasons.map((reason) => reason.id)).toContain(id);
    if (expected.headline) expect(recommendation.headline).toMatch(expected.headline);
    const conditions = recommendation.conditions.map((condition) => condition.id);
    for (const id of expected.conditions ?? []) expect(conditions).toContain(id);
    for (const id of expected.absentConditions ?? []) expect(conditions).not.toContain(id);
    for (const [id, pattern] of Object.entries(expected.actions ?? {})) expect(report.gaps.find((gap) => gap.id === id)?.action, id).toMatch(pattern);
  });

  test('provisional flag and confidence', () => {
    expect(report.provisional).toBe(expected.provisional);
    expect(report.confidence.level).toBe(expected.confidence);
  });
});

test.each(PROFILES.map((profile) => [profile.name, profile] as const))('"%s": no reason repeats the headline', (_name, profile) => {
  const { headline, reasons } = scoreAssessment(profile.answers).recommendation;
  // Eight words in a row shared by the headline and a reason is the same sentence said twice.
  const runs = (text: string) => {
    const words = text
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    return new Set(words.slice(0, Math.max(0, words.length - 7)).map((_, index) => words.slice(index, index + 8).join(' ')));
  };
  const inHeadline = runs(headline);
  for (const reason of reasons)
    expect(
      [...runs(reason.text)].filter((run) => inHeadline.has(run)),
      reason.text,
    ).toEqual([]);
});
