// The admin's two retention settings (docs/data-model.md, "Retention"): the institute's term in years
// (`institutes/{id}.retentionYears`) and a legal hold on one traject (`trajecten/{id}.legalHold`, a field only the
// server writes: the rules refuse a client write that adds, changes or removes it). Both are audited.
import { retentionYearsOf, INSTITUTES_COLLECTION, TRAJECTEN_COLLECTION } from '@praktijkvolg/domain';
import type { api, ApiName, ApiResponse } from '@praktijkvolg/domain/api';
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit, auditRef } from '../audit/audit.js';
import { requireStaff, type Caller } from '../people/staffRoles.js';
import type { z } from 'zod';

/** A request as parsed by the contract (callable.ts parseRequest): reasons are cleaned. */
type Parsed<N extends ApiName> = z.output<(typeof api)[N]['request']>;

export async function changeRetention(
  db: Firestore,
  caller: Caller,
  input: Parsed<'setRetention'>,
  now: Date,
): Promise<ApiResponse<'setRetention'>> {
  const institute = requireStaff(caller, ['admin'], 'een beheerder kan de bewaartermijn instellen');
  const ref = db.collection(INSTITUTES_COLLECTION).doc(institute);
  await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const before = snap.exists ? retentionYearsOf(snap.data()) : retentionYearsOf(undefined);
    if (snap.get('retentionYears') === input.retentionYears) return;
    tx.set(ref, { retentionYears: input.retentionYears }, { merge: true });
    appendAudit(tx, auditRef(db), {
      instituteId: institute,
      at: now,
      actorUid: caller.uid,
      action: 'institute.retention_set',
      target: ref.path,
      details: { before, after: input.retentionYears },
    });
  });
  return { ok: true, retentionYears: input.retentionYears };
}

const NOT_FOUND = 'Dit traject bestaat niet of hoort bij een andere opleiding.';

export async function changeLegalHold(
  db: Firestore,
  caller: Caller,
  input: Parsed<'setLegalHold'>,
  now: Date,
): Promise<ApiResponse<'setLegalHold'>> {
  const institute = requireStaff(
    caller,
    ['admin'],
    'een beheerder kan een bewaarplicht instellen of opheffen',
  );
  const ref = db.collection(TRAJECTEN_COLLECTION).doc(input.trajectId);
  await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    // Another institute's traject answers like a missing one: nothing about it leaks.
    if (!snap.exists || snap.get('instituteId') !== institute) throw new HttpsError('not-found', NOT_FOUND);
    const current = snap.get('legalHold') as { reason?: unknown } | undefined;
    const audit = { instituteId: institute, at: now, actorUid: caller.uid, target: ref.path };
    if (input.hold) {
      if (current?.reason === input.reason) return;
      tx.update(ref, {
        legalHold: { reason: input.reason, setBy: caller.uid, setAt: Timestamp.fromDate(now) },
      });
      appendAudit(tx, auditRef(db), {
        ...audit,
        action: 'traject.legal_hold_set',
        details: { reason: input.reason },
      });
    } else {
      if (current === undefined) return;
      tx.update(ref, { legalHold: FieldValue.delete() });
      appendAudit(tx, auditRef(db), { ...audit, action: 'traject.legal_hold_lifted', details: {} });
    }
  });
  return { ok: true, held: input.hold };
}
