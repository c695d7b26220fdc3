// The one Firebase app of the web client. Emulator stacks connect to 127.0.0.1 (never "localhost": Node and
// some browsers resolve it to ::1 first); production reads its config from VITE_FIREBASE_* at build time.
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import {
  connectFirestoreEmulator,
  initializeFirestore,
  persistentLocalCache,
  persistentMultipleTabManager,
} from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';

const stack = import.meta.env.VITE_STACK ?? 'dev';
const emulatorPorts = {
  dev: { projectId: 'demo-praktijkvolg', auth: 9099, firestore: 8080, functions: 5001 },
  test: { projectId: 'demo-praktijkvolg-test', auth: 19099, firestore: 18080, functions: 15001 },
} as const;
const emulators = stack === 'production' ? null : emulatorPorts[stack];

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

export const auth = getAuth(app);
// Offline persistence: a lesson observation opened online can be finished and submitted without a network.
export const db = initializeFirestore(app, {
  localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
});
export const functions = getFunctions(app, 'europe-west1');
export const isEmulated = emulators !== null;

if (emulators) {
  connectAuthEmulator(auth, `http://127.0.0.1:${emulators.auth}`, { disableWarnings: true });
  connectFirestoreEmulator(db, '127.0.0.1', emulators.firestore);
  connectFunctionsEmulator(functions, '127.0.0.1', emulators.functions);
}
