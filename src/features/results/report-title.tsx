import type { ReactNode } from 'react';
import { FocusHeading } from '../../ui/focus-heading';
import { REPORT_TITLE_TEXT } from './report-title-text';

/**
 * The top of the report: a title and an introduction that are the same for every report, then
 * what names this one (`children`). Being the same for everyone, the build writes it into the
 * results page's HTML, which is painted before any of the app's code has run.
 */
export function ReportTitle({ children }: { children?: ReactNode }) {
  return (
    <header className="app-report__header">
      <FocusHeading focusKey="results">{REPORT_TITLE_TEXT.title}</FocusHeading>
      <p className="app-report__intro">{REPORT_TITLE_TEXT.intro}</p>
      {children}
    </header>
  );
}

/**
 * The results page before its code and the saved answers are in: the report's title alone. The
 * build's HTML for /results, and what the app shows while the results page's code loads, so
 * the page does not go blank or move in between.
 */
export function ResultsPlaceholder() {
  return (
    <div className="grid-container app-report">
      <ReportTitle />
    </div>
  );
}
