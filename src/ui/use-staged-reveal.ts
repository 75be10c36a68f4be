import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * How many of a long page's `stages` parts to show: the first at once, then one more in a new
 * task after each has been put on the page. Each part is then its own render and its own
 * layout, none of them a long task on a slow laptop, where the whole page at once would be.
 * Printing shows every part at once.
 */
export function useStagedReveal(stages: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= stages) return undefined;
    const timer = window.setTimeout(() => startTransition(() => setShown((count) => Math.min(stages, count + 1))));
    return () => window.clearTimeout(timer);
  }, [shown, stages]);
  useEffect(() => {
    const showAll = () => flushSync(() => setShown(stages));
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, [stages]);
  return shown;
}
