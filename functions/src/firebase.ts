// One initialised Admin SDK for every trigger. Handlers take `db` as a parameter so tests can call them directly.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

export function firestore(): Firestore {
  // firebase-functions registers an internal app of its own, so look for the default app by name.
  if (!getApps().some((app) => app.name === '[DEFAULT]')) initializeApp();
  return getFirestore();
}
