// Admin access to the test stack's emulators, resets through their REST APIs, and waiting for effects.
import { deleteApp, getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { FUNCTIONS_REGION, TEST_HOSTS, TEST_PROJECT_ID } from './ports.js';

// emulators:exec sets these for the command it runs; set them too when a suite is started by hand.
process.env.FIRESTORE_EMULATOR_HOST ??= TEST_HOSTS.firestore;
process.env.FIREBASE_AUTH_EMULATOR_HOST ??= TEST_HOSTS.auth;

let app: App | undefined;
export function adminApp(): App {
  app ??= getApps().find((a) => a.name === 'tests') ?? initializeApp({ projectId: TEST_PROJECT_ID }, 'tests');
  return app;
}
export const adminDb = () => getFirestore(adminApp());
export const adminAuth = () => getAuth(adminApp());

export async function closeAdmin(): Promise<void> {
  if (app) await deleteApp(app);
  app = undefined;
}

export async function resetFirestore(): Promise<void> {
  const res = await fetch(
    `http://${TEST_HOSTS.firestore}/emulator/v1/projects/${TEST_PROJECT_ID}/databases/(default)/documents`,
    { method: 'DELETE' },
  );
  if (!res.ok) throw new Error(`Firestore reset failed: ${res.status}`);
}

export async function resetAuth(): Promise<void> {
  const res = await fetch(`http://${TEST_HOSTS.auth}/emulator/v1/projects/${TEST_PROJECT_ID}/accounts`, { method: 'DELETE' });
  if (!res.ok) throw new Error(`Auth reset failed: ${res.status}`);
}

/** Firestore triggers off (the emulator drops their events) or on again. HTTP functions keep working. */
export async function setBackgroundTriggers(enabled: boolean): Promise<void> {
  const action = enabled ? 'enableBackgroundTriggers' : 'disableBackgroundTriggers';
  const res = await fetch(`http://${TEST_HOSTS.hub}/functions/${action}`, { method: 'PUT' });
  if (!res.ok) throw new Error(`emulator hub answered ${res.status} ${await res.text()}`);
}

/** URL of an HTTP function on the functions emulator. Scheduled functions run once with the `-0` suffix. */
export function functionUrl(name: string): string {
  return `http://${TEST_HOSTS.functions}/${TEST_PROJECT_ID}/${FUNCTIONS_REGION}/${name}`;
}

/** Polls until `probe` returns a value that is not undefined, or fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}
