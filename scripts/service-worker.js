// The service worker of Staffing Readiness, made of Workbox's modules. scripts/generate-sw.ts
// bundles it with them into dist/sw.js (nothing is loaded from elsewhere) and puts the precache
// manifest (every file of the build, with a revision) in place of self.__WB_MANIFEST.
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, getCacheKeyForURL, precache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

setCacheNameDetails({ prefix: 'staffing-readiness' });

// Everything is cached at install, so after the first visit the app opens with the network off.
// A file whose revision (or, under /assets/, whose name) is unchanged is not downloaded again.
precache(self.__WB_MANIFEST);

// The new version serves the next page load at once. Answers live in localStorage, which no
// version touches, so nothing is lost.
self.skipWaiting();
clientsClaim();
// Caches of older Workbox precache formats go; so do the caches this service worker replaces.
cleanupOutdatedCaches();

/** Files under /assets/ that were not precached (a newer version's, before its worker is in). */
const ASSETS_CACHE = 'staffing-readiness-assets';
/** The caches of the hand-written worker that came before this one: `staffing-readiness-<12 hex>`. */
const HAND_WRITTEN_CACHE = /^staffing-readiness-[0-9a-f]{12}$/;

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names.filter((name) => name === ASSETS_CACHE || HAND_WRITTEN_CACHE.test(name)).map((name) => caches.delete(name)))));
});

/** The HTML file a page address is served from, as the static server does: `/a/b` → `/a/b.html`. */
function pageFile(url) {
  if (url.pathname === '/') return '/index.html';
  const candidate = `${url.pathname.replace(/\/$/, '')}.html`;
  return getCacheKeyForURL(candidate) === undefined ? '/index.html' : candidate;
}

/** How long a page waits for the network before it is served from the cache. */
const NETWORK_WAIT_SECONDS = 3;

// Pages come from the network if it answers in time, so that a new version is used on the very
// next visit (its files, named by their contents, are not in this precache: they come from the
// network too, and the new service worker precaches them). Offline, on an error, or when the
// network is slower than NETWORK_WAIT_SECONDS, the page this version precached. Registered
// before the precache's own route, which would answer pages from the cache first.
const pages = new NetworkFirst({
  cacheName: cacheNames.precache,
  networkTimeoutSeconds: NETWORK_WAIT_SECONDS,
  plugins: [
    {
      // A server error is answered like no network: with the cached page.
      fetchDidSucceed: async ({ response }) => {
        if (!response.ok) throw new Error(`The server answered ${response.status}`);
        return response;
      },
      // The cached copy of `/assessment/<step>` is the precache's `assessment/<step>.html`.
      cacheKeyWillBeUsed: async ({ request }) => getCacheKeyForURL(pageFile(new URL(request.url))) ?? request,
      // Only the precache writes to the precache.
      cacheWillUpdate: async () => null,
    },
  ],
});
registerRoute(new NavigationRoute(pages));

// Every other precached file, from the cache.
addRoute();

// Files under /assets/ carry a content hash in their names: the cached copy is always right.
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'), new CacheFirst({ cacheName: ASSETS_CACHE }));
