// The client SDK side of the document contracts (domain/src/documents/, docs/data-model.md): every snapshot is
// parsed with its collection's domain schema on read. Writes never go through a converter: they are updateDoc /
// setDoc calls on explicit, parsed fields, shaped as the rules demand.
import type {
  DocumentData,
  FirestoreDataConverter,
  QueryDocumentSnapshot,
  SnapshotOptions,
} from 'firebase/firestore';
import type { z } from 'zod';

/** The fields of a snapshot, with our own pending serverTimestamp() writes as an estimate instead of null. */
export const readData = (snap: QueryDocumentSnapshot, options?: SnapshotOptions): DocumentData =>
  snap.data({ ...options, serverTimestamps: 'estimate' });

/**
 * A read-only converter: parses the snapshot with `schema` (throwing zod's error when it does not fit), then
 * `view` adds what the screens need beyond the stored fields (the document id, Dates, pending writes).
 */
export function converterOf<S extends z.ZodType, T = z.output<S>>(
  schema: S,
  view: (parsed: z.output<S>, snap: QueryDocumentSnapshot) => T = (parsed) => parsed as T,
): FirestoreDataConverter<T> {
  return {
    toFirestore: () => {
      throw new Error(
        'Documents are written with updateDoc / setDoc on parsed fields, never through a converter',
      );
    },
    fromFirestore: (snap, options) => view(schema.parse(readData(snap, options)), snap),
  };
}

type Shape = Record<string, 'string' | 'object' | 'array'>;

/**
 * The structural check of a first read with Firestore Lite (app/firestoreLite.ts): the fields the first render
 * relies on have these types. Not a contract: the document's schema is parsed before any write and by the
 * full SDK's listeners, which take over once the form is interactive.
 */
export function checkShape(data: DocumentData, shape: Shape): DocumentData {
  for (const [key, kind] of Object.entries(shape)) {
    const v: unknown = data[key];
    const ok =
      kind === 'array'
        ? Array.isArray(v)
        : kind === 'object'
          ? typeof v === 'object' && v !== null && !Array.isArray(v)
          : typeof v === kind;
    if (!ok) throw new Error('Het opgeslagen formulier heeft een onverwachte vorm');
  }
  return data;
}
