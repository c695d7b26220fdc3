// Firestore Lite for the form route's first reads (./firestore.ts): a read is shown after a structural check
// and parsed in full later (verifiedRead). The reads themselves are in ./liteDocuments.ts.
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { fullFirestore } from './firestore';
import { getLiteDoc, takeEarlyRead, type LiteDocument } from './liteDocuments';
import { firstValue, type Subscribe } from './live';

/** A Lite document in the shape the full SDK's converters read (Lite has no metadata: nothing pending). */
const asSnapshot = (d: LiteDocument) =>
  ({
    id: d.id,
    ref: { parent: { parent: d.parentId === undefined ? null : { id: d.parentId } } },
    metadata: { hasPendingWrites: false, fromCache: false },
    data: () => d.data,
  }) as unknown as QueryDocumentSnapshot;

/** How a query reads its document: a first Lite read, and its converter (zod) to parse it in full later. */
export interface FirstRead<T> {
  /** The Lite document after a structural check only (no zod on the form route's first load). */
  lite: (snap: QueryDocumentSnapshot) => T;
  /** Loads the collection's converter (its own chunk) and returns its fromFirestore. */
  parse: () => Promise<(snap: QueryDocumentSnapshot) => T>;
}

// Trust, then verify: a Lite read is shown after a structural check, and parsed with its schema once the form
// is interactive (the full SDK's listeners, which read through the converters, take over then) and before any
// write (verifiedRead), so nothing is written on the strength of a document that does not fit its contract.
const verifications = new Map<string, () => Promise<void>>();

/**
 * Resolves when the document at `path` is known to fit its schema: at once if it was not read with Lite (then it
 * came through a converter), else after the full parse of the Lite read, which throws zod's error if it does not.
 */
export function verifiedRead(path: string): Promise<void> {
  return verifications.get(path)?.() ?? Promise.resolve();
}

/**
 * The first value of a document for a query function: read with Lite while the full SDK is not loaded and
 * the browser is online, else (or when Lite cannot reach the server) from the full SDK's
 * listener, which answers from its offline cache. A refusal by the rules is final. A Lite read that fails the
 * structural check fails the query; one that passes is parsed in full later (verifiedRead).
 */
export async function readFirst<T>(
  path: string,
  read: FirstRead<T>,
  subscribe: Subscribe<T | null>,
): Promise<T | null> {
  if (!fullFirestore() && navigator.onLine) {
    let lite: LiteDocument | null | undefined;
    try {
      // The form route starts its first reads before React has arrived (features/forms/firstReads.ts).
      lite = await (takeEarlyRead(path) ?? getLiteDoc(path));
    } catch (e) {
      // Refused by the rules: the full SDK would be refused the same way, so no need to load it for that.
      if ((e as { code?: unknown }).code === 'permission-denied') throw e;
      // Otherwise (the connection dropped): the full SDK, from its cache.
    }
    if (lite === null) {
      verifications.delete(path);
      return null;
    }
    if (lite !== undefined) {
      const snap = asSnapshot(lite);
      const value = read.lite(snap);
      let verified: Promise<void> | undefined;
      verifications.set(path, () => {
        verified ??= read.parse().then((parse) => void parse(snap));
        return verified;
      });
      return value;
    }
  }
  verifications.delete(path);
  return firstValue(subscribe);
}
