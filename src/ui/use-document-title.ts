import { useLayoutEffect } from 'react';

/** The title of the page last rendered where there is no document (the build's prerendering). */
const prerendered: { title: string | null } = { title: null };

function rememberPrerenderedTitle(title: string): void {
  prerendered.title = title;
}

/** Sets the tab title; screen readers and browser history both use it to tell pages apart. */
export function useDocumentTitle(title: string): void {
  // Effects do not run when the build prerenders a page; its <title> is taken from here instead.
  if (typeof document === 'undefined') rememberPrerenderedTitle(title);
  // A layout effect: the title changes in the same commit as the page, so nothing (a screen
  // reader, a test that has found the new heading) can see the new page under the old title.
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}

/** The title the last prerendered page asked for (and forgets it, ready for the next page). */
export function takePrerenderedTitle(): string | null {
  const { title } = prerendered;
  prerendered.title = null;
  return title;
}
