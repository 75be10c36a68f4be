// The page's only script, kept tiny: it loads the app (src/app/prerender-hydrate.tsx) once the
// prerendered page has been painted. The prerendered HTML is the page a visitor first sees and
// it works without script (its links are plain links); the app only makes it interactive. Asked
// for at once, the app's code would share the connection with the page's first paint; asked for
// after it, the paint has the bandwidth to itself. Pages the build could not prerender (a shell
// or the SPA fallback) need the app for their content: they load it at once.
import './styles/main.scss';

function afterFirstPaint(): Promise<void> {
  const root = document.getElementById('root');
  const prerendered = root?.dataset.prerendered === window.location.pathname;
  // A background tab paints nothing until it is shown: no reason to wait for that either.
  if (!prerendered || document.visibilityState === 'hidden') return Promise.resolve();
  // The first callback runs before the first frame is painted, the second before the next one,
  // that is, after the first paint.
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

void afterFirstPaint()
  .then(() => import('./app/prerender-hydrate'))
  .then(({ startApp }) => startApp());
