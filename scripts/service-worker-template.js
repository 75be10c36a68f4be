// Service worker of Staffing Readiness; scripts/generate-sw.ts writes dist/sw.js from this file,
// with VERSION and PRECACHE (every file of the build) defined above it.
/* global VERSION, PRECACHE */
const CACHE_PREFIX = 'staffing-readiness-';
const CACHE = `${CACHE_PREFIX}${VERSION}`;

// Everything is cached at install, so after the first visit the app opens with the network off.
// Pages themselves are asked of the network first (see networkFirst), the rest of the cache.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))))
      // The new version serves the next page load at once. Answers live in localStorage, which
      // no version touches, so nothing is lost.
      .then(() => self.skipWaiting()),
  );
});

// Keeps this version and the one before it: a page still open on the old version can still load
// its lazily loaded code. Older caches go.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => {
        const ours = names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).sort();
        const previous = ours.length > 0 ? ours[ours.length - 1] : null;
        return Promise.all(ours.filter((name) => name !== previous).map((name) => caches.delete(name)));
      })
      .then(() => self.clients.claim()),
  );
});

const HTML_FILES = new Set(PRECACHE.filter((path) => path.endsWith('.html')));

/** The HTML file a page address is served from, as the static server does: `/a/b` → `/a/b.html`. */
function htmlFor(pathname) {
  if (pathname === '/') return '/index.html';
  const candidate = `${pathname.replace(/\/$/, '')}.html`;
  return HTML_FILES.has(candidate) ? candidate : '/index.html';
}

// Vary is ignored: servers answer `Vary: Origin` (for CORS), and the page asks for its scripts
// with an Origin header that the precache requests did not have; the files are the same.
const MATCH = { ignoreVary: true };

async function fromCaches(request) {
  const current = await caches.open(CACHE);
  return (await current.match(request, MATCH)) ?? (await caches.match(request, MATCH));
}

/** How long a page waits for the network before it is served from the cache. */
const NETWORK_WAIT_MS = 3000;

/**
 * A page from the network if it answers in time, so that a new version is used on the very next
 * visit (its files, named by their contents, are not in this cache: they come from the network
 * too, and the new service worker caches them). Offline, on an error, or when the network is
 * slower than NETWORK_WAIT_MS, the page this version cached.
 */
function networkFirst(request, cachedPath) {
  return new Promise((resolve) => {
    let done = false;
    const answer = (response) => {
      if (done || !response) return false;
      done = true;
      resolve(response);
      return true;
    };
    const fromCache = () => fromCaches(cachedPath);
    const timer = setTimeout(() => void fromCache().then(answer), NETWORK_WAIT_MS);
    fetch(request)
      .then(async (response) => {
        if (response.ok) return answer(response);
        return answer(await fromCache()) || answer(response);
      })
      .catch(async () => answer(await fromCache()) || answer(Response.error()))
      .finally(() => clearTimeout(timer));
  });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, htmlFor(url.pathname)));
    return;
  }
  event.respondWith(fromCaches(request).then((cached) => cached ?? fetch(request)));
});
