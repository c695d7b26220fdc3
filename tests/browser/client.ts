// A second "device" in Node: the Firebase web SDK signed in as a seeded person, to prove that what the UI
// hides or refuses is refused by the security rules too.
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithCustomToken } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, terminate, type Firestore } from 'firebase/firestore';
import { TEST_HOSTS, TEST_PROJECT_ID } from '../support/ports.js';
import { adminAuth } from '../support/stack.js';

export interface WebClient {
  db: Firestore;
  close(): Promise<void>;
}

let n = 0;
export async function webClientAs(uid: string): Promise<WebClient> {
  const app: FirebaseApp = initializeApp(
    { projectId: TEST_PROJECT_ID, apiKey: 'demo-api-key' },
    `browser-suite-${n++}`,
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${TEST_HOSTS.auth}`, { disableWarnings: true });
  const db = getFirestore(app);
  const [host, port] = TEST_HOSTS.firestore.split(':');
  connectFirestoreEmulator(db, host!, Number(port));
  await signInWithCustomToken(auth, await adminAuth().createCustomToken(uid));
  return {
    db,
    async close() {
      await terminate(db);
      await deleteApp(app);
    },
  };
}

/** The Firestore error code a promise was rejected with ('permission-denied', ...). */
export async function errorCodeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return String((err as { code?: string }).code);
  }
  return 'ok';
}
