// Callable clients against the test stack, as the web app is one: the web SDK with its own app instance per
// "device", signed in with a custom token. useClients() gives a suite `as(uid)` and closes its clients after
// each test.
import { api, type ApiName, type ApiRequest, type ApiResponse } from '@praktijkvolg/domain/api';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithCustomToken, type Auth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, terminate, type Firestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { afterEach } from 'vitest';
import type { z } from 'zod';
import { FUNCTIONS_REGION, TEST_HOSTS, TEST_PROJECT_ID } from './ports.js';
import { adminAuth } from './stack.js';

/** One browser's worth of Firebase: its own app instance (a "device"), wired to the test stack. */
export interface Client {
  app: FirebaseApp;
  auth: Auth;
  db: Firestore;
  call<N extends ApiName>(name: N, request: ApiRequest<N>): Promise<ApiResponse<N>>;
  /** Calls without the client-side request check, to prove the server refuses bad input itself. */
  callRaw(name: string, data: unknown): Promise<unknown>;
  close(): Promise<void>;
}

let clients = 0;
export function client(): Client {
  const app = initializeApp(
    { projectId: TEST_PROJECT_ID, apiKey: 'demo-key' },
    `links-${Date.now()}-${clients++}`,
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${TEST_HOSTS.auth}`, { disableWarnings: true });
  const db = getFirestore(app);
  const [host, port] = TEST_HOSTS.firestore.split(':');
  connectFirestoreEmulator(db, host!, Number(port));
  const functions = getFunctions(app, FUNCTIONS_REGION);
  const [fnHost, fnPort] = TEST_HOSTS.functions.split(':');
  connectFunctionsEmulator(functions, fnHost!, Number(fnPort));
  return {
    app,
    auth,
    db,
    async call(name, request) {
      const result = await httpsCallable(functions, name)(request);
      return (api[name].response as unknown as z.ZodType<ApiResponse<typeof name>>).parse(result.data);
    },
    async callRaw(name, data) {
      return (await httpsCallable(functions, name)(data)).data;
    },
    async close() {
      await terminate(db);
      await deleteApp(app);
    },
  };
}

/** Signs the client in as a seeded person (custom token; their claims come from the Auth account). */
export async function signInAs(c: Client, uid: string): Promise<void> {
  await signInWithCustomToken(c.auth, await adminAuth().createCustomToken(uid));
}

/**
 * The HttpsError a call was refused with: code without the 'functions/' prefix, the message as the
 * person should see it (the firebase 12 SDK appends the HTTP status, " [400]"), details.
 */
export async function refusal(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; details: unknown }> {
  try {
    await p;
  } catch (err) {
    const e = err as { code?: string; message?: string; details?: unknown };
    return {
      code: String(e.code).replace(/^functions\//, ''),
      message: String(e.message).replace(/ \[\d{3}\]$/, ''),
      details: e.details,
    };
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

/**
 * The clients of one suite, closed after each test. `as(uid)`: a client signed in as that person (claims from
 * their Auth account, or `claims` when given); `as(null)` and `device()`: a client signed in as nobody.
 */
export function useClients(): {
  as: (uid: string | null, claims?: Record<string, unknown>) => Promise<Client>;
  device: () => Client;
} {
  const open: Client[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  const device = () => {
    const c = client();
    open.push(c);
    return c;
  };
  const as = async (uid: string | null, claims?: Record<string, unknown>) => {
    const c = device();
    if (uid) await signInWithCustomToken(c.auth, await adminAuth().createCustomToken(uid, claims));
    return c;
  };
  return { as, device };
}
