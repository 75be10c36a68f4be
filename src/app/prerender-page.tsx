import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter, useRoutes } from 'react-router';
import { APP_NAME, PATHS } from '../assessment/routes';
import { ResultsPlaceholder } from '../features/results/report-title';
import { REPORT_TITLE_TEXT } from '../features/results/report-title-text';
import { takePrerenderedTitle } from '../ui/use-document-title';
import { AppShell } from './app';
import { Layout } from './layout';

async function streamToString(stream: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Renders one page of the app to HTML as a first-time visitor sees it (nothing saved), for the
 * build to put into the page's HTML file. Waits for lazily loaded parts, so the HTML is whole.
 * Runs in Node only (scripts/prerender.tsx), with an empty in-memory localStorage.
 */
export async function prerenderPage(path: string): Promise<{ html: string; title: string | null }> {
  takePrerenderedTitle();
  function PathRouter({ children }: { children: ReactNode }) {
    return <StaticRouter location={path}>{children}</StaticRouter>;
  }
  const { prelude } = await prerenderToNodeStream(<AppShell router={PathRouter} />);
  return { html: await streamToString(prelude), title: takePrerenderedTitle() };
}

/** What a shell shows in its main part, for the paths that have more than the frame. */
const SHELL_CONTENT: Record<string, { element: ReactNode; title: string }> = {
  [PATHS.results]: { element: <ResultsPlaceholder />, title: `${REPORT_TITLE_TEXT.title} – ${APP_NAME}` },
};

/**
 * The page frame (header, main, footer) for a page that depends on saved data and so cannot be
 * prerendered (review, results, compare), with what that page shows before the data is in, if
 * anything (the results page: the report's title): the browser renders the page over it.
 */
export async function prerenderShell(path: string): Promise<{ html: string; title: string | null }> {
  const content = SHELL_CONTENT[path];
  const shellRoutes = [{ element: <Layout />, children: [{ path: '*', element: content?.element ?? null }] }];
  function Shell() {
    return useRoutes(shellRoutes);
  }
  const { prelude } = await prerenderToNodeStream(
    <StaticRouter location="/">
      <Shell />
    </StaticRouter>,
  );
  return { html: await streamToString(prelude), title: content?.title ?? null };
}
