import { startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Calls `callback` in a new task once the browser has put the current state of the page on
 * screen (its style, layout and paint done in the frame in between). Returns a cancel function.
 */
function afterNextFrame(callback: () => void): () => void {
  let timer: number | undefined;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(callback);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * How many of a long page's `stages` parts to show: the first at once, then one more after each
 * has been put on screen. Each part is then its own render and its own layout, none of them a
 * long task on a slow laptop, where the whole page at once would be. (A timer alone is not
 * enough: parts committed between two frames were laid out together, in one long task.)
 * Printing shows every part at once, and so does the returned `showAll` (for a copy of the
 * whole page, such as a Word file).
 */
export function useStagedReveal(stages: number): [shown: number, showAll: () => void] {
  const [shown, setShown] = useState(1);
  const showAll = useCallback(() => flushSync(() => setShown(stages)), [stages]);
  useEffect(() => {
    if (shown >= stages) return undefined;
    return afterNextFrame(() => startTransition(() => setShown((count) => Math.min(stages, count + 1))));
  }, [shown, stages]);
  useEffect(() => {
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, [showAll]);
  return [shown, showAll];
}
