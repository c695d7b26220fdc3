// submitLeohToDossier: the opleider sends the dossier LEOh (month 9–10) to the secretariat, once the aios
// has submitted it. The envelope becomes the dossier record (status 'ingediend', staffVisible), the
// secretariat gets a mail with the PDF, and the trail gets one entry.
// Both or neither (docs/rules.md, "Dossier LEOh, exports and counts"): the PDF is built first, from the
// envelope and part as read, and only then one transaction re-reads them and writes the status, the audit
// entry and the mail (deterministic id). A failure before the commit leaves nothing, so pressing the
// button again simply redoes it; a call after success finds the mail and answers "al ingediend".
// The month-3 (private) LEOh can never be sent this way (rule 3 of docs/rules.md).
import { parseEnvelope, parsePart, readTraject } from '../documents.js';
import {
  answerLines,
  FORM_DEFINITIONS,
  maySubmitDossierLeoh,
  type FormLike,
  type PartId,
  MAIL_COLLECTION,
  type MailDoc,
  formPath,
  partPath,
  type FormEnvelope,
  type PartDoc,
  institutePath,
} from '@praktijkvolg/domain';
import { Timestamp, type DocumentSnapshot, type Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { HttpsError } from 'firebase-functions/v2/https';
import { enqueueMailInTransaction } from '../mail/outbox.js';
import { appendAudit, auditRef } from '../audit/audit.js';
import { dossierLeohMail } from '../links/mails.js';
import { personByUid, secretariat } from '../people/people.js';
import { formatInTimeZone } from '../links/time.js';
import { leohPdfFilename, renderLeohPdf, type LeohPdfInput } from './pdf.js';

export const PRIVATE_LEOH_REFUSAL =
  'De LEOh van maand 3 is alleen voor jou en je aios en kan niet worden ingediend.';
export const NO_SECRETARIAT_REFUSAL =
  'Er is geen secretariaat met een e-mailadres bekend om de LEOh naar te sturen. De LEOh is nog niet ingediend; neem contact op met de opleiding.';
export const CHANGED_MEANWHILE =
  'De LEOh is gewijzigd terwijl je hem indiende. Hij is nog niet ingediend; probeer het opnieuw.';
/** The outbox refuses nothing below 1 MiB per document; keep the attachment well under it. */
export const MAX_ATTACHMENT_BASE64 = 700_000;

/** Builds the PDF; a parameter so a test can make it fail (the default is the real one). */
export type RenderPdf = (input: LeohPdfInput) => Promise<Uint8Array>;

const AIOS_PART = 'aios';
export const dossierMailId = (formId: string) => `leoh-dossier-${formId}`;
const dossierAuditId = (formId: string) => `leoh-dossier_${formId}`;

/** The envelope as the domain policy sees it, with the aios part's status taken from the part itself. */
function formLike(formId: string, envelope: FormEnvelope, aiosStatus: PartDoc['status']): FormLike {
  const parts = Object.fromEntries(
    Object.entries(envelope.parts).map(([id, p]) => [
      id,
      { ...p, role: p.role as PartId, status: id === AIOS_PART ? aiosStatus : p.status },
    ]),
  );
  return {
    formId,
    instituteId: envelope.instituteId,
    formType: envelope.formType,
    leohKind: envelope.leohKind,
    subjectUid: envelope.subjectUid,
    status: envelope.status,
    parts,
  } as FormLike;
}

/** Refuses (Dutch) unless the opleider may send this not yet ingediend LEOh now. */
function assertReady(formId: string, envelope: FormEnvelope, part: PartDoc, callerUid: string): void {
  if (part.status !== 'submitted') {
    throw new HttpsError(
      'failed-precondition',
      'De aios heeft de LEOh nog niet ingediend. Je kunt hem indienen zodra de aios klaar is.',
    );
  }
  const decision = maySubmitDossierLeoh({ uid: callerUid }, formLike(formId, envelope, part.status));
  if (!decision.ok) throw new HttpsError('failed-precondition', decision.reason);
}

/** What the PDF shows of the part; when it differs at commit time, the PDF is stale. */
const partVersion = (part: PartDoc | null) =>
  part ? `${part.status}/${part.version}/${part.submittedAt?.toMillis() ?? ''}` : 'missing';

/** The secretariat's mail with the PDF of the dossier LEOh, built from the documents as read. Writes nothing. */
async function buildDossierMail(
  db: Firestore,
  formId: string,
  env: FormEnvelope,
  part: PartDoc,
  ingediendAt: Date,
  render: RenderPdf,
): Promise<{ mail: Omit<MailDoc, 'delivery'>; pdfBytes: number }> {
  const [traject, office, opleider, institute] = await Promise.all([
    readTraject(db, env.trajectId),
    secretariat(db, env.instituteId),
    env.subjectUid ? personByUid(db, env.subjectUid) : Promise.resolve(null),
    db.doc(institutePath(env.instituteId)).get(),
  ]);
  if (office.length === 0) {
    log.warn('leoh: dossier not submitted: the institute has no secretariat to mail', {
      formId,
      instituteId: env.instituteId,
    });
    throw new HttpsError('failed-precondition', NO_SECRETARIAT_REFUSAL);
  }
  const aiosUid = traject?.roles.aios?.[0];
  const aiosName = (aiosUid && traject?.names[aiosUid]) || env.traineeName || traject?.traineeName || 'aios';
  const opleiderName =
    (env.subjectUid && traject?.names[env.subjectUid]) || opleider?.displayName || 'opleider';

  const def = FORM_DEFINITIONS.leoh;
  const pdf = await render({
    documentTitle: def.title,
    formTitle: env.title,
    aiosName,
    opleiderName,
    workplace: traject?.workplace,
    instituteName: typeof institute.get('name') === 'string' ? (institute.get('name') as string) : undefined,
    aiosSubmittedAt: part.submittedAt?.toDate() ?? null,
    ingediendAt,
    lines: answerLines(def, AIOS_PART, part.answers),
  });
  const content = Buffer.from(pdf).toString('base64');
  if (content.length > MAX_ATTACHMENT_BASE64)
    throw new Error(`LEOh PDF of ${formId} is too large to mail (${content.length} base64 characters)`);

  const mail: Omit<MailDoc, 'delivery'> = {
    to: office.map((p) => p.email),
    message: {
      ...dossierLeohMail({ opleiderName, aiosName, formTitle: env.title, submittedAt: ingediendAt }),
      attachments: [
        {
          filename: leohPdfFilename(opleiderName, formatInTimeZone(ingediendAt, 'yyyy-MM-dd')),
          content,
          encoding: 'base64',
          contentType: 'application/pdf',
        },
      ],
    },
    purpose: 'leoh.dossier',
    instituteId: env.instituteId,
  };
  return { mail, pdfBytes: pdf.length };
}

export async function submitLeohToDossier(
  db: Firestore,
  formId: string,
  callerUid: string,
  now: Date,
  render: RenderPdf = renderLeohPdf,
): Promise<{ ok: true; alreadySubmitted: boolean }> {
  const envRef = db.doc(formPath(formId));
  const partRef = db.doc(partPath(formId, AIOS_PART));
  const mailRef = db.collection(MAIL_COLLECTION).doc(dossierMailId(formId));
  const read = async (snaps: DocumentSnapshot[]) => ({
    envelope: parseEnvelope(snaps[0]!),
    part: parsePart(snaps[1]!),
    mailed: snaps[2]!.exists,
  });

  const { envelope, part, mailed } = await read(await db.getAll(envRef, partRef, mailRef));
  if (!envelope) throw new HttpsError('not-found', 'Deze LEOh bestaat niet.');
  if (envelope.formType !== 'leoh')
    throw new HttpsError('failed-precondition', 'Alleen een LEOh kan bij het secretariaat worden ingediend.');
  if (envelope.subjectUid !== callerUid)
    throw new HttpsError('permission-denied', 'Alleen de opleider over wie de LEOh gaat, dient hem in.');
  if (envelope.leohKind !== 'dossier') throw new HttpsError('failed-precondition', PRIVATE_LEOH_REFUSAL);
  if (envelope.status === 'ingediend' && mailed) return { ok: true, alreadySubmitted: true };
  if (!part) throw new HttpsError('not-found', 'Deze LEOh bestaat niet.');
  // 'ingediend' without its mail was left by the version that committed the status first: send it now.
  const repair = envelope.status === 'ingediend';
  if (!repair) assertReady(formId, envelope, part, callerUid);
  const ingediendAt = repair ? ((envelope.ingediendAt as Timestamp | undefined)?.toDate() ?? now) : now;

  // Everything that can fail slowly or for good (reads, the PDF) happens before anything is written.
  const { mail, pdfBytes } = await buildDossierMail(db, formId, envelope, part, ingediendAt, render);

  const outcome = await db.runTransaction(async (tx) => {
    const fresh = await read(await tx.getAll(envRef, partRef, mailRef));
    if (fresh.mailed) return 'already' as const; // a concurrent call committed first
    if (!fresh.envelope || !fresh.part) throw new HttpsError('not-found', 'Deze LEOh bestaat niet.');
    if (fresh.envelope.status !== envelope.status || partVersion(fresh.part) !== partVersion(part))
      throw new HttpsError('aborted', CHANGED_MEANWHILE);
    if (!repair) {
      assertReady(formId, fresh.envelope, fresh.part, callerUid);
      tx.update(envRef, {
        status: 'ingediend',
        staffVisible: true,
        nextReminderAt: null,
        ingediendAt: Timestamp.fromDate(now),
        ingediendBy: callerUid,
      });
      appendAudit(tx, auditRef(db, dossierAuditId(formId)), {
        instituteId: fresh.envelope.instituteId,
        at: now,
        actorUid: callerUid,
        action: 'leoh.dossier_submitted',
        target: formPath(formId),
        details: { subjectUid: fresh.envelope.subjectUid ?? null, aiosPart: partPath(formId, AIOS_PART) },
      });
    }
    enqueueMailInTransaction(tx, db, mail, dossierMailId(formId));
    return repair ? ('repaired' as const) : ('submitted' as const);
  });

  log.info('leoh: dossier submitted', {
    formId,
    outcome,
    recipients: Array.isArray(mail.to) ? mail.to.length : 1,
    pdfBytes,
  });
  return { ok: true, alreadySubmitted: outcome === 'already' };
}
