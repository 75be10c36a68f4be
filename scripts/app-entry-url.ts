import type { Plugin } from 'vite';

const ID = 'virtual:app-entry-url';
const RESOLVED = `\0${ID}`;

/**
 * `import { APP_ENTRY_URL } from 'virtual:app-entry-url'`: the URL of the app's own chunk, built from
 * `entry` (src/app/boot/start-app.tsx), which src/main.tsx imports once the page is painted.
 *
 * Why not `import('./app/boot/start-app')`: Vite wraps a dynamic import in its preload
 * helper, and once the app is split into load-step chunks (vite.config.ts) that helper becomes a
 * chunk of its own, which the page's first script would import before the first paint: one more
 * round trip before anything is shown. Imported by URL, the first script imports nothing, and
 * the app's chunk is a build entry of its own (its imports are fetched when it is).
 */
export function appEntryUrl(entry: string): Plugin {
  let serve = false;
  return {
    name: 'staffing-readiness:app-entry-url',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      // The dev server serves the source module as it is.
      if (serve) return `export const APP_ENTRY_URL = ${JSON.stringify(`/${entry}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: entry, preserveSignature: 'exports-only' });
      return `export const APP_ENTRY_URL = import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
