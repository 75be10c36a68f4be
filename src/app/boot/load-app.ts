// Part of the page script (src/main.tsx): loads the app after the first paint. Decision record 0005.
import { APP_ENTRY_URL } from 'virtual:app-entry-url';
import type { startApp } from './start-app';

/** Resolves once the page has painted its content (or after a second, whichever comes first). */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    window.setTimeout(resolve, 1000);
    if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
      const observer = new PerformanceObserver((list) => {
        if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
        observer.disconnect();
        resolve();
      });
      observer.observe({ type: 'paint', buffered: true });
    } else {
      // The first callback runs before the first frame, the second after it has been painted.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    }
  });
}

/**
 * The app (./start-app.tsx), imported by URL (scripts/app-entry-url.ts says why). First asks for
 * every chunk the page needs, all at once: the build lists them on the root element
 * (scripts/prerender.tsx); otherwise each import would be found only once its importer arrived.
 */
export function loadApp(root: HTMLElement | null): Promise<{ startApp: typeof startApp }> {
  for (const href of root?.dataset.chunks?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return import(/* @vite-ignore */ APP_ENTRY_URL) as Promise<{ startApp: typeof startApp }>;
}
