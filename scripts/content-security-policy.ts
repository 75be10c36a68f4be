import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the production build. Everything the app loads is its own:
 * scripts, styles and fonts from the same origin, no inline script; the one inline style is the
 * page's critical CSS (scripts/critical-css.ts), allowed by its hash, never `unsafe-inline`. `data:` images
 * for the USWDS icons compiled into the CSS, `blob:` for the files the app offers to download.
 * Nothing may be framed in, posted elsewhere, or re-based.
 */
export function contentSecurityPolicyFor(inlineStyleHashes: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...inlineStyleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * What a `<meta>` policy cannot say (browsers ignore these directives there): sent only in the
 * Content-Security-Policy header, after the pages' own policy (scripts/nginx-csp.ts).
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The policy without the inline styles' hashes (what the build's pages carry, less those hashes). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicyFor();

/** The CSP source for an inline `<style>` whose text is `css`. */
export function styleHash(css: string): string {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

/**
 * Checks that CSS can be moved into the page: every url() must be absolute (`/assets/…`,
 * `data:`), because inline, a relative one would resolve against the page's path
 * (`/assessment/…`) instead of the stylesheet's; and nothing may close the `<style>` element.
 */
export function checkInlinable(css: string, file: string): void {
  const relative = [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)].map((match) => match[2] ?? '').filter((url) => url !== '' && !/^(\/|data:|#|https?:)/.test(url));
  if (relative.length > 0) throw new Error(`${file}: relative url() cannot be inlined: ${relative.slice(0, 5).join(', ')}`);
  if (/<\/style/i.test(css)) throw new Error(`${file}: contains "</style", cannot be inlined`);
}

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The page with its policy's `<meta>` allowing these inline styles (scripts/prerender.tsx: the
 * critical CSS of every page, so that all pages carry one policy, which one header can send).
 */
export function withStyleHashes(html: string, inlineStyleHashes: string[]): string {
  if (!POLICY_META.test(html)) throw new Error('the page has no Content-Security-Policy <meta> to fill in');
  return html.replace(POLICY_META, () => `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicyFor(inlineStyleHashes))}">`);
}

const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/?[^"]+\.css">/;

/**
 * Build only (the dev server relies on inline scripts for hot reloading): puts the policy into
 * <head> as a `<meta http-equiv>`, first, so it covers everything after it. Its style-src names
 * no hash yet: scripts/prerender.tsx inlines each page's critical CSS (scripts/critical-css.ts,
 * decision record 0013) and then writes the hashes in (`withStyleHashes`). The stylesheet stays
 * linked; the prerender step defers it.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'staffing-readiness:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (!STYLESHEET_LINK.test(html)) throw new Error('index.html: no stylesheet <link> for the prerender step to defer');
        return {
          html,
          tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyFor() }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
