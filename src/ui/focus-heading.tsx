import { useEffect, useRef, type ReactNode } from 'react';

type FocusHeadingProps = {
  children: ReactNode;
  /** Focus moves to the heading whenever this changes (a new step or page). */
  focusKey: string;
  enabled?: boolean;
  className?: string;
};

// On a fresh page load the browser already starts at the top; focus is moved only when the
// user navigates inside the app, where it would otherwise stay on the button they pressed.
// Tracking the last key (not a first-run flag) keeps React's doubled dev effects harmless.
let lastFocusKey: string | null = null;

/** The page's h1; takes focus on in-app navigation so keyboard and screen-reader users start at the top. */
export function FocusHeading({ children, focusKey, enabled = true, className }: FocusHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const isFirst = lastFocusKey === null;
    const changed = lastFocusKey !== focusKey;
    lastFocusKey = focusKey;
    if (!isFirst && changed && enabled) ref.current?.focus();
  }, [focusKey, enabled]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
