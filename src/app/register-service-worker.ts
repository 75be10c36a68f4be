/** The web manifest (public/manifest.webmanifest): name, start page and icons for installing. */
const MANIFEST_URL = '/manifest.webmanifest';

/**
 * Links the web manifest, which makes the app installable together with the service worker.
 * Linked by the app rather than written in the HTML: browsers fetch a linked manifest (and its
 * icon) at once, beside the page, and the first paint should have the connection to itself.
 */
function linkWebManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = MANIFEST_URL;
  document.head.append(link);
}

/**
 * Registers the service worker that keeps the app working offline (dist/sw.js, written by
 * scripts/generate-sw.ts) and links the web manifest. Production builds only: the dev server has
 * no sw.js, and a worker caching dev modules would serve stale code. After the page has loaded,
 * so the precaching does not compete with the page's own requests. The app itself starts after
 * the first paint (src/main.tsx), which is often after `load`: then at once.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    linkWebManifest();
    navigator.serviceWorker
      .register('/sw.js')
      // Asks at once whether a new version is out (browsers may wait before they check on their
      // own): pages come from the network first, so a new version is what opens on the next
      // visit, and this installs its worker and files now, for the visits after it, offline too.
      .then((registration) => registration.update())
      .catch(() => {
        // Blocked (private mode, browser policy) or offline: the app works the same.
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
