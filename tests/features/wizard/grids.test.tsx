import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { GRIDS } from '../../../src/assessment/grids';
import { getQuestion } from '../../../src/assessment/question-bank';
import { expectNoAxeViolations } from '../../helpers/axe';
import { questionName } from '../../helpers/fill-wizard';
import { FULL_PROFILE } from '../../helpers/full-profile';
import { renderApp } from '../../helpers/render-app';
import { currentAnswers, seedAnswers } from '../../helpers/seed';

const ROLES_ONLY = { ...FULL_PROFILE, 'staff-count-medical-assistants': 0, 'staff-count-providers': 0 };

function withoutStaffAnswers(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(ROLES_ONLY).filter(([id, value]) => !id.startsWith('skill-') && !(id.startsWith('staff-count-') && value !== 0)));
}

test('the staff skills are one grid per scale: a row per role present, a column per level', async () => {
  seedAnswers(withoutStaffAnswers() as never);
  renderApp('/assessment/staff-skills');
  const grid = await screen.findByRole('group', { name: GRIDS['staff-computer'].label });
  const rows = within(grid)
    .getAllByRole('group')
    .filter((element) => element.tagName === 'FIELDSET');
  // Only the roles the organization has: clerical staff and nurses.
  expect(rows.map((row) => row.getAttribute('id'))).toEqual(['q-skill-computer-clerical-group', 'q-skill-computer-nurses-group']);
  const nurses = within(grid).getByRole('group', { name: questionName('skill-computer-nurses') });
  // Every level of the scale, and "Don't know", each a radio named by its label and description.
  expect(
    within(nurses)
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('value')),
  ).toEqual(['none', 'basic', 'comfortable', 'proficient', 'teach', 'dont-know']);
  expect(within(nurses).getByRole('radio', { name: /^Basic Can do a few routine tasks with help/ })).toBeInTheDocument();
  await expectNoAxeViolations();
});

test('a grid row is one radio group: choosing saves that row only, arrow keys move inside it', async () => {
  const user = userEvent.setup();
  seedAnswers(withoutStaffAnswers() as never);
  renderApp('/assessment/staff-skills');
  const clerical = await screen.findByRole('group', { name: questionName('skill-computer-clerical') });
  await user.click(within(clerical).getByRole('radio', { name: /^Comfortable/ }));
  expect(currentAnswers()['skill-computer-clerical']).toBe('comfortable');
  expect(currentAnswers()['skill-computer-nurses']).toBeUndefined();
  await user.keyboard('{ArrowRight}');
  expect(within(clerical).getByRole('radio', { name: /^Proficient/ })).toHaveFocus();
  expect(currentAnswers()['skill-computer-clerical']).toBe('proficient');
  // Tab leaves the row for the next row's group (one tab stop per row).
  await user.tab();
  const nurses = screen.getByRole('group', { name: questionName('skill-computer-nurses') });
  expect(nurses).toContainElement(document.activeElement as HTMLElement);
});

test('a missing row answer is an error on that row, linked from the summary', async () => {
  const user = userEvent.setup();
  const answers = { ...ROLES_ONLY } as Record<string, unknown>;
  delete answers['skill-system-nurses'];
  seedAnswers(answers as never);
  renderApp('/assessment/staff-skills');
  await user.click(await screen.findByRole('button', { name: 'Next' }));
  const row = screen.getByRole('group', { name: questionName('skill-system-nurses') });
  expect(row).toHaveAccessibleDescription(/Choose one answer, or "Don't know"\./);
  expect(screen.getByRole('group', { name: questionName('skill-system-clerical') })).not.toHaveAccessibleDescription(/Choose one answer/);
  await user.click(screen.getByRole('link', { name: new RegExp(getQuestion('skill-system-nurses').label.replace('?', '\\?')) }));
  expect(within(row).getAllByRole('radio')[0]).toHaveFocus();
  await expectNoAxeViolations();
});

test('the head counts are one group: each row a number field named by its whole question', async () => {
  const user = userEvent.setup();
  seedAnswers(withoutStaffAnswers() as never);
  renderApp('/assessment/staff-skills');
  const counts = await screen.findByRole('group', { name: GRIDS['staff-counts'].label });
  const nurses = within(counts).getByRole('textbox', { name: questionName('staff-count-nurses') });
  await user.type(nurses, '7');
  expect(currentAnswers()['staff-count-nurses']).toBe(7);
  // Every role and the other staff are always counted: 0 says a role is not there.
  expect(within(counts).getAllByRole('textbox')).toHaveLength(5);
  expect(within(counts).getByRole('textbox', { name: questionName('staff-count-other') })).toBeInTheDocument();
});

test('a role counted 0 is not asked about: its skill rows go, and come back with a count', async () => {
  const user = userEvent.setup();
  seedAnswers(withoutStaffAnswers() as never);
  renderApp('/assessment/staff-skills');
  const computers = await screen.findByRole('group', { name: GRIDS['staff-computer'].label });
  const providers = screen.getByRole('textbox', { name: questionName('staff-count-providers') });
  expect(providers).toHaveValue('0');
  expect(within(computers).queryByRole('group', { name: questionName('skill-computer-providers') })).not.toBeInTheDocument();
  await user.clear(providers);
  await user.type(providers, '4');
  expect(within(computers).getByRole('group', { name: questionName('skill-computer-providers') })).toBeInTheDocument();
  await user.clear(providers);
  await user.type(providers, '0');
  expect(within(computers).queryByRole('group', { name: questionName('skill-computer-providers') })).not.toBeInTheDocument();
});

test.each([
  [
    ['new-ehr', 'interfaces'],
    ['exp-technology', 'exp-installation', 'exp-networking', 'exp-interfacing', 'exp-security'],
  ],
  [['telehealth'], ['exp-technology', 'exp-installation', 'exp-networking', 'exp-security']],
])('the IT experience is one grid with a row per support area the scope %j needs, each labelled by its area', async (scope, rows) => {
  const user = userEvent.setup();
  seedAnswers({ 'project-scope': scope, 'it-who': ['contractor'] });
  renderApp('/assessment/it-staff');
  const grid = await screen.findByRole('group', { name: GRIDS['it-experience'].label });
  const groups = within(grid)
    .getAllByRole('group')
    .filter((element) => element.tagName === 'FIELDSET');
  expect(groups.map((group) => group.id)).toEqual(rows.map((id) => `q-${id}-group`));
  // The row shows its short label; its group is named by the whole question.
  const technology = within(grid).getByRole('group', { name: questionName('exp-technology') });
  expect(technology).toHaveTextContent('This type of technology');
  expect(
    within(technology)
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('value')),
  ).toEqual(['none', 'some', 'experienced', 'expert', 'dont-know']);
  await user.click(within(technology).getByRole('radio', { name: /^Some experience/ }));
  await user.keyboard('{ArrowRight}');
  expect(currentAnswers()['exp-technology']).toBe('experienced');
  expect(currentAnswers()['exp-installation']).toBeUndefined();
});
