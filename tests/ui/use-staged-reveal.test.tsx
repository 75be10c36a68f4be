import { act, render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { useStagedReveal } from '../../src/ui/use-staged-reveal';

function Parts() {
  const [shown] = useStagedReveal(3);
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

test('the next part waits until the browser has drawn a frame with the part before it', () => {
  vi.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  const requestFrame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  try {
    render(<Parts />);
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    act(() => {
      for (const callback of frames.splice(0)) callback(performance.now());
    });
    // Rendered in a task after the frame, not in the frame's own callback.
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    act(() => vi.advanceTimersByTime(0));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  } finally {
    requestFrame.mockRestore();
    vi.useRealTimers();
  }
});
