// The page's only script, kept tiny: it loads the app (src/app/prerender-hydrate.tsx) once the
// prerendered page has been painted. The prerendered HTML is the page a visitor first sees and
// it works without script (its links are plain links); the app only makes it interactive. Asked
// for at once, the app's code would share the connection with the page's first paint; asked for
// after it, the paint has the bandwidth to itself. The shells of pages that depend on saved
// answers (review, results, compare) are painted first in the same way; only the SPA fallback
// for other paths loads the app at once.
//
// index.html marks this script `blocking="render"`, so it runs before the first paint and can
// choose the font that paint uses (it is about 1.4 KB gzip, and fetched beside the page's HTML).
import './styles/main.scss';
import publicSansBold from './styles/fonts/PublicSans-Bold-latin.woff2?url';
import publicSansRegular from './styles/fonts/PublicSans-Regular-latin.woff2?url';
import { APP_ENTRY_URL } from 'virtual:app-entry-url';
import type { startApp } from './app/prerender-hydrate';
import { hasSavedAnswers } from './has-saved-answers';

/** The characters the Latin cut of Public Sans has (fonts/README.md); others use the system font. */
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+2074, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

/**
 * Public Sans, if its files are already in this browser: when the service worker controls the
 * page it has precached the whole build, fonts included (in development, always). On a first
 * visit the page keeps the system font: downloading the fonts before the first paint would delay
 * it, and swapping them in after it would move the text. Never after a paint (browsers that
 * ignore `blocking="render"` may run this script late): the text must not move.
 */
function applyWebFontsIfCached(): void {
  const cached = import.meta.env.DEV || ('serviceWorker' in navigator && navigator.serviceWorker.controller !== null);
  const painted = performance.getEntriesByType('paint').length > 0;
  if (!cached || painted || !('fonts' in document)) return;
  for (const [url, weight] of [
    [publicSansRegular, '400'],
    [publicSansBold, '700'],
  ] as const) {
    // `optional`: used if it is ready within a short moment, otherwise the system font for good.
    document.fonts.add(new FontFace('Public Sans Web', `url("${url}") format("woff2")`, { weight, style: 'normal', unicodeRange: LATIN, display: 'optional' }));
  }
}

/** Resolves once the page has painted its content (or after a second, whichever comes first). */
function afterFirstPaint(): Promise<void> {
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
 * Until the app has started, the page's links, buttons and forms would do what plain HTML does:
 * a link loads the next page in full (and the app's announcement of the new page is lost), the
 * step's form is submitted as a GET request. Instead, a click on a link or a button is held and
 * made again once the app has started, so it does what the app does; should the app be slow to
 * come (over 1.5 s), a held link is followed anyway. Links to other sites, to new windows and
 * within the page work as they are. Returns what to call once the app has started.
 */
function holdEarlyClicks(): () => void {
  let held: HTMLElement | null = null;
  let fallback: number | undefined;
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target.closest('a[href], button') : null;
    if (!(target instanceof HTMLElement)) return;
    if (target instanceof HTMLAnchorElement) {
      if (target.origin !== window.location.origin || target.target !== '' || target.hasAttribute('download')) return;
      if (target.pathname === window.location.pathname && target.search === window.location.search && target.hash !== '') return;
    }
    event.preventDefault();
    held = target;
    window.clearTimeout(fallback);
    if (target instanceof HTMLAnchorElement) {
      const href = target.href;
      fallback = window.setTimeout(() => window.location.assign(href), 1500);
    }
  };
  const onSubmit = (event: SubmitEvent) => event.preventDefault();
  document.addEventListener('click', onClick, true);
  document.addEventListener('submit', onSubmit, true);
  return () => {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('submit', onSubmit, true);
    window.clearTimeout(fallback);
    if (held?.isConnected) held.click();
    // Gone with the app's first render (the start page offers "Continue" once saved answers
    // are applied): a link is still followed, as plain HTML.
    else if (held instanceof HTMLAnchorElement) window.location.assign(held.href);
  };
}

/**
 * With answers saved in this browser, a prerendered step (built with nothing saved) shows empty
 * fields until the app has put the saved answers in, a moment after it starts; what was typed
 * meanwhile would mix with them. Its forms are inert until then: shown, not yet usable. Should
 * the app not start within a few seconds, they are usable anyway. Returns what to call once the
 * app has applied the saved answers.
 */
function holdFormsUntilSavedAnswers(root: HTMLElement): () => void {
  if (!hasSavedAnswers()) return () => {};
  const forms = [...root.querySelectorAll('form')];
  const release = () => {
    window.clearTimeout(fallback);
    for (const form of forms) form.inert = false;
  };
  for (const form of forms) form.inert = true;
  const fallback = window.setTimeout(release, 5000);
  return release;
}

/**
 * The app (src/app/prerender-hydrate.tsx), by URL (scripts/app-entry-url.ts says why). First
 * asks for every chunk the page needs, all at once: the build lists them on the root element
 * (scripts/prerender.tsx); otherwise each import would be found only once its importer arrived.
 */
function loadApp(root: HTMLElement | null): Promise<{ startApp: typeof startApp }> {
  for (const href of root?.dataset.chunks?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return import(/* @vite-ignore */ APP_ENTRY_URL) as Promise<{ startApp: typeof startApp }>;
}

applyWebFontsIfCached();
const root = document.getElementById('root');
const prerendered = root?.dataset.prerendered === window.location.pathname;
// A shell: the page of one that depends on saved answers (the results, say), whose HTML holds
// the page's frame (and the results' title); the app renders the rest over it.
const shell = root?.dataset.shell !== undefined;
if ((prerendered || shell) && document.visibilityState === 'visible') {
  // Only a prerendered page has working links and fields before the app starts.
  let release: (() => void) | undefined;
  if (prerendered && root) {
    const releaseClicks = holdEarlyClicks();
    const releaseForms = holdFormsUntilSavedAnswers(root);
    release = () => {
      releaseForms();
      releaseClicks();
    };
  }
  void afterFirstPaint()
    .then(() => loadApp(root))
    .then((app) => app.startApp(release));
} else {
  // Any other path (index.html served as the fallback) needs the app for its content, and a
  // background tab paints nothing until it is shown: no reason to wait in either case.
  void loadApp(root).then((app) => app.startApp());
}
