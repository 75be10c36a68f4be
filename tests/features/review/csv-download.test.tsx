import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe';
import { catchDownloads } from '../../helpers/catch-downloads';
import { renderApp } from '../../helpers/render-app';
import { seedAnswers } from '../../helpers/seed';

afterEach(() => {
  vi.restoreAllMocks();
});

test('user downloads their answers as a CSV file, with formula-like text neutralized', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  seedAnswers({ 'org-name': '=HYPERLINK("http://example.test","Clinic")', 'facility-count': 2, rural: 'yes', 'project-scope': ['telehealth'] }, 'North clinic, 2026');
  renderApp('/review');
  await screen.findByRole('heading', { level: 1, name: 'Review your answers' });

  await user.click(screen.getByRole('button', { name: 'Download answers (CSV)' }));
  const [file, ...more] = await downloads.files();
  expect(more).toHaveLength(0);
  expect(file?.name).toMatch(/^staffing-readiness-north-clinic-2026-answers-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(file?.type).toBe('text/csv;charset=utf-8');
  const lines = (file?.text ?? '').replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Step,Question,Answer,Question id');
  expect(lines).toContain(`Your organization,Organization name,"'=HYPERLINK(""http://example.test"",""Clinic"")",org-name`);
  expect(lines.find((line) => line.endsWith(',project-scope'))).toContain('Telehealth (video visits or remote consultations)');
  expect(lines.find((line) => line.endsWith(',facility-count'))).toMatch(/,2( \w+)?,facility-count$/);
  expect(screen.getByText(`Saved "${file?.name ?? ''}" to your downloads.`)).toHaveAttribute('role', 'status');
  await expectNoAxeViolations();
});

test('with nothing answered yet the file is named "untitled" and opens in Excel as UTF-8', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  renderApp('/review');
  await screen.findByRole('heading', { level: 1, name: 'Review your answers' });
  await user.click(screen.getByRole('button', { name: 'Download answers (CSV)' }));
  const [file] = await downloads.files();
  expect(file?.name).toMatch(/^staffing-readiness-untitled-assessment-answers-/);
  // The byte-order mark makes Excel read the file as UTF-8 (Blob.text() drops it, so read the bytes).
  expect(file?.head).toEqual([0xef, 0xbb, 0xbf]);
  expect(file?.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Step,Question,Answer,Question id');
});
