// Admin access to the test stack's emulators, resets through their REST APIs, and waiting for effects.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deleteApp, getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { MAIL_COLLECTION } from '@praktijkvolg/domain';
import { FUNCTIONS_REGION, TEST_HOSTS, TEST_PROJECT_ID } from './ports.js';

// emulators:exec sets these for the command it runs; set them too when a suite is started by hand.
process.env.FIRESTORE_EMULATOR_HOST ??= TEST_HOSTS.firestore;
process.env.FIREBASE_AUTH_EMULATOR_HOST ??= TEST_HOSTS.auth;

/**
 * The project this file's suites use. Stack suites share TEST_PROJECT_ID, where the functions emulator's triggers
 * run, so they go one file after another. A suite that calls the functions' code in-process and needs no trigger
 * calls isolateProject() right after its imports: it gets a project of its own (one per vitest worker) where no
 * trigger ever fires, so it switches nothing and runs beside the stack suites (scripts/emulator-suites.mjs).
 */
let projectId: string = TEST_PROJECT_ID;
const isolated = () => projectId !== TEST_PROJECT_ID;

export function isolateProject(): void {
  if (app) throw new Error('isolateProject() must run before the suite first touches the emulators');
  projectId = `${TEST_PROJECT_ID}-iso-${process.env.VITEST_POOL_ID ?? '1'}`;
  // Code under test that opens the default app (functions/src/firebase.ts) must land there too.
  process.env.GCLOUD_PROJECT = projectId;
}

let app: App | undefined;
export function adminApp(): App {
  app ??= getApps().find((a) => a.name === 'tests') ?? initializeApp({ projectId }, 'tests');
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
    `http://${TEST_HOSTS.firestore}/emulator/v1/projects/${projectId}/databases/(default)/documents`,
    { method: 'DELETE' },
  );
  if (!res.ok) throw new Error(`Firestore reset failed: ${res.status}`);
}

export async function resetAuth(): Promise<void> {
  const res = await fetch(`http://${TEST_HOSTS.auth}/emulator/v1/projects/${projectId}/accounts`, {
    method: 'DELETE',
  });
  if (!res.ok) throw new Error(`Auth reset failed: ${res.status}`);
}

/**
 * Where the run keeps whether triggers are on. Switching them on makes the functions emulator load the functions
 * anew and stop every warm worker, several seconds each time (docs/benchmarks.md, "Test suite"), so a switch to
 * the state they are already in is skipped (on: once a probe shows it). The stack run's global setup
 * (triggers.globalSetup.ts) switches them on for real first, so a run never trusts what an earlier, interrupted
 * run left behind.
 */
const TRIGGER_STATE = fileURLToPath(new URL('../../.cache/test-triggers.json', import.meta.url));

function knownTriggerState(): boolean | undefined {
  try {
    return (JSON.parse(readFileSync(TRIGGER_STATE, 'utf8')) as { enabled?: boolean }).enabled;
  } catch {
    return undefined;
  }
}

/**
 * Firestore triggers off (the emulator drops their events) or on again. HTTP functions keep working. On again
 * returns only once a trigger has really run (see triggersAnswer); `force` switches even when the run's record
 * says they are already in that state.
 */
export async function setBackgroundTriggers(enabled: boolean, { force = false } = {}): Promise<void> {
  if (isolated())
    throw new Error(
      'this suite has a project of its own (isolateProject), where no trigger fires: nothing to switch',
    );
  // Already on by the run's record: a probe that answers within a few seconds (a warm worker) proves it; one
  // that does not (a trigger lost by the emulator, seen once in CI) falls through to a real switch.
  if (!force && knownTriggerState() === enabled && (!enabled || (await triggersAnswer(3_000)))) return;
  const action = enabled ? 'enableBackgroundTriggers' : 'disableBackgroundTriggers';
  const hub = () => fetch(`http://${TEST_HOSTS.hub}/functions/${action}`, { method: 'PUT' });
  rmSync(TRIGGER_STATE, { force: true }); // unknown while switching: a run cut off here trusts nothing
  // Switched on, the emulator registers every trigger anew; a reload that found functions/lib mid-rebuild
  // registers none, so the switch is asked again while no trigger answers.
  for (let attempt = 1; ; attempt++) {
    const res = await hub();
    if (!res.ok) throw new Error(`emulator hub answered ${res.status} ${await res.text()}`);
    if (!enabled || (await triggersAnswer(15_000))) break;
    if (attempt === 3)
      throw new Error('triggers did not run within 45 s of enableBackgroundTriggers, asked 3 times');
  }
  mkdirSync(dirname(TRIGGER_STATE), { recursive: true });
  writeFileSync(TRIGGER_STATE, JSON.stringify({ enabled }));
}

/**
 * Switched on again, the emulator registers every trigger anew and starts fresh workers; a mail written in that
 * moment was seen to miss mailWritten. So this writes a probe: an outbox document that is no mail, which
 * mailWritten marks ERROR without sending anything (functions/src/mail/outbox.ts). A probe not marked within
 * five seconds (a cold worker) is replaced by a new one, until one is or `timeoutMs` has passed; each is removed
 * again, so no suite sees them.
 */
async function triggersAnswer(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let n = 1; Date.now() < deadline; n++) {
    const probe = adminDb().collection(MAIL_COLLECTION).doc(`trigger-probe-${Date.now()}-${n}`);
    await probe.set({ probe: 'triggers on again?' });
    try {
      const marked = await eventually(
        'the trigger probe',
        async () => ((await probe.get()).get('delivery.state') === 'ERROR' ? true : undefined),
        Math.min(5_000, Math.max(0, deadline - Date.now())),
      ).catch(() => false);
      if (marked) return true;
    } finally {
      await probe.delete();
    }
  }
  return false;
}

/** URL of an HTTP function on the functions emulator. Scheduled functions run once with the `-0` suffix. */
export function functionUrl(name: string): string {
  if (isolated())
    throw new Error('functions run on the stack project only; this suite is isolated (isolateProject)');
  return `http://${TEST_HOSTS.functions}/${TEST_PROJECT_ID}/${FUNCTIONS_REGION}/${name}`;
}

/** Polls until `probe` returns a value that is not undefined, or fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
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
