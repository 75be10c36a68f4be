import { useEffect } from 'react';

/** Sets the tab title; screen readers and browser history both use it to tell pages apart. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
