import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const stack = process.env.VITE_STACK ?? 'dev';

/** Writes dist/build-info.json so test setups can tell which stack a build talks to. */
function buildInfo(): Plugin {
  return {
    name: 'praktijkvolg-build-info',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'build-info.json', source: JSON.stringify({ stack }) });
    },
  };
}

/**
 * The calendar feed, <APP_URL>/agenda/<secret>.ics, is the calendarFeed function: Firebase Hosting rewrites
 * it in production (firebase.json); on the local stacks the dev server and the preview pass it to the
 * functions emulator of their stack (npm start: dev server; npm test: preview on the test stack's port).
 */
function calendarFeedProxy(functionsPort: number, projectId: string) {
  return {
    '/agenda/': {
      target: `http://127.0.0.1:${functionsPort}`,
      rewrite: (path: string) => `/${projectId}/europe-west1/calendarFeed${path}`,
    },
  };
}

// VITE_STACK picks the emulator ports baked into the bundle: "dev" (npm start), "test" (npm test), or
// "production" (real Firebase project from VITE_FIREBASE_* variables).
export default defineConfig({
  plugins: [react(), buildInfo()],
  resolve: {
    // Firestore's Pipeline regex support (unused here) would add ≈150 kB of re2js to every route.
    alias: { re2js: fileURLToPath(new URL('./src/app/re2js-stub.ts', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: calendarFeedProxy(5001, 'demo-praktijkvolg'),
  },
  preview: {
    host: '127.0.0.1',
    port: 14173,
    strictPort: true,
    proxy: calendarFeedProxy(15001, 'demo-praktijkvolg-test'),
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The manifest lets scripts/bench-web.ts add up exactly the chunks a route loads.
    manifest: true,
    rollupOptions: {
      // The domain package is side-effect free (definitions and pure functions), so a route only keeps
      // the domain modules it actually uses.
      treeshake: { moduleSideEffects: (id) => !id.includes('/domain/src/') },
    },
  },
});
