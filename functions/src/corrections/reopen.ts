// reopenSubmittedPart: the secretariat reopens a submitted part with a reason (domain policies/reopenPart.ts; docs/rules.md,
// "Corrections of submitted parts"; docs/data-model.md, "Corrections"). In one transaction: the submitted part is
// copied to `versions/{n}`, the part goes back to draft as version n+1 with the reason (`correctionReason`,
// `reopened`), the envelope's index follows (a sealed round is sealed again until the part is submitted again),
// the audit entry `part.reopened` and one mail per rater are written. A waarnemer without an account (the part's
// designation, a link rater `ext_…`) gets the same mail with a fresh single-use link (links/lifecycle.ts
// createLinkToken, under the part's current invitation): the link they used is spent. Either all of it or nothing;
// ids are deterministic, so a retry or a second secretary finds the part already reopened and writes nothing.
import {
  FORMS_COLLECTION,
  formatDateTime,
  isAdviceForDecision,
  mayReopenPart,
  reopenedLine,
  reopenedMailSubject,
  revealedAfterReopen,
  type PartId,
  VERSIONS_COLLECTION,
  MAIL_COLLECTION,
  type MailMessage,
  formPath,
  partPath,
  partEntryOf,
} from '@praktijkvolg/domain';
import type { ApiRequest, ApiResponse } from '@praktijkvolg/domain/api';
import {
  FieldPath,
  FieldValue,
  Timestamp,
  type DocumentReference,
  type Firestore,
  type Transaction,
} from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { formPartUrl, tokenLinkUrl } from '../appLinks.js';
import { appendAudit, auditId, auditRef } from '../audit/audit.js';
import { parseEnvelope } from '../documents.js';
import { readFormPart } from '../links/formState.js';
import { createLinkToken, labelOfPart } from '../links/lifecycle.js';
import { hashPrefix } from '../links/token.js';
import { renderMail } from '../mail/render.js';
import { enqueueMailInTransaction } from '../mail/outbox.js';
import { hasEmail, peopleByUid, personByUid } from '../people/people.js';
import { requireStaff, type Caller } from '../people/staffRoles.js';
import { nextReminderFor } from '../forms/timing.js';

/**
 * The traject's open decisions that had opened (adviceComplete), read in the reopening's transaction, each with
 * the hoofd opleiding's part where it exists (an update of a missing document would fail the reopening).
 */
async function openDecisionsOf(
  db: Firestore,
  tx: Transaction,
  trajectId: string,
): Promise<{ formId: string; partRef?: DocumentReference }[]> {
  const snap = await tx.get(
    db
      .collection(FORMS_COLLECTION)
      .where('trajectId', '==', trajectId)
      .where('formType', '==', 'voortgangsbeslissing'),
  );
  const open = snap.docs.filter((d) => {
    const decision = parseEnvelope(d);
    return decision?.status === 'open' && decision.adviceComplete === true;
  });
  if (open.length === 0) return [];
  const parts = await tx.getAll(...open.map((d) => db.doc(partPath(d.id, 'hoofd_opleiding'))));
  return open.map((d, i) => ({ formId: d.id, ...(parts[i]!.exists && { partRef: parts[i]!.ref }) }));
}

/** One mail per rater per new version: the id a retried call finds again. */
export const reopenedMailId = (formId: string, partId: string, version: number, uid: string) =>
  `part-reopened_${formId}_${partId}_v${version}_${uid}`;

export function reopenedMail(input: {
  raterName: string;
  formTitle: string;
  partId: PartId;
  traineeName: string | null;
  line: string;
  submittedAt: Date | null;
  url: string;
}): MailMessage {
  const part = labelOfPart(input.partId);
  const about = `je deel "${part}" van het formulier "${input.formTitle}"${input.traineeName ? ` (traject van ${input.traineeName})` : ''}`;
  const intro = `Het secretariaat heeft ${about} heropend${input.submittedAt ? `, dat je op ${formatDateTime(input.submittedAt)} had ingediend` : ''}.`;
  const what =
    'Je antwoorden staan klaar als concept: pas aan wat nodig is en dien het deel opnieuw in. De eerdere versie blijft bewaard in het dossier.';
  const why =
    'Je krijgt deze mail omdat jij dit deel invult; een heropend deel wacht meteen op je, daarom komt deze mail niet pas in je dagelijkse overzicht.';
  return renderMail(reopenedMailSubject(input.formTitle, input.partId), `Beste ${input.raterName},`, [
    { p: intro },
    { strong: input.line },
    { p: what },
    { link: { label: 'Deel openen', url: input.url } },
    { small: why },
  ]);
}

