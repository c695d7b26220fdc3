// The one Firebase app of the web client and its Auth: the only Firebase code on every route's first load.
// Firestore comes in two steps (docs/architecture.md, "The form route on a phone"): Firestore Lite for the
// first read of a form (./firestore.ts), the full SDK with its offline cache and listeners right after
// (./firebase.ts). Emulator stacks connect to 127.0.0.1 (never "localhost": Node and some browsers resolve it
// to ::1 first); production reads its config from VITE_FIREBASE_* at build time.
import { initializeApp } from 'firebase/app';
import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
} from 'firebase/auth';

const stack = import.meta.env.VITE_STACK ?? 'dev';
const emulatorPorts = {
  dev: { projectId: 'demo-praktijkvolg', auth: 9099, firestore: 8080, functions: 5001 },
  test: { projectId: 'demo-praktijkvolg-test', auth: 19099, firestore: 18080, functions: 15001 },
} as const;
/** The emulator ports this build talks to, or null in production. */
export const emulators = stack === 'production' ? null : emulatorPorts[stack];
export const isEmulated = emulators !== null;

export const app = initializeApp(
  emulators
    ? { projectId: emulators.projectId, apiKey: 'demo-api-key', authDomain: '127.0.0.1' }
    : {
        apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
        authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN,
        projectId: import.meta.env.VITE_FIREBASE_PROJECT_ID,
        appId: import.meta.env.VITE_FIREBASE_APP_ID,
      },
);

// initializeAuth instead of getAuth: sign-in is by e-mail link or custom token, never a popup or redirect,
// so the popup/redirect resolver (an iframe helper, ≈10 kB gzip) stays out of the bundle. The same
// persistence order getAuth uses, so existing sessions are found.
export const auth = initializeAuth(app, {
  persistence: [indexedDBLocalPersistence, browserLocalPersistence],
});

if (emulators) connectAuthEmulator(auth, `http://127.0.0.1:${emulators.auth}`, { disableWarnings: true });
