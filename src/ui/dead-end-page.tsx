import { Link } from 'react-router';
import { FocusHeading } from './focus-heading';
import { useDocumentTitle } from './use-document-title';

type DeadEndPageProps = { focusKey: string; title: string; documentTitle: string; text: string; linkLabel: string; linkTo: string };

/** A page with nothing to show here: says why, and links to where the user can go on. */
export function DeadEndPage({ focusKey, title, documentTitle, text, linkLabel, linkTo }: DeadEndPageProps) {
  useDocumentTitle(documentTitle);
  return (
    <div className="grid-container app-narrow">
      <FocusHeading focusKey={focusKey} className="app-step-heading">
        {title}
      </FocusHeading>
      <p>{text}</p>
      <Link className="usa-link" to={linkTo}>
        {linkLabel}
      </Link>
    </div>
  );
}
