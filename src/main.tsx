// The page script: the one script of every page's HTML. index.html marks it `blocking="render"`,
// so it runs before the first paint (it is small and imports nothing of the app). It picks the
// font of that paint, then, once the page has painted, turns on the whole stylesheet (the HTML
// has only the CSS of its own content inlined: decision record 0013) and loads the app
// (src/app/boot/start-app.tsx), which starts when both are in.
// The whole start-up, in order: src/app/boot/README.md.
import './styles/main.scss';
import { loadDeferredStylesheets } from './app/boot/deferred-stylesheet';
import { afterFirstPaint, loadApp } from './app/boot/load-app';
import { applyWebFontsIfCached } from './app/boot/web-fonts';

applyWebFontsIfCached();

const root = document.getElementById('root');
// The build wrote this page's content into its HTML: the prerendered start page, or a shell
// (a step, the review, the results: the page frame and what is the same for everyone). It is
// painted first, then the app is loaded, so its code does not share the connection with that
// paint. index.html served for any other path shows nothing of that path until the app renders,
// and a tab in the background paints nothing until it is shown: then the app loads at once. The
// app renders what the HTML does not have (a step's questions, the report), which only the whole
// stylesheet styles: it starts once that has loaded.
const contentInHtml = root?.dataset.prerendered === window.location.pathname || root?.dataset.shell !== undefined;
if (contentInHtml && document.visibilityState === 'visible') {
  void afterFirstPaint()
    .then(() => Promise.all([loadApp(root), loadDeferredStylesheets()]))
    .then(([app]) => app.startApp());
} else {
  void Promise.all([loadApp(root), loadDeferredStylesheets()]).then(([app]) => app.startApp());
}
