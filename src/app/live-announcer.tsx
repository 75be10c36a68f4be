import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useAssessmentStore } from '../state/assessment-store';
import { useStorageStatus } from '../state/storage-status';
import { APP_TEXT } from './app-text';

/** Quiet time after the last change before "saved" is announced: once per burst of typing. */
const SAVED_DELAY_MS = 1500;
/** Lets the new page set its title (lazily loaded pages take a moment) before it is read. */
const PAGE_DELAY_MS = 300;

/**
 * A polite live region for screen readers: names the new page (its title, which includes "Step
 * N of M") after an in-app navigation, and says that answers were saved after a change. Not
 * `role="status"`: pages have their own status messages, and this one only speaks.
 */
export function LiveAnnouncer() {
  const { pathname } = useLocation();
  const [message, setMessage] = useState('');
  const firstPath = useRef(pathname);

  useEffect(() => {
    // On the first load the screen reader reads the page itself.
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    const timer = window.setTimeout(() => setMessage(APP_TEXT.announcePage(document.title)), PAGE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [pathname]);

  // A layout effect: it subscribes in the commit that hydrates the page. A passive effect runs a
  // moment later, and a change made in between (the visitor typing as the page hydrates) was missed.
  useLayoutEffect(() => {
    let timer: number | undefined;
    const unsubscribe = useAssessmentStore.subscribe((state, previous) => {
      // Changes made in another tab arrive while this one is in the background: not "saved" here.
      if (state.assessments === previous.assessments || !document.hasFocus()) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (!useStorageStatus.getState().saveFailed) setMessage(APP_TEXT.announceSaved);
      }, SAVED_DELAY_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);

  return (
    <div className="usa-sr-only" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {message}
    </div>
  );
}
