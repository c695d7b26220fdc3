// sendReminderNow: from Achterstanden the secretariat sends the raters of one overdue part a reminder now, with the
// link to their part (docs/data-model.md, "Reminding now"). At most one per part per Amsterdam day: the
// counter (links/rateLimit.ts), the mails (deterministic ids), the audit entry and the envelope's
// `remindedOn.{partId}` are written in one transaction, so a double click, a retry or two secretaries at once
// send one reminder, and a second call that day sends nothing and says so.
import {
  daysLate,
  formatDate,
  lateLabel,
  toIsoDate,
  MAIL_COLLECTION,
  type MailMessage,
  formPath,
  partPath,
  partEntryOf,
} from '@praktijkvolg/domain';
import type { ApiRequest, ApiResponse } from '@praktijkvolg/domain/api';
import { FieldPath, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { formPartUrl } from '../appLinks.js';
import { appendAudit, auditId, auditRef } from '../audit/audit.js';
import { renderMail } from '../mail/render.js';
import { enqueueMailInTransaction } from '../mail/outbox.js';
import { partClosedReason, readFormPart } from '../links/formState.js';
import { labelOfPart } from '../links/lifecycle.js';
import { takeRateLimit, type RateLimit } from '../links/rateLimit.js';
import { linkPartClaim } from '../links/token.js';
import { hasEmail, peopleByUid } from '../people/people.js';
import { requireStaff, type Caller } from '../people/staffRoles.js';
import { readInstituteSettings } from '../forms/institute.js';

/** The reminder budget of "herinner nu": one per form part per day, on top of the daily digest. */
export const REMINDERS_NOW_PER_DAY: RateLimit = { kind: 'remind', max: 1, window: 'day' };

/** One mail per rater per part per day: the id a retry finds again. */
export const remindNowMailId = (formId: string, partId: string, date: string, uid: string) =>
  `remind-now_${formId}_${partId}_${date}_${uid}`;

export function remindNowMail(input: {
  raterName: string;
  formTitle: string;
  partLabel: string;
  traineeName: string | null;
  instituteName: string;
  dueAt: Date;
  now: Date;
  url: string;
}): MailMessage {
  const late = daysLate(input.dueAt, input.now);
  const about = `het deel "${input.partLabel}" van het formulier "${input.formTitle}"${input.traineeName ? ` (traject van ${input.traineeName})` : ''}`;
  const due = `De termijn was ${formatDate(input.dueAt)}${late > 0 ? ` (${lateLabel(late)})` : ''}.`;
  const ask = `Het secretariaat van ${input.instituteName} vraagt je ${about} zo snel mogelijk in te vullen.`;
  const small =
    'Je krijgt deze herinnering omdat je dit deel invult. Het secretariaat kan hooguit één herinnering per dag per formulierdeel sturen; je dagelijkse overzicht krijg je zoals altijd.';
  return renderMail(`Herinnering: ${input.formTitle}`, `Beste ${input.raterName},`, [
    { lines: [ask, due] },
    { link: { label: 'Formulier openen', url: input.url } },
    { small },
  ]);
}

export async function sendReminderNow(
  db: Firestore,
  caller: Caller,
  input: ApiRequest<'remindNow'>,
  now: Date,
  base: string,
): Promise<ApiResponse<'remindNow'>> {
  const instituteId = requireStaff(caller, ['secretariaat'], 'het secretariaat kan een herinnering sturen');
  const form = await readFormPart(db, input.formId, input.partId);
  const { envelope, part } = form;
  // Another institute's form is "not found" too: nothing about it is told.
  if (!envelope || envelope.instituteId !== instituteId)
    throw new HttpsError('not-found', 'Dit formulier bestaat niet.');
  if (!part || !partEntryOf(envelope, input.partId))
    throw new HttpsError('not-found', 'Dit formulier heeft dit deel niet.');
  const closed = partClosedReason(form, input.partId, now);
  if (closed) throw new HttpsError('failed-precondition', closed);
  if (envelope.opensAt.toMillis() > now.getTime()) {
    throw new HttpsError(
      'failed-precondition',
      `Dit formulier gaat pas open op ${formatDate(envelope.opensAt.toDate())}.`,
    );
  }
  const byUid = await peopleByUid(db, part.raterUids);
  const raters = part.raterUids.flatMap((uid) => {
    const p = byUid.get(uid);
    return p && hasEmail(p) && p.instituteId === instituteId ? [p] : [];
  });
  if (raters.length === 0) {
    throw new HttpsError(
      'failed-precondition',
      'Voor dit deel is nog niemand met een e-mailadres aangewezen. Wijs eerst iemand aan in het traject.',
    );
  }

  const institute = await readInstituteSettings(db, instituteId);
  const date = toIsoDate(now);
  const url = formPartUrl(base, input.formId, input.partId);
  const sent = await db.runTransaction(async (tx) => {
    const limit = await takeRateLimit(
      db,
      tx,
      REMINDERS_NOW_PER_DAY,
      linkPartClaim(input.formId, input.partId),
      now,
    );
    if (!limit.allowed) return false;
    const mailIds = raters.map((r) => remindNowMailId(input.formId, input.partId, date, r.uid));
    const queued = await tx.getAll(...mailIds.map((id) => db.collection(MAIL_COLLECTION).doc(id)));
    limit.commit();
    for (const [i, rater] of raters.entries()) {
      if (queued[i]!.exists) continue;
      const message = remindNowMail({
        raterName: rater.displayName,
        formTitle: envelope.title,
        partLabel: labelOfPart(input.partId),
        traineeName: envelope.traineeName ?? null,
        instituteName: institute.name ?? instituteId,
        dueAt: envelope.dueAt.toDate(),
        now,
        url,
      });
      enqueueMailInTransaction(
        tx,
        db,
        { to: rater.email, message, purpose: 'part.remind_now', instituteId, recipientUid: rater.uid },
        mailIds[i]!,
      );
    }
    appendAudit(tx, auditRef(db, auditId('part.reminded', input.formId, input.partId, date)), {
      instituteId,
      at: now,
      actorUid: caller.uid,
      action: 'part.reminded',
      target: partPath(input.formId, input.partId),
      details: { recipients: raters.map((p) => p.uid), date },
    });
    tx.update(db.doc(formPath(input.formId)), new FieldPath('remindedOn', input.partId), date);
    return true;
  });
  return { sentTo: sent ? raters.map((p) => p.displayName) : [], alreadyRemindedToday: !sent };
}
