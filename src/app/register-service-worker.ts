/**
 * Registers the service worker that keeps the app working offline (dist/sw.js, written by
 * scripts/generate-sw.ts). Production builds only: the dev server has no sw.js, and a worker
 * caching dev modules would serve stale code. After the page has loaded, so the precaching
 * does not compete with the page's own requests. The app itself starts after the first paint
 * (src/main.tsx), which is often after `load`: then at once.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Blocked (private mode, browser policy): the app works the same, only not offline.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
