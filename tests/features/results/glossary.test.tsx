import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { GLOSSARY } from '../../../src/assessment/glossary';
import { PROFILES } from '../../assessment/profiles';
import { renderApp } from '../../helpers/render-app';
import { seedAnswers } from '../../helpers/seed';

async function openResults(name: string) {
  const profile = PROFILES.find((candidate) => candidate.name === name);
  if (!profile) throw new Error(`no profile named ${name}`);
  seedAnswers(profile.answers);
  renderApp('/results');
  await screen.findByRole('button', { name: 'Print report' });
  // The appendix comes last, a part at a time; the sources close it.
  await screen.findByRole('heading', { level: 2, name: 'Sources' }, { timeout: 20_000 });
  return screen.getByRole('region', { name: 'Terms used in this report' });
}

function termsIn(glossary: HTMLElement): string[] {
  return within(glossary)
    .getAllByRole('term')
    .map((term) => term.textContent ?? '');
}

test('the report explains the terms it uses in a glossary, each with its definition, and none it does not use', async () => {
  const glossary = await openResults('experienced but overloaded IT with access to an HCCN');
  const terms = termsIn(glossary);
  for (const term of [
    'FTE (full-time equivalent)',
    'WISN ratio',
    'Go-live',
    'Super-user',
    'HCCN (health center controlled network)',
    'Regional extension center (REC)',
    'Managed service provider (managed IT service)',
  ]) {
    expect(terms).toContain(term);
  }
  // In glossary order, and only entries of the glossary.
  const order = GLOSSARY.map((entry) => entry.term);
  expect(terms.map((term) => order.indexOf(term))).toEqual([...terms.map((term) => order.indexOf(term))].sort((a, b) => a - b));
  expect(terms.every((term) => order.includes(term))).toBe(true);
  expect(terms.length).toBeLessThan(GLOSSARY.length);

  const rec = GLOSSARY.find((entry) => entry.id === 'rec');
  const definitions = within(glossary).getAllByRole('definition');
  expect(definitions).toHaveLength(terms.length);
  const recDefinition = definitions[terms.indexOf('Regional extension center (REC)')];
  expect(recDefinition).toHaveTextContent(rec?.definition ?? 'missing');
  expect(recDefinition).toHaveTextContent(/Source: ONC \(HITECH Act, 2009\)/);
});

test('a report without a consultant or shared IT leaves their terms out of its glossary', async () => {
  const terms = termsIn(await openResults('everything strong'));
  expect(terms).toEqual(expect.arrayContaining(['EHR (electronic health record)', 'FTE (full-time equivalent)', 'WISN ratio', 'Interface']));
  expect(terms).not.toContain('HCCN (health center controlled network)');
  expect(terms).not.toContain('Project charter');
  expect(terms).not.toContain('Acceptance testing');
});

test('"Terms used in this report" near the top of the report jumps to the glossary', async () => {
  const user = userEvent.setup();
  const glossary = await openResults('rural single-site clinic with nobody doing IT');
  const link = screen.getByRole('link', { name: 'Terms used in this report' });
  // Above the first page's summary, the report's first section.
  const glance = screen.getByRole('region', { name: 'At a glance' });
  expect(link.compareDocumentPosition(glance) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  const target = link.getAttribute('href') ?? '';
  expect(target).toMatch(/^#/);
  expect(document.getElementById(target.slice(1))).toBe(glossary);
  await user.click(link);
  expect(window.location.hash).toBe(target);
});
