import { act, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useStagedReveal } from '../../src/ui/use-staged-reveal';

function Parts() {
  const shown = useStagedReveal(3);
  return (
    <ol>
      {['First part', 'Second part', 'Third part'].slice(0, shown).map((part) => (
        <li key={part}>{part}</li>
      ))}
    </ol>
  );
}

test('a long page shows its first part at once and the others one after the other', async () => {
  render(<Parts />);
  expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['First part']);
  expect(await screen.findByText('Third part')).toBeInTheDocument();
  expect(screen.getAllByRole('listitem')).toHaveLength(3);
});

test('printing shows every part at once', () => {
  render(<Parts />);
  expect(screen.queryByText('Third part')).toBeNull();
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  expect(screen.getByText('Third part')).toBeInTheDocument();
});
