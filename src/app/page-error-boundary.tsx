import { Component, type ReactNode } from 'react';
import { APP_NAME } from '../assessment/routes';
import { FocusHeading } from '../ui/focus-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { APP_TEXT } from './app-text';
import { isChunkLoadError, reloadForUpdate } from './reload-for-update';
import { reloadPage } from './reload-page';

/** What a failed page shows: it is reloading to the new version, or a message. */
type Outcome = 'reloading' | 'chunk-failed' | 'failed';

type Props = {
  children: ReactNode;
  /** The page's address: another page starts without the error. */
  resetKey: string;
};

type State = { error: unknown; outcome: Outcome | null; resetKey: string };

/** The message in place of a page that could not be shown, with a button to reload. */
function PageErrorMessage({ chunk }: { chunk: boolean }) {
  const title = chunk ? APP_TEXT.updateFailedTitle : APP_TEXT.pageErrorTitle;
  useDocumentTitle(`${title} – ${APP_NAME}`);
  return (
    <div className="grid-container">
      <FocusHeading focusKey="page-error">{title}</FocusHeading>
      <p>{chunk ? APP_TEXT.updateFailedText : APP_TEXT.pageErrorText}</p>
      <button type="button" className="usa-button" onClick={reloadPage}>
        {APP_TEXT.reloadPage}
      </button>
    </div>
  );
}

/**
 * Around the routed page: a page whose code could not be loaded (an old tab after a new version
 * was deployed, whose files are gone) reloads once to the new version; if that did not help, or
 * the page failed otherwise, it shows a message in plain words instead of a blank page. A class:
 * React catches render errors only in class components.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, outcome: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, outcome: null };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, outcome: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown): void {
    if (!isChunkLoadError(error)) this.setState({ outcome: 'failed' });
    else this.setState({ outcome: reloadForUpdate() ? 'reloading' : 'chunk-failed' });
  }

  override render(): ReactNode {
    const { error, outcome } = this.state;
    if (error === null) return this.props.children;
    if (outcome === 'reloading') {
      return (
        <div className="grid-container">
          <p role="status">{APP_TEXT.updateReloading}</p>
        </div>
      );
    }
    // Until componentDidCatch has decided (the same commit): nothing.
    return outcome === null ? null : <PageErrorMessage chunk={outcome === 'chunk-failed'} />;
  }
}