export async function reopenSubmittedPart(
  db: Firestore,
  caller: Caller,
  input: ApiRequest<'reopenPart'>,
  now: Date,
  base: string,
): Promise<ApiResponse<'reopenPart'>> {
  const instituteId = requireStaff(
    caller,
    ['secretariaat'],
    'het secretariaat kan een ingediend deel heropenen',
  );
  const partId = input.partId as PartId;
  const first = await readFormPart(db, input.formId, input.partId);
  // Another institute's form is "not found" too: nothing about it is told.
  if (!first.envelope || first.envelope.instituteId !== instituteId)
    throw new HttpsError('not-found', 'Dit formulier bestaat niet.');
  if (!first.part || !partEntryOf(first.envelope, input.partId))
    throw new HttpsError('not-found', 'Dit formulier heeft dit deel niet.');
  const byUid = await peopleByUid(db, first.part.raterUids);
  const raters = first.part.raterUids.flatMap((uid) => {
    const p = byUid.get(uid);
    return p && hasEmail(p) && p.instituteId === instituteId ? [p] : [];
  });
  // A waarnemer by link, still the part's designee, with an address: mailed a fresh single-use link.
  const d = first.part.designation;
  const waarnemer =
    d && d.raterUid.startsWith('ext_') && d.email && first.part.raterUids.includes(d.raterUid)
      ? {
          uid: d.raterUid,
          displayName: d.name,
          email: d.email,
          invitationId: d.invitationId,
          by: d.designatedBy,
        }
      : null;
  const me = await personByUid(db, caller.uid);
  const byName = me?.displayName ?? 'het secretariaat';
  const url = formPartUrl(base, input.formId, input.partId);

  return db.runTransaction(async (tx) => {
    const { envelope, part } = await readFormPart(db, input.formId, input.partId, tx);
    if (!envelope || !part) throw new HttpsError('not-found', 'Dit formulier bestaat niet.');
    const actor = { uid: caller.uid, institute: instituteId, staffRoles: ['secretariaat' as const] };
    const form = {
      formId: input.formId,
      instituteId: envelope.instituteId,
      formType: envelope.formType,
      status: envelope.status,
      revealed: envelope.revealed,
      opensAt: envelope.opensAt.toDate(),
      closesAt: (part.closesAt ?? envelope.closesAt)?.toDate() ?? null,
      parts: {
        [partId]: { role: envelope.parts[partId]!.role, raterUids: part.raterUids, status: part.status },
      },
    };
    const decision = mayReopenPart(actor, form, partId, now);
    if (!decision.ok) {
      // A second click or a second secretary: say that it is already reopened rather than "not submitted".
      if (part.reopened && part.status !== 'submitted' && part.reopened.fromVersion === part.version - 1) {
        throw new HttpsError(
          'failed-precondition',
          `Dit deel is al heropend door ${part.reopened.byName} op ${formatDateTime(part.reopened.at.toDate())}.`,
        );
      }
      throw new HttpsError(
        decision.reason.startsWith('Alleen') ? 'permission-denied' : 'failed-precondition',
        decision.reason,
      );
    }
    const partRef = db.doc(partPath(input.formId, input.partId));
    const versionRef = partRef.collection(VERSIONS_COLLECTION).doc(String(part.version));
    const newVersion = part.version + 1;
    const mailRefs = [...raters, ...(waarnemer ? [waarnemer] : [])].map((r) =>
      db.collection(MAIL_COLLECTION).doc(reopenedMailId(input.formId, input.partId, newVersion, r.uid)),
    );
    const [versionSnap, ...mailSnaps] = await tx.getAll(versionRef, ...mailRefs);
    if (versionSnap!.exists)
      throw new HttpsError('aborted', 'Deze versie is al bewaard; probeer het opnieuw.');
    const heldDecisions = isAdviceForDecision(envelope)
      ? await openDecisionsOf(db, tx, envelope.trajectId)
      : [];

    const at = Timestamp.fromDate(now);
    const reopened = { by: caller.uid, byName, at, reason: input.reason, fromVersion: part.version };
    const revealed = revealedAfterReopen(envelope);
    // The version is the part as it was submitted (its own correctionReason included), with who reopened it.
    tx.create(versionRef, { ...part, reopenedAt: at, reopenedBy: caller.uid });
    tx.update(partRef, {
      status: 'draft',
      version: newVersion,
      correctionReason: input.reason,
      reopened,
      revealed,
      updatedAt: at,
      submittedAt: FieldValue.delete(),
      returned: FieldValue.delete(),
    });
    const entry = envelope.parts[partId]!;
    const { submittedAt: _s, ...indexEntry } = entry;
    const envelopeUpdate: unknown[] = [new FieldPath('parts', partId), { ...indexEntry, status: 'draft' }];
    // On the envelope too: everyone who reads the form's overview sees why the part is open again.
    envelopeUpdate.push(new FieldPath('reopened', partId), reopened);
    if (revealed !== envelope.revealed) envelopeUpdate.push('revealed', revealed);
    if (envelope.status === 'completed') {
      const next = nextReminderFor({
        open: true,
        remindFrom: envelope.remindFrom.toDate(),
        existing: null,
        now,
      });
      envelopeUpdate.push('status', 'open', 'nextReminderAt', next ? Timestamp.fromDate(next) : null);
    }
    const [field, value, ...more] = envelopeUpdate as [FieldPath, unknown, ...unknown[]];
    tx.update(db.doc(formPath(input.formId)), field, value, ...more);
    // Advice under correction is not advice: an open decision waits again until it is handed in again, when
    // partWritten opens it (without a second request mail: functions/src/forms/decision.ts).
    for (const { formId, partRef } of heldDecisions) {
      tx.update(db.doc(formPath(formId)), { adviceComplete: false });
      if (partRef) tx.update(partRef, { adviceComplete: false });
    }
    // The other parts of a sealed round mirror `revealed` (partWritten keeps it so from here on).
    if (revealed !== envelope.revealed) {
      for (const other of Object.keys(envelope.parts)) {
        if (other !== partId) tx.update(db.doc(partPath(input.formId, other)), { revealed });
      }
    }
    appendAudit(tx, auditRef(db, auditId('part.reopened', input.formId, input.partId, `v${part.version}`)), {
      instituteId,
      at: now,
      actorUid: caller.uid,
      action: 'part.reopened',
      target: partPath(input.formId, input.partId),
      details: {
        trajectId: envelope.trajectId,
        formType: envelope.formType,
        partId,
        version: part.version,
        newVersion,
        reason: input.reason,
        resealed: revealed !== envelope.revealed,
        ...(heldDecisions.length > 0 && { decisionOnHold: heldDecisions.map((d) => d.formId) }),
        recipients: [...raters, ...(waarnemer ? [waarnemer] : [])].map((r) => r.uid),
      },
    });
    const line = reopenedLine({ byName, at: now, reason: input.reason });
    for (const [i, rater] of raters.entries()) {
      if (mailSnaps[i]!.exists) continue;
      const message = reopenedMail({
        raterName: rater.displayName,
        formTitle: envelope.title,
        partId,
        traineeName: envelope.traineeName ?? null,
        line,
        submittedAt: part.submittedAt?.toDate() ?? null,
        url,
      });
      enqueueMailInTransaction(
        tx,
        db,
        { to: rater.email, message, purpose: 'part.reopened', instituteId, recipientUid: rater.uid },
        mailRefs[i]!.id,
      );
    }
    const w = waarnemer ? raters.length : -1;
    if (waarnemer && !mailSnaps[w]!.exists) {
      const fresh = createLinkToken(
        db,
        tx,
        {
          instituteId,
          formId: input.formId,
          partId: input.partId,
          raterName: waarnemer.displayName,
          raterEmail: waarnemer.email,
          invitedBy: waarnemer.by,
          invitationId: waarnemer.invitationId,
          renewedFrom: null,
        },
        now,
      );
      const message = reopenedMail({
        raterName: waarnemer.displayName,
        formTitle: envelope.title,
        partId,
        traineeName: envelope.traineeName ?? null,
        line,
        submittedAt: part.submittedAt?.toDate() ?? null,
        url: tokenLinkUrl(base, fresh.token),
      });
      // A `link.*` purpose: the outbox keeps no body of it once sent (mail/outbox.ts holdsSecretLink).
      enqueueMailInTransaction(
        tx,
        db,
        { to: waarnemer.email, message, purpose: 'link.reopened', instituteId },
        mailRefs[w]!.id,
      );
      appendAudit(tx, auditRef(db), {
        instituteId,
        at: now,
        actorUid: caller.uid,
        action: 'link.renewed',
        target: partPath(input.formId, input.partId),
        details: { to: hashPrefix(fresh.hash), invitationId: waarnemer.invitationId, reopened: true },
      });
    }
    const mailedTo = [...raters, ...(waarnemer ? [waarnemer] : [])].map((r) => r.displayName);
    return { ok: true as const, version: newVersion, mailedTo };
  });
}
