import Beasties from 'beasties';
import { checkInlinable, styleHash } from './content-security-policy';

/**
 * Build step of scripts/prerender.tsx (decision record 0013): each page gets, inlined, only the
 * CSS its own HTML needs for the first paint, chosen by beasties from the app's stylesheet; the
 * whole stylesheet is then loaded without blocking that paint.
 *
 * beasties' `media-script` strategy: the stylesheet's `<link>` stays in <head> with
 * `media="print"` (so it neither blocks rendering nor the page script, and is fetched at low
 * priority) and `data-beasties-media="all"`; a `<noscript>` copy of the link serves pages without
 * JavaScript. beasties would add an inline `<script>` that restores the media; our policy allows
 * no inline script, so that one is left out and the page script (src/main.tsx, a file) does the
 * same (src/app/boot/deferred-stylesheet.ts). No other strategy works under `script-src 'self'`
 * without a hash: `media`, `swap` and the like use an inline `onload`, `js` an inline script; and
 * `body` makes the stylesheet block the page script, which blocks rendering (README, Start-up).
 */

/** The attribute beasties marks a deferred stylesheet's `<link>` with; the page script reads it. */
export const DEFERRED_MEDIA_ATTRIBUTE = 'data-beasties-media';

class CriticalCss extends Beasties {
  /** beasties' inline script that restores the links' media: the page script does it instead. */
  injectDeferredMediaScript(): void {}
}

export type CriticalPage = { html: string; css: string; hash: string };

export function criticalCssProcessor(distDir: string): (html: string, file: string) => Promise<CriticalPage> {
  const beasties = new CriticalCss({
    path: distDir,
    publicPath: '/',
    preload: 'media-script',
    // The stylesheet file is shared by every page and by the app's own pages: keep it whole.
    pruneSource: false,
    // Public Sans is added by the page script, and only on later visits (decision record 0007).
    fonts: false,
    keyframes: 'critical',
    // A selector of a pseudo-element alone (`::-webkit-file-upload-button`, from normalize.css)
    // applies to every element, but beasties drops it: it matches nothing once the pseudo-element
    // is taken off. Without it the start page's file field is 0.4 px shorter until the stylesheet
    // has loaded, which moves what is below it.
    allowRules: [/^::/],
    logLevel: 'warn',
  });
  return async (html, file) => {
    // beasties marks <html> as the part of the page it matched selectors against: not needed after.
    let processed = (await beasties.process(html)).replace(/^(<!doctype html>\s*<html[^>]*?) data-beasties-container(?:="")?/i, '$1');
    const styles = [...processed.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
    if (styles.length !== 1) throw new Error(`${file}: expected one inline <style> after inlining the critical CSS, found ${styles.length}`);
    const deferred = new RegExp(`<link rel="stylesheet"[^>]* ${DEFERRED_MEDIA_ATTRIBUTE}="all">`, 'g');
    if (!deferred.test(processed)) throw new Error(`${file}: the stylesheet was not deferred (no ${DEFERRED_MEDIA_ATTRIBUTE} link)`);
    // `disabled`: not even fetched before the page script enables it, after the first paint.
    processed = processed.replace(deferred, (link) => link.replace(/>$/, ' disabled>'));
    if (/<script(?![^>]*\bsrc=)[^>]*>/.test(processed)) throw new Error(`${file}: an inline <script> was added; the policy allows none`);
    const [css = ''] = styles;
    checkInlinable(css, file);
    return { html: processed, css, hash: styleHash(css) };
  };
}
