import { Link, Outlet, useLocation } from 'react-router';
import { APP_NAME } from '../assessment/routes';
import { APP_TEXT } from './app-text';
import { LiveAnnouncer } from './live-announcer';
import { PageErrorBoundary } from './page-error-boundary';
import { StorageNotice } from './storage-notice';

/** Page frame: skip link, header, notices, the routed page, footer. */
export function Layout() {
  const { pathname } = useLocation();
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {APP_TEXT.skip}
      </a>
      <header className="app-header">
        <div className="grid-container app-header__inner">
          <Link className="app-header__title" to="/" aria-label={APP_TEXT.home}>
            {APP_NAME}
            <span className="app-header__tagline">{APP_TEXT.tagline}</span>
          </Link>
        </div>
      </header>
      <main id="main-content" className="app-main" tabIndex={-1}>
        <StorageNotice />
        <PageErrorBoundary resetKey={pathname}>
          <Outlet />
        </PageErrorBoundary>
      </main>
      <LiveAnnouncer />
      <footer className="app-footer">
        <div className="grid-container">
          {APP_TEXT.footer.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </footer>
    </>
  );
}
