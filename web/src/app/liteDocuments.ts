// Firestore Lite reads of single documents (docs/architecture.md, "The form route on a phone"). A separate
// Firestore instance on the same app: Lite and the full SDK register under different names and do not share
// state. Only Firebase code here, no React: features/forms/firstReads.ts runs it before React has arrived.
import { connectFirestoreEmulator, doc, getDoc, getFirestore } from 'firebase/firestore/lite';
import { app, emulators } from './firebaseApp';

const db = getFirestore(app);
if (emulators) connectFirestoreEmulator(db, '127.0.0.1', emulators.firestore);

export interface LiteDocument {
  id: string;
  /** The parent document's id (a part's form), if any. */
  parentId: string | undefined;
  /** The fields, with Lite Timestamps (the same shape as the full SDK's: toDate()). */
  data: Record<string, unknown>;
}

/**
 * One document, or null if it does not exist. Offline, Lite cannot answer (it has no cache): the caller then
 * falls back to the full SDK and its cache.
 */
export async function getLiteDoc(path: string): Promise<LiteDocument | null> {
  const snap = await getDoc(doc(db, path));
  if (!snap.exists()) return null;
  return { id: snap.id, parentId: snap.ref.parent.parent?.id, data: snap.data() };
}

const early = new Map<string, Promise<LiteDocument | null>>();

/** Starts a read before anyone asks for it; the first `takeEarlyRead` of the path gets it. */
export function startEarlyRead(path: string): void {
  if (early.has(path)) return;
  const read = getLiteDoc(path);
  read.catch(() => undefined); // handled by whoever takes it
  early.set(path, read);
}

/** The read `startEarlyRead` began for `path`, once: a later read of the path goes to the server again. */
export function takeEarlyRead(path: string): Promise<LiteDocument | null> | undefined {
  const read = early.get(path);
  early.delete(path);
  return read;
}
