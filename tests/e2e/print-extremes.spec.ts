import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answers } from '../../src/assessment/schema';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { AT_A_GLANCE_TEXT } from '../../src/features/results/at-a-glance-text';
import { GLOSSARY_TEXT } from '../../src/features/results/glossary-text';
import { RESULTS_TEXT } from '../../src/features/results/results-text';
import { PROFILES } from '../assessment/profiles';
import { expect, expectReportShown, test } from './fixtures';
import { seedAssessments } from './seed-storage';

/** The longest name the organization field takes (120 characters), in words that wrap. */
const LONGEST_NAME = 'Northern Plains Community Health Center and Critical Access Hospital Network of the Upper Missouri River Valley Region'.padEnd(120, 'x');

function profile(name: string): Answers {
  const found = PROFILES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no profile "${name}"`);
  return { ...found.answers, 'org-name': LONGEST_NAME, 'facility-name': LONGEST_NAME };
}

/**
 * The reports that print longest: everything weak, everything unknown, everything in scope at 20
 * sites; and one with the shared-IT section, every form explained and its checklists.
 */
const EXTREMES: [string, Answers][] = [
  ['shared IT with every form explained', profile('rural single-site clinic with nobody doing IT')],
  ['everything weak', profile('everything weak')],
  ['everything "Don\'t know"', profile('all "don\'t know"')],
  [
    'every option in scope at 20 sites with 12 interfaces',
    {
      ...profile('everything weak'),
      'project-scope': ['new-ehr', 'ehr-replacement', 'telehealth', 'interfaces', 'network-hardware'],
      'facility-count': 20,
      'interface-count': 12,
      'staff-count-other': 388,
    },
  ],
];

type PdfPage = { text: string; height: number; /** Lowest point of the page's content, from its top, header and footer left out. */ contentBottom: number; contentTop: number };

/** Each page's text and how far down its content reaches, through poppler's pdftotext -bbox. */
function pdfPages(pdf: Buffer): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'extreme-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((match) => {
    const height = Number(match[2]);
    const words = [...(match[3] ?? '').matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((word) => ({
      top: Number(word[1]),
      bottom: Number(word[2]),
      text: word[3] ?? '',
    }));
    // The running header and footer sit in the page margins (0.5 in = 36 pt at the top, 0.6 in at the foot).
    const body = words.filter((word) => word.top > 36 && word.bottom < height - 43);
    return {
      text: words.map((word) => word.text).join(' '),
      height,
      contentTop: Math.min(...body.map((word) => word.top)),
      contentBottom: Math.max(...body.map((word) => word.bottom)),
    };
  });
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

for (const [name, answers] of EXTREMES) {
  for (const format of ['Letter', 'A4'] as const) {
    test(`${name}: page one is the summary, at most 4 ${format} pages before the appendix, none of them mostly empty`, async ({ page }) => {
      const when = '2026-11-15T10:00:00.000Z';
      await seedAssessments(page, [{ id: 'extreme', name: '', createdAt: when, updatedAt: when, answers, actionPlan: {} }]);
      await page.goto('/results');
      await expectReportShown(page);
      const pages = pdfPages(await page.pdf({ format, printBackground: true }));
      const report = scoreAssessment(answers);

      const appendix = pages.findIndex((item) => squash(item.text).includes(squash(GLOSSARY_TEXT.intro).slice(0, 40)));
      expect(appendix, 'the appendix starts after the report').toBeGreaterThan(1);
      expect(appendix, `${appendix} pages before the appendix`).toBeLessThanOrEqual(4);

      const first = squash(pages[0]?.text ?? '');
      expect(first).toContain(AT_A_GLANCE_TEXT.heading);
      expect(first).toContain(squash(report.recommendation.headline).split(' ').slice(0, 8).join(' '));
      expect(first).not.toContain(squash(RESULTS_TEXT.recommendationHeading));
      expect(squash(pages[1]?.text ?? '')).toContain(squash(RESULTS_TEXT.recommendationHeading));

      // Between page one and the report's last page, no page is left more than 60% empty.
      const usable = (item: PdfPage) => item.height - 36 - 43;
      for (let index = 1; index < appendix - 1; index += 1) {
        const item = pages[index] as PdfPage;
        const filled = (item.contentBottom - 36) / usable(item);
        expect(filled, `page ${index + 1} of ${format} is ${Math.round(filled * 100)}% filled`).toBeGreaterThanOrEqual(0.4);
      }
    });
  }
}
