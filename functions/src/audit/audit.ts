// The audit trail: one append-only entry per submission, role change, decision and sent mail.
// Only the server writes it (the rules deny every client write). Entries with a natural key (a part's
// version, a trigger's write time) get a deterministic id so a retried trigger appends nothing twice. The entry's
// contract and the list of actions: domain documents/audit.ts.
import {
  auditPath,
  auditEntrySchema,
  AUDIT_COLLECTION,
  type AuditAction,
  type AuditEntry,
} from '@praktijkvolg/domain';
import {
  Timestamp,
  type DocumentReference,
  type Firestore,
  type Transaction,
  type WriteBatch,
} from 'firebase-admin/firestore';

export interface AuditInput {
  instituteId: string | null | undefined;
  at: Date;
  actorUid?: string | null | undefined;
  action: AuditAction;
  target: string;
  details?: Record<string, unknown>;
}

export function auditEntry(input: AuditInput): AuditEntry {
  return auditEntrySchema.parse({
    instituteId: input.instituteId ?? null,
    at: Timestamp.fromDate(input.at),
    actorUid: input.actorUid ?? null,
    action: input.action,
    target: input.target,
    details: input.details ?? {},
  });
}

/** Firestore ids may not contain '/'; keep deterministic keys readable. */
export function auditId(...parts: (string | number)[]): string {
  return parts.map((p) => String(p).replace(/\//g, '~')).join('_');
}

export function auditRef(db: Firestore, id?: string): DocumentReference {
  return id ? db.doc(auditPath(id)) : db.collection(AUDIT_COLLECTION).doc();
}

/** Appends inside a transaction or batch (create: never overwrites an existing entry). */
export function appendAudit(
  writer: Transaction | WriteBatch,
  ref: DocumentReference,
  input: AuditInput,
): void {
  (writer as WriteBatch).create(ref, auditEntry(input));
}

/** Appends once: a second call with the same deterministic id does nothing. Returns false if it existed. */
export async function appendAuditOnce(db: Firestore, id: string, input: AuditInput): Promise<boolean> {
  try {
    await auditRef(db, id).create(auditEntry(input));
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 6 /* ALREADY_EXISTS */) return false;
    throw err;
  }
}
