import { Link } from 'react-router';
import { APP_NAME } from '../assessment/routes';
import { FocusHeading } from '../ui/focus-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { APP_TEXT } from './app-text';

export function NotFoundPage() {
  useDocumentTitle(`${APP_TEXT.notFoundTitle} – ${APP_NAME}`);
  return (
    <div className="grid-container">
      <FocusHeading focusKey="not-found">{APP_TEXT.notFoundTitle}</FocusHeading>
      <p>{APP_TEXT.notFoundText}</p>
      <Link className="usa-link" to="/">
        {APP_TEXT.notFoundLink}
      </Link>
    </div>
  );
}
