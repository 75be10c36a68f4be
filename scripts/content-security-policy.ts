import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the production build. Everything the app loads is its own:
 * scripts, styles and fonts from the same origin, no inline script or style; `data:` images
 * for the USWDS icons compiled into the CSS, `blob:` for the files the app offers to download.
 * Nothing may be framed in, posted elsewhere, or re-based.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy into the built index.html as a `<meta http-equiv>`, first in <head> so it
 * covers everything after it (and the prerendered pages, which are made from that file). Build
 * only: the dev server relies on inline scripts for hot reloading.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'staffing-readiness:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}
