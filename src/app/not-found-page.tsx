import { APP_NAME } from '../assessment/routes';
import { DeadEndPage } from '../ui/dead-end-page';
import { APP_TEXT } from './app-text';

export function NotFoundPage() {
  return (
    <DeadEndPage
      focusKey="not-found"
      title={APP_TEXT.notFoundTitle}
      documentTitle={`${APP_TEXT.notFoundTitle} – ${APP_NAME}`}
      text={APP_TEXT.notFoundText}
      linkLabel={APP_TEXT.notFoundLink}
      linkTo="/"
    />
  );
}
