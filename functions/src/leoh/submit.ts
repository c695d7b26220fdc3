// submitDossierLeoh: the opleider sends the dossier LEOh (month 9–10) to the secretariat, once the aios
// has submitted it. The envelope becomes the dossier record (status 'ingediend', staffVisible), the
// secretariat gets a mail with the PDF, and the trail gets one entry. A second call adds nothing: the
// status is checked in the transaction, and the mail and audit entry have deterministic ids.
// The month-3 (private) LEOh can never be sent this way (DOMAIN rule 3).
import { FORM_DEFINITIONS, maySubmitDossierLeoh, type FormLike, type PartId } from '@praktijkvolg/domain';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { HttpsError } from 'firebase-functions/v2/https';
import { enqueueMail } from '../mail/outbox.js';
import { MAIL_COLLECTION } from '../mail/schema.js';
import { formPath, partPath, type FormEnvelope } from '../schedule/formDocs.js';
import { appendAudit, auditRef } from '../audit/audit.js';
import { readFormPart } from '../links/formState.js';
import { dossierLeohMail } from '../links/mails.js';
import { personByUid, secretariat } from '../people/people.js';
import { formatInTimeZone } from '../links/time.js';
import { readTraject } from '../schedule/traject.js';
import { answerLines } from './answersText.js';
import { leohPdfFilename, renderLeohPdf } from './pdf.js';

export const PRIVATE_LEOH_REFUSAL =
  'De LEOh van maand 3 is alleen voor jou en je aios en kan niet worden ingediend.';
/** The outbox refuses nothing below 1 MiB per document; keep the attachment well under it. */
export const MAX_ATTACHMENT_BASE64 = 700_000;

const AIOS_PART = 'aios';
export const dossierMailId = (formId: string) => `leoh-dossier-${formId}`;
const dossierAuditId = (formId: string) => `leoh-dossier_${formId}`;

/** The envelope as the domain policy sees it, with the aios part's status taken from the part itself. */
function formLike(
  formId: string,
  envelope: FormEnvelope,
  aiosStatus: 'open' | 'draft' | 'submitted' | undefined,
): FormLike {
  const parts = Object.fromEntries(
    Object.entries(envelope.parts).map(([id, p]) => [
      id,
      { ...p, role: p.role as PartId, status: id === AIOS_PART && aiosStatus ? aiosStatus : p.status },
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

export async function submitDossierLeoh(
  db: Firestore,
  formId: string,
  callerUid: string,
  now: Date,
): Promise<{ ok: true }> {
  const first = await readFormPart(db, formId, AIOS_PART);
  const envelope = first.envelope;
  if (!envelope) throw new HttpsError('not-found', 'Deze LEOh bestaat niet.');
  if (envelope.formType !== 'leoh')
    throw new HttpsError('failed-precondition', 'Alleen een LEOh kan bij het secretariaat worden ingediend.');
  if (envelope.subjectUid !== callerUid)
    throw new HttpsError('permission-denied', 'Alleen de opleider over wie de LEOh gaat, dient hem in.');
  if (envelope.leohKind !== 'dossier') throw new HttpsError('failed-precondition', PRIVATE_LEOH_REFUSAL);

  const submitted = await db.runTransaction(async (tx) => {
    const { envelope: env, part } = await readFormPart(db, formId, AIOS_PART, tx);
    if (!env || !part) throw new HttpsError('not-found', 'Deze LEOh bestaat niet.');
    if (env.status === 'ingediend')
      return {
        env,
        part,
        ingediendAt: (env.ingediendAt as Timestamp | undefined)?.toDate() ?? now,
        fresh: false,
      };
    if (part.status !== 'submitted') {
      throw new HttpsError(
        'failed-precondition',
        'De aios heeft de LEOh nog niet ingediend. Je kunt hem indienen zodra de aios klaar is.',
      );
    }
    const decision = maySubmitDossierLeoh({ uid: callerUid }, formLike(formId, env, part.status));
    if (!decision.ok) throw new HttpsError('failed-precondition', decision.reason);

    tx.update(db.doc(formPath(formId)), {
      status: 'ingediend',
      staffVisible: true,
      nextReminderAt: null,
      ingediendAt: Timestamp.fromDate(now),
      ingediendBy: callerUid,
    });
    appendAudit(tx, auditRef(db, dossierAuditId(formId)), {
      instituteId: env.instituteId,
      at: now,
      actorUid: callerUid,
      action: 'leoh.dossier_submitted',
      target: formPath(formId),
      details: { subjectUid: env.subjectUid ?? null, aiosPart: partPath(formId, AIOS_PART) },
    });
    return { env, part, ingediendAt: now, fresh: true };
  });

  // The mail is (re)queued on every call until it exists, so a crash between the transaction and here
  // is repaired by the opleider pressing the button again; an existing mail is never touched.
  const mailRef = db.collection(MAIL_COLLECTION).doc(dossierMailId(formId));
  if ((await mailRef.get()).exists) return { ok: true };

  const { env, part } = submitted;
  const [traject, office, opleider, institute] = await Promise.all([
    readTraject(db, env.trajectId),
    secretariat(db, env.instituteId),
    env.subjectUid ? personByUid(db, env.subjectUid) : Promise.resolve(null),
    db.collection('institutes').doc(env.instituteId).get(),
  ]);
  const aiosUid = traject?.roles.aios?.[0];
  const aiosName = (aiosUid && traject?.names[aiosUid]) || env.traineeName || traject?.traineeName || 'aios';
  const opleiderName =
    (env.subjectUid && traject?.names[env.subjectUid]) || opleider?.displayName || 'opleider';
  if (office.length === 0) {
    logger.warn('leoh: dossier submitted but the institute has no secretariat to mail', {
      formId,
      instituteId: env.instituteId,
    });
    return { ok: true };
  }

  const def = FORM_DEFINITIONS.leoh;
  const pdf = await renderLeohPdf({
    documentTitle: def.title,
    formTitle: env.title,
    aiosName,
    opleiderName,
    workplace: traject?.workplace,
    instituteName: typeof institute.get('name') === 'string' ? (institute.get('name') as string) : undefined,
    aiosSubmittedAt: part.submittedAt?.toDate() ?? null,
    ingediendAt: submitted.ingediendAt,
    lines: answerLines(def, AIOS_PART, part.answers),
  });
  const content = Buffer.from(pdf).toString('base64');
  if (content.length > MAX_ATTACHMENT_BASE64)
    throw new Error(`LEOh PDF of ${formId} is too large to mail (${content.length} base64 characters)`);

  await enqueueMail(
    db,
    {
      to: office.map((p) => p.email),
      message: {
        ...dossierLeohMail({
          opleiderName,
          aiosName,
          formTitle: env.title,
          submittedAt: submitted.ingediendAt,
        }),
        attachments: [
          {
            filename: leohPdfFilename(opleiderName, formatInTimeZone(submitted.ingediendAt, 'yyyy-MM-dd')),
            content,
            encoding: 'base64',
            contentType: 'application/pdf',
          },
        ],
      },
      purpose: 'leoh.dossier',
      instituteId: env.instituteId,
    },
    dossierMailId(formId),
  );
  logger.info('leoh: dossier submitted', {
    formId,
    fresh: submitted.fresh,
    recipients: office.length,
    pdfBytes: pdf.length,
  });
  return { ok: true };
}
