// audit/{id} (docs/data-model.md): the append-only trail of submissions, role changes, decisions and sent mails.
// Only the server writes it (the rules deny every client write). Entries with a natural key get a deterministic
// id (functions audit.ts `auditId`), so a retried trigger appends nothing twice.
import { z } from 'zod';
import { timestampLikeSchema } from './timestamp';

export const AUDIT_COLLECTION = 'audit';
export const auditPath = (entryId: string) => `${AUDIT_COLLECTION}/${entryId}`;

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
  'institute.contact_set', // an admin set the secretariat's contact for mails (setSecretariatContact)
  'mail.unsubscribed', // a person switched an optional mail topic off with the one-click link in a mail
  'traject.legal_hold_set', // an admin put a traject under a legal hold (setLegalHold)
  'traject.legal_hold_lifted', // ... or lifted it
  'calendar.renewed', // a person made a new calendar feed URL (the previous one stops working)
  'calendar.revoked', // a person ended their calendar feed
  'cohort.imported', // the secretariat imported a cohort of trajecten from a CSV (importCohort)
  'summatief.vervolg', // a go / no-go on a summative request created the assessment or a new request
  'voorwaarden.vervolg', // a decision "door onder voorwaarden" created its follow-up for the hoofd opleiding
  'part.reminded', // the secretariat sent the raters of an overdue part a reminder now (remindNow)
  'kpb.started', // the aios started a KPB/KVB (startKpb): a new ad-hoc form with an aios and an opleider part
  'part.reopened', // the secretariat reopened a submitted part with a reason (reopenPart); the version is kept
  'learner_report.shared', // an mbo teacher shared one learner report with a named person (shareLearnerReport)
  'learner_report.unshared', // ... and stopped sharing it
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.strictObject({
  /** null for events outside any institute (e.g. a mail without institute). */
  instituteId: z.string().min(1).nullable(),
  at: timestampLikeSchema,
  /** Who caused it; null for the system (scheduled job, mail sender). */
  actorUid: z.string().min(1).nullable(),
  action: z.enum(AUDIT_ACTIONS),
  /** Path of the document the entry is about, e.g. 'forms/t1__combel-m3/parts/aios'. */
  target: z.string().min(1),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
