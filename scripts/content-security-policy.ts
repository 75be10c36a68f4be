import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the production build. Everything the app loads is its own:
 * scripts, styles and fonts from the same origin, no inline script; the one inline style is the
 * app's own stylesheet (see below), allowed by its hash, never `unsafe-inline`. `data:` images
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

/** The policy without the inline stylesheet's hash (what the build's pages carry, less that hash). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicyFor();

/** The CSP source for an inline `<style>` whose text is `css`. */
export function styleHash(css: string): string {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/?([^"]+\.css)">/g;

/**
 * Checks that a stylesheet can be moved into the page: every url() must be absolute (`/assets/…`,
 * `data:`), because inline, a relative one would resolve against the page's path
 * (`/assessment/…`) instead of the stylesheet's; and nothing may close the `<style>` element.
 */
export function checkInlinable(css: string, file: string): void {
  const relative = [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)].map((match) => match[2] ?? '').filter((url) => url !== '' && !/^(\/|data:|#|https?:)/.test(url));
  if (relative.length > 0) throw new Error(`${file}: relative url() cannot be inlined: ${relative.slice(0, 5).join(', ')}`);
  if (/<\/style/i.test(css)) throw new Error(`${file}: contains "</style", cannot be inlined`);
}

/**
 * Build only (the dev server relies on inline scripts for hot reloading):
 * - moves the app's stylesheet into the built index.html as a `<style>` element: a separate
 *   stylesheet is a render-blocking request, one more round trip before the first paint, and
 *   every page of the build is made from this file (scripts/prerender.tsx). The CSS file stays
 *   in dist/assets (the manifest names it; scripts/bench measures it) but no page loads it.
 * - puts the policy, with that style's hash, into <head> as a `<meta http-equiv>`, first, so it
 *   covers everything after it.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'staffing-readiness:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const hashes: string[] = [];
        const inlined = html.replace(STYLESHEET_LINK, (link, file: string) => {
          const asset = context.bundle?.[file];
          if (!asset || asset.type !== 'asset') throw new Error(`${file} (linked from index.html) is not in the bundle`);
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          checkInlinable(css, file);
          hashes.push(styleHash(css));
          return `<style>${css}</style>`;
        });
        return {
          html: inlined,
          tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyFor(hashes) }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
