import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, expect, test, vi } from 'vitest';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { PROFILES } from '../../assessment/profiles';
import { FULL_PROFILE } from '../../helpers/full-profile';
import { renderApp } from '../../helpers/render-app';
import { seedAnswers } from '../../helpers/seed';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Opens the results, asks for the Word file and returns its main part, word/document.xml, and its header. */
async function wordDocument(): Promise<{ body: string; header: string; fileName: string }> {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:word';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  let fileName = '';
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    fileName = this.download;
  });
  const user = userEvent.setup();
  renderApp('/results');
  // Asked for at once, before the report has come in part by part: the file has all of it.
  await user.click(await screen.findByRole('button', { name: 'Download as Word document' }));
  await waitFor(() => expect(blobs).toHaveLength(1), { timeout: 20_000 });
  const files = unzipSync(new Uint8Array(await (blobs[0] as Blob).arrayBuffer()));
  const headerName = Object.keys(files).find((name) => /^word\/header\d*\.xml$/.test(name)) ?? '';
  return { body: strFromU8(files['word/document.xml'] as Uint8Array), header: strFromU8(files[headerName] ?? new Uint8Array()), fileName };
}

/** The text of a WordprocessingML part, runs joined, XML entities decoded once. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

test.each(
  PROFILES.filter((profile) => ['rural single-site clinic with nobody doing IT', 'experienced IT team whose hours nobody knows yet'].includes(profile.name)).map(
    (profile) => [profile.name, profile] as const,
  ),
)('the Word file of "%s" holds the recommendation, every gap and the organization, with Word headings and tables', async (_name, profile) => {
  seedAnswers(profile.answers);
  const { body, header, fileName } = await wordDocument();
  const report = scoreAssessment(profile.answers);
  const text = textOf(body);
  expect(fileName).toMatch(/^staffing-readiness-.*-report-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(text).toContain(report.recommendation.headline);
  for (const gap of report.gaps) {
    expect(text, gap.title).toContain(gap.title);
    expect(text, gap.action).toContain(gap.action);
  }
  expect(textOf(header)).toContain(String(profile.answers['org-name'] ?? ''));
  // Headings are Word headings, in the order of the page; tables are Word tables.
  const headings = [...body.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((match) => textOf(match[0]));
  expect(headings.slice(0, 4)).toEqual(['At a glance', 'Why this recommendation', 'Readiness by area', 'Gaps and actions']);
  expect(headings).toContain('Appendix: every answer as given');
  expect(body.match(/<w:tbl>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  // Page one on its own, as on paper.
  expect(body.indexOf('<w:br w:type="page"/>')).toBeGreaterThan(body.indexOf('At a glance'));
  expect(body.indexOf('<w:br w:type="page"/>')).toBeLessThan(body.indexOf('Why this recommendation'));
  // What paper leaves out, the file leaves out.
  for (const control of ['Print report', 'Download as Word document', 'Back to your answers', 'Change this answer']) expect(text).not.toContain(control);
});

test('text typed by the user that looks like HTML or XML stays text in the Word file', async () => {
  seedAnswers({ ...FULL_PROFILE, 'org-name': '<w:p>Clinic & "Co" <img src=x></w:p>' });
  const { body, header } = await wordDocument();
  expect(textOf(body)).toContain('<w:p>Clinic & "Co" <img src=x></w:p>');
  expect(textOf(header)).toContain('<w:p>Clinic & "Co" <img src=x></w:p>');
  expect(body).not.toContain('<img');
});
