import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstChunk, loadFirstChunkEarly } from './build/firstChunk';
import { formRoutePreload } from './build/formRoutePreload';

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
    // One-click unsubscribe of an optional mail (functions/src/http/unsubscribe.ts), rewritten likewise.
    '/afmelden/': {
      target: `http://127.0.0.1:${functionsPort}`,
      rewrite: (path: string) => `/${projectId}/europe-west1/unsubscribe${path}`,
    },
  };
}

/**
 * Installable and offline-openable (docs/architecture.md, "The form route on a phone"): a web app manifest
 * and a Workbox service worker that precaches the app shell (HTML, every JS and CSS chunk, icons), so a
 * repeat visit opens without the network and a form opened before reopens offline in a new tab (its
 * documents come from the full Firestore SDK's persistent cache). Nothing else is cached: Firestore, Auth
 * and the callables are other origins (or emulator ports) the worker never answers, and /agenda/ (the
 * calendar feed) always goes to the server. "prompt": a new version waits until the person chooses
 * "vernieuwen" (app/UpdatePrompt.tsx), so an open draft is never reloaded away.
 */
function installable() {
  return VitePWA({
    registerType: 'prompt',
    // Registered by app/serviceWorker.ts after the page has loaded (workbox-window, off the first load).
    injectRegister: false,
    includeAssets: ['icon.svg', 'apple-touch-icon.png'],
    manifest: {
      name: 'Praktijkvolg',
      short_name: 'Praktijkvolg',
      description: 'Formulieren en voortgang in de opleiding op de werkplek',
      lang: 'nl',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1d4e89',
      background_color: '#ffffff',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // Every app route is the single-page shell; the calendar feed is a server response, never the shell.
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/agenda\//, /^\/afmelden\//, /^\/__\//],
      cleanupOutdatedCaches: true,
      runtimeCaching: [],
    },
  });
}

/**
 * The app is written against React's API and runs on Preact's compatibility layer (`preact/compat`: the
 * preset aliases react and react-dom to it, and gives the dev server Preact's hot reload). Why: react-dom 19
 * alone is 64 kB gzip, a third of the form route's budget of 160 kB for a phone on a slow connection;
 * Preact with compat is 10 kB (docs/architecture.md, "The form route on a phone").
 */
function reactOnPreact() {
  return preact({ devToolsEnabled: false });
}

// VITE_STACK picks the emulator ports baked into the bundle: "dev" (npm start), "test" (npm test), or
// "production" (real Firebase project from VITE_FIREBASE_* variables).
export default defineConfig({
  plugins: [
    reactOnPreact(),
    buildInfo(),
    loadFirstChunkEarly(['/src/app/liteDocuments.ts']),
    formRoutePreload(['src/features/forms/FormPage.tsx']),
    installable(),
  ],
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
      output: { manualChunks: firstChunk(['/src/app/firebaseApp.ts', '/src/features/forms/firstReads.ts']) },
    },
  },
});
