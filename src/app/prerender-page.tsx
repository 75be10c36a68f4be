import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter, useRoutes } from 'react-router';
import { APP_NAME, PATHS, stepPath } from '../assessment/routes';
import { QUESTION_BANK } from '../assessment/question-bank';
import { StepShell, stepShellTitle } from '../features/wizard/step-shell';
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
function shellContent(path: string): { element: ReactNode; title: string | null } | undefined {
  if (path === PATHS.results) return { element: <ResultsPlaceholder />, title: `${REPORT_TITLE_TEXT.title} – ${APP_NAME}` };
  const step = QUESTION_BANK.steps.find((candidate) => stepPath(candidate.id) === path);
  return step ? { element: <StepShell step={step} />, title: stepShellTitle(step) } : undefined;
}

/**
 * The page frame (header, main, footer) for a page whose content depends on saved answers (the
 * steps, review, results, compare), with what that page shows before the app has rendered it,
 * if anything (a step: its indicator, title and introduction; the results: the report's title):
 * the app renders the page over it (src/app/boot/start-app.tsx).
 */
export async function prerenderShell(path: string): Promise<{ html: string; title: string | null }> {
  const content = shellContent(path);
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
