// Audit entries of the link and LEOh flows, in the shape of the shared trail (audit/audit.ts). Their
// actions are listed here so the shared list stays the one place its owner maintains; the entry shape
// (instituteId, at, actorUid, action, target, details) is the same. Details never hold a token, only
// its hash prefix.
import {
  Timestamp,
  type DocumentReference,
  type Firestore,
  type Transaction,
  type WriteBatch,
} from 'firebase-admin/firestore';
import { z } from 'zod';
import { AUDIT_COLLECTION, auditEntrySchema } from '../audit/audit.js';

export const LINK_AUDIT_ACTIONS = [
  'link.invited', // an invitation mail (single-use link or account link) was queued
  'link.redeemed', // a single-use link was spent by its button
  'link.renewed', // an expired or spent link was replaced by a fresh one, sent to the rater
  'link.renewal_to_secretariaat', // ... or the request went to the secretariat
  'leoh.dossier_submitted', // the opleider sent a dossier LEOh to the secretariat
] as const;
export type LinkAuditAction = (typeof LINK_AUDIT_ACTIONS)[number];

const linkAuditEntrySchema = auditEntrySchema.extend({ action: z.enum(LINK_AUDIT_ACTIONS) });

export interface LinkAuditInput {
  instituteId: string;
  at: Date;
  actorUid: string | null;
  action: LinkAuditAction;
  target: string;
  details?: Record<string, unknown>;
}

export function linkAuditEntry(input: LinkAuditInput) {
  return linkAuditEntrySchema.parse({
    instituteId: input.instituteId,
    at: Timestamp.fromDate(input.at),
    actorUid: input.actorUid,
    action: input.action,
    target: input.target,
    details: input.details ?? {},
  });
}

export function newAuditRef(db: Firestore, id?: string): DocumentReference {
  const col = db.collection(AUDIT_COLLECTION);
  return id ? col.doc(id) : col.doc();
}

/** Appends inside a transaction or batch; `create` so an entry is never overwritten. */
export function appendLinkAudit(
  writer: Transaction | WriteBatch,
  ref: DocumentReference,
  input: LinkAuditInput,
): void {
  (writer as WriteBatch).create(ref, linkAuditEntry(input));
}
