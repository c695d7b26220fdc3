// The Admin SDK side of the document contracts (domain/src/documents/, docs/data-model.md): every read is parsed
// with the collection's domain schema, so a document that does not fit fails loudly at the read instead of deep
// in a workflow. Writes are built from the same types.
import {
  formEnvelopeSchema,
  partDocSchema,
  trajectPath,
  trajectSchema,
  type FormEnvelope,
  type PartDoc,
  type Traject,
} from '@praktijkvolg/domain';
import type {
  DocumentData,
  Firestore,
  Transaction,
  DocumentSnapshot,
  FirestoreDataConverter,
  QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import type { z } from 'zod';
import { log, type LogLine } from './log.js';

/** The document parsed with its schema, or null when it does not exist; throws (naming `what`) when it does not fit. */
export function parseSnapshot<S extends z.ZodType>(
  schema: S,
  snap: DocumentSnapshot,
  what: string = snap.ref.path,
): z.output<S> | null {
  if (!snap.exists) return null;
  const parsed = schema.safeParse(snap.data());
  if (!parsed.success) throw new Error(`Invalid ${what}: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * For jobs that go over many documents: the document parsed with its schema, or null when it is missing or does
 * not fit. One that does not fit is logged (with what it is and why) and skipped, so one bad document spoils
 * neither the run nor the others, and never goes unnoticed.
 */
export function parseOrSkip<S extends z.ZodType>(
  schema: S,
  snap: DocumentSnapshot,
  what: LogLine,
): z.output<S> | null {
  if (!snap.exists) return null;
  const parsed = schema.safeParse(snap.data());
  if (parsed.success) return parsed.data;
  log.error(`${what} does not fit its schema, skipped`, { path: snap.ref.path, error: parsed.error.message });
  return null;
}

/** A converter that parses on read (`ref.withConverter(converterOf(schema))`); writes pass through as given. */
export function converterOf<S extends z.ZodType>(schema: S): FirestoreDataConverter<z.output<S>> {
  return {
    toFirestore: (value) => value as DocumentData,
    // A query snapshot always exists, so parseSnapshot returns the parsed data or throws.
    fromFirestore: (snap: QueryDocumentSnapshot) => parseSnapshot(schema, snap) as z.output<S>,
  };
}

export const parseEnvelope = (snap: DocumentSnapshot): FormEnvelope | null =>
  parseSnapshot(formEnvelopeSchema, snap, `form envelope ${snap.ref.path}`);

export const parsePart = (snap: DocumentSnapshot): PartDoc | null =>
  parseSnapshot(partDocSchema, snap, `form part ${snap.ref.path}`);

const trajectConverter = converterOf(trajectSchema);

/** The traject, or null when it does not exist; throws on a document that does not fit the schema. */
export async function readTraject(
  db: Firestore,
  trajectId: string,
  tx?: Transaction,
): Promise<Traject | null> {
  const ref = db.doc(trajectPath(trajectId)).withConverter(trajectConverter);
  const snap = tx ? await tx.get(ref) : await ref.get();
  return snap.data() ?? null;
}
