import { expect, test } from 'vitest';
import type { Gap, GapReport } from '../../../src/assessment/scoring/gap-report-schema';
import { gapsBySeverity, includesConsultant } from '../../../src/assessment/scoring/report-queries';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { FULL_PROFILE } from '../../helpers/full-profile';

function gap(id: string, severity: Gap['severity']): Gap {
  return { id, kind: 'weakness', area: 'general', severity, title: id, explanation: 'x', action: 'y', owner: 'z', questionIds: ['rural'], sourceId: 'hrsa-toolbox' };
}

test('gaps come most severe first, keeping their order within a severity', () => {
  const sorted = gapsBySeverity([gap('a', 'minor'), gap('b', 'critical'), gap('c', 'major'), gap('d', 'critical'), gap('e', 'minor')]);
  expect(sorted.map((item) => item.id)).toEqual(['b', 'd', 'c', 'a', 'e']);
});

test.each<[string, GapReport['recommendation']['primary'], GapReport['recommendation']['mix'], boolean]>([
  ['a consultant as the recommendation', 'consultant', [], true],
  ['in-house with a consultant for one area', 'in-house', [{ area: 'interfacing', provider: 'consultant', text: 't', questionIds: ['exp-interfacing'] }], true],
  ['shared IT with a hire for capacity', 'shared-it', [{ area: 'capacity', provider: 'hire', text: 't', questionIds: ['it-fte'] }], false],
  ['plain in-house', 'in-house', [], false],
])('the consultant checklist applies for %s', (_name, primary, mix, expected) => {
  const report = scoreAssessment(FULL_PROFILE);
  expect(includesConsultant({ ...report, recommendation: { ...report.recommendation, primary, mix } })).toBe(expected);
});
