// The full Firestore SDK with its persistent offline cache and live listeners. Pages import `db` from here
// statically (their lazy chunks carry the SDK); the form route does not: it reads its first documents with
// Firestore Lite and loads this module once the form is interactive (./firestore.ts). Evaluating this module
// hands the SDK's functions to ./firestore.ts, so code on the form route can use them without importing
// them statically.
import {
  collection,
  connectFirestoreEmulator,
  doc,
  initializeFirestore,
  onSnapshot,
  persistentLocalCache,
  persistentMultipleTabManager,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { app, emulators } from './firebaseApp';
import { provideFullFirestore } from './firestore';

export { app, auth, isEmulated } from './firebaseApp';

// Offline persistence: a lesson observation opened online can be finished and submitted without a network.
export const db = initializeFirestore(app, {
  localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
});
if (emulators) connectFirestoreEmulator(db, '127.0.0.1', emulators.firestore);

provideFullFirestore({ db, collection, doc, onSnapshot, query, serverTimestamp, setDoc, updateDoc, where });
