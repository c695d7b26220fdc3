// The audit trail: one append-only entry per submission, role change, decision and sent mail.
// Only the server writes it (the rules deny every client write). Entries with a natural key (a part's
// version, a trigger's write time) get a deterministic id so a retried trigger appends nothing twice.
import { Timestamp, type DocumentReference, type Firestore, type Transaction, type WriteBatch } from 'firebase-admin/firestore';
import { z } from 'zod';

export const AUDIT_COLLECTION = 'audit';

export const AUDIT_ACTIONS = [
  'part.submitted',
  'part.returned', // a submission failed the form's checks (e.g. a cross check) and went back to draft
  'decision.recorded',
  'decision.requested',
  'traject.roles_changed',
  'form.vervallen',
  'mail.sent',
  'mail.failed',
  'staff.roles_set', // an admin set a person's staff roles (custom claims)
  'person.account_replaced', // upsertPerson removed an Auth account the institute did not make (docs/rules.md)
  'link.invited', // an invitation mail (single-use link or account link) was queued
  'link.redeemed', // a single-use link was spent by its button
  'link.renewed', // an expired or spent link was replaced by a fresh one, sent to the rater
  'link.renewal_to_secretariaat', // ... or the request went to the secretariat
  'leoh.dossier_submitted', // the opleider sent a dossier LEOh to the secretariat
  'part.fill_requested', // the trainee asked the raters of a part to fill it (askRaterToFill)
  'export.dossier', // someone downloaded a traject's dossier (PDF + ZIP, exportDossier)
  'export.inzage', // a person downloaded everything stored about them (exportInzage)
  'institute.retention_set', // an admin set the institute's retention term (setRetention)
  'traject.legal_hold_set', // an admin put a traject under a legal hold (setLegalHold)
  'traject.legal_hold_lifted', // ... or lifted it
  'calendar.renewed', // a person made a new calendar feed URL (the previous one stops working)
  'calendar.revoked', // a person ended their calendar feed
  'cohort.imported', // the secretariat imported a cohort of trajecten from a CSV (importCohort)
  'part.reminded', // the secretariat sent the raters of an overdue part a reminder now (remindNow)
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const timestampSchema = z.instanceof(Timestamp, { message: 'expected a Firestore Timestamp' });

export const auditEntrySchema = z.strictObject({
  /** null for events outside any institute (e.g. a mail without institute). */
  instituteId: z.string().min(1).nullable(),
  at: timestampSchema,
  /** Who caused it; null for the system (scheduled job, mail sender). */
  actorUid: z.string().min(1).nullable(),
  action: z.enum(AUDIT_ACTIONS),
  /** Path of the document the entry is about, e.g. 'forms/t1__combel-m3/parts/aios'. */
  target: z.string().min(1),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

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
  const col = db.collection(AUDIT_COLLECTION);
  return id ? col.doc(id) : col.doc();
}

/** Appends inside a transaction or batch (create: never overwrites an existing entry). */
export function appendAudit(writer: Transaction | WriteBatch, ref: DocumentReference, input: AuditInput): void {
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
