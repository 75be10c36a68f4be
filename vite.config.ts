/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { appEntryUrl } from './scripts/app-entry-url.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { checkLoadStepChunks, loadStepGroups } from './scripts/load-step-chunks.ts';

/**
 * Vite writes its own tag for the entry script into the built index.html, without the
 * `blocking="render"` that index.html gives it (see src/main.tsx for why): put it back.
 */
function renderBlockingEntry(): Plugin {
  return {
    name: 'staffing-readiness:render-blocking-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const tagged = html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, '<script type="module" blocking="render" crossorigin src="$1"></script>');
        if (tagged === html) throw new Error('index.html: no entry module script to mark render-blocking');
        return tagged;
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), appEntryUrl('src/app/boot/start-app.tsx'), contentSecurityPolicy(), renderBlockingEntry(), checkLoadStepChunks()],
  css: {
    preprocessorOptions: {
      scss: {
        // USWDS is compiled from its Sass packages so only the components we use ship.
        loadPaths: ['node_modules/@uswds/uswds/packages'],
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'mixed-decls', 'if-function'],
      },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/bench reads which chunks the first page loads from dist/.vite/manifest.json.
    manifest: true,
    // Browsers without modulepreload (none this app supports) would fetch the shells' chunks late.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The app's code is evaluated in steps, a task each (src/app/boot/load-steps/README.md);
        // checkLoadStepChunks() fails the build when a module is not in the chunk it belongs to.
        codeSplitting: { groups: loadStepGroups() },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    // Component tests drive the whole wizard with userEvent; on a busy 2-core machine that
    // can take several seconds, which is not a failure.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
