import type { ReactNode } from 'react';
import { FocusHeading } from '../../ui/focus-heading';
import { REPORT_TITLE_TEXT } from './report-title-text';

/**
 * The top of the report: a title and an introduction that are the same for every report, then
 * what names this one (`children`). Being the same for everyone, the build writes it into the
 * results page's HTML, which is painted before any of the app's code has run.
 */
export function ReportTitle({ name, focus = true, children }: { name?: string; focus?: boolean; children?: ReactNode }) {
  return (
    <header className="app-report__header">
      {/* The organization is named in the heading for screen readers (and their list of
          headings); on screen and paper it is the line below the introduction. A heading that
          is not to take focus is a plain one: FocusHeading would count it as the page shown. */}
      {focus ? (
        <FocusHeading focusKey="results">
          {REPORT_TITLE_TEXT.title}
          {name ? <span className="usa-sr-only">{`: ${name}`}</span> : null}
        </FocusHeading>
      ) : (
        <h1 tabIndex={-1}>{REPORT_TITLE_TEXT.title}</h1>
      )}
      <p className="app-report__intro">{REPORT_TITLE_TEXT.intro}</p>
      {children}
    </header>
  );
}

/**
 * The results page before its code and the saved answers are in: the report's title alone. The
 * build's HTML for /results, and what the app shows while the results page's code loads, so
 * the page does not go blank or move in between. Its heading does not take focus: the results
 * page's own heading does, once it is there (this one would be gone a moment later).
 */
export function ResultsPlaceholder() {
  return (
    <div className="grid-container app-report">
      <ReportTitle focus={false} />
    </div>
  );
}
