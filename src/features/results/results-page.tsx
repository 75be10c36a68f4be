import { Link } from 'react-router';
import { APP_NAME, PATHS } from '../../assessment/routes';
import { Alert } from '../../ui/alert';
import { FocusHeading } from '../../ui/focus-heading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { RESULTS_TEXT } from './results-text';

/** Placeholder for the results until the report lands; it says so instead of showing fake results. */
export function ResultsPage() {
  useDocumentTitle(`${RESULTS_TEXT.title} – ${APP_NAME}`);
  return (
    <div className="grid-container">
      <div className="app-narrow">
        <FocusHeading focusKey="results">{RESULTS_TEXT.title}</FocusHeading>
        <Alert type="info" heading={RESULTS_TEXT.notYet}>
          <p>{RESULTS_TEXT.notYetText}</p>
        </Alert>
        <div className="app-actions">
          <Link className="usa-button usa-button--outline" to={PATHS.review}>
            {RESULTS_TEXT.backToReview}
          </Link>
        </div>
      </div>
    </div>
  );
}
