import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter, useRoutes } from 'react-router';
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

/**
 * The page frame alone (header, empty main, footer), for pages that depend on saved data and so
 * cannot be prerendered (review, results, compare): the browser renders them afresh over it.
 */
export async function prerenderShell(): Promise<string> {
  const shellRoutes = [{ element: <Layout />, children: [{ path: '*', element: null }] }];
  function Shell() {
    return useRoutes(shellRoutes);
  }
  const { prelude } = await prerenderToNodeStream(
    <StaticRouter location="/">
      <Shell />
    </StaticRouter>,
  );
  return streamToString(prelude);
}
