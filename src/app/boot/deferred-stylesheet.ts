// Part of the page script (src/main.tsx). Decision record 0013.

/**
 * The attribute the build (scripts/critical-css.ts, with beasties) gives the whole stylesheet's
 * `<link>`, besides `disabled` (so it is not fetched before the first paint) and
 * `media="print"`: the page carries, inlined, only the CSS of its own HTML. Its value is the
 * media the stylesheet is for.
 */
const DEFERRED_MEDIA = 'data-beasties-media';

/**
 * Turns the whole stylesheet on: what beasties' own inline script would do, which our
 * Content-Security-Policy does not allow, and `disabled` taken off. It changes nothing on screen:
 * the inlined CSS already styles everything in the HTML, and the whole stylesheet has the same
 * rules in the same order. Resolves once it has loaded (or failed), or after `timeoutMs`: the app
 * renders what the HTML does not have (a step's questions, the report), which only it styles.
 */
export function loadDeferredStylesheets(timeoutMs = 3000): Promise<void> {
  const loads = [...document.querySelectorAll<HTMLLinkElement>(`link[${DEFERRED_MEDIA}]`)].map(
    (link) =>
      new Promise<void>((resolve) => {
        link.onload = link.onerror = () => resolve();
        link.media = link.getAttribute(DEFERRED_MEDIA) ?? 'all';
        link.removeAttribute(DEFERRED_MEDIA);
        link.disabled = false;
        // A browser that fetched it while disabled may have it at once.
        if (link.sheet) resolve();
      }),
  );
  return Promise.race([Promise.all(loads).then(() => undefined), new Promise<void>((resolve) => window.setTimeout(resolve, timeoutMs))]);
}
