// The admin's retention settings through the deployed functions on the emulator: the institute's term
// (setRetention) and a legal hold on a traject (setLegalHold), each admin-only, own institute only, audited, with
// Dutch refusals; and the on-demand job (runRetentionJob) that leaves a held traject alone until the hold is lifted.
import { useClients } from '../support/clients.js';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { idToken } from '../functions/helpers.js';
import { INSTITUTE, P, P1, refusal, seedWorld, T1 } from '../links/world.js';
import {
  adminAuth,
  adminDb,
  closeAdmin,
  functionUrl,
  resetAuth,
  resetFirestore,
  setBackgroundTriggers,
} from '../support/stack.js';

const ADMIN = 'u-admin';
const OTHER_ADMIN = 'u-admin-elders';
const db = adminDb();

const { as } = useClients();
const auditOf = async (action: string) =>
  (await db.collection('audit').where('action', '==', action).get()).docs.map((d) => d.data());

beforeEach(async () => {
  // The callables and the HTTP job are HTTP functions: they work with the Firestore triggers off, which keeps
  // the world still (no schedule sync reacting to the writes below).
  await setBackgroundTriggers(false);
  await Promise.all([resetFirestore(), resetAuth()]);
  await seedWorld();
  for (const [uid, institute] of [
    [ADMIN, INSTITUTE],
    [OTHER_ADMIN, 'elders'],
  ] as const) {
    await adminAuth().createUser({ uid, email: `${uid}@example.nl` });
    await adminAuth().setCustomUserClaims(uid, { institute, staff: ['admin'] });
  }
});
afterAll(async () => {
  await setBackgroundTriggers(true);
  await closeAdmin();
});

describe('setRetention', () => {
  it('lets the admin set the term of their own institute, audited', async () => {
    const admin = await as(ADMIN);
    expect(await admin.call('setRetention', { retentionYears: 10 })).toEqual({
      ok: true,
      retentionYears: 10,
    });
    expect((await db.doc(`institutes/${INSTITUTE}`).get()).data()).toMatchObject({
      name: 'Huisartsopleiding LUMC',
      retentionYears: 10,
    });
    expect(await auditOf('institute.retention_set')).toMatchObject([
      {
        instituteId: INSTITUTE,
        actorUid: ADMIN,
        target: `institutes/${INSTITUTE}`,
        details: { before: 7, after: 10 },
      },
    ]);
    // The same value again changes nothing and adds no entry.
    await admin.call('setRetention', { retentionYears: 10 });
    expect(await auditOf('institute.retention_set')).toHaveLength(1);
  });

  it('refuses a term outside 1..20 whole years, in Dutch, and keeps the old one', async () => {
    const admin = await as(ADMIN);
    for (const retentionYears of [0, 21, 2.5, -1]) {
      const r = await refusal(admin.call('setRetention', { retentionYears }));
      expect(r).toMatchObject({
        code: 'invalid-argument',
        message: 'De bewaartermijn is een heel aantal jaren, van 1 tot en met 20.',
      });
    }
    expect((await refusal(admin.callRaw('setRetention', { retentionYears: '7' }))).code).toBe(
      'invalid-argument',
    );
    expect((await db.doc(`institutes/${INSTITUTE}`).get()).get('retentionYears')).toBeUndefined();
  });

  it('refuses everyone but an admin, and an admin only reaches their own institute', async () => {
    for (const uid of [P.sanne.uid /* secretariaat */, P.anna.uid]) {
      const r = await refusal((await as(uid)).call('setRetention', { retentionYears: 1 }));
      expect(r).toMatchObject({
        code: 'permission-denied',
        message: 'Alleen een beheerder kan de bewaartermijn instellen.',
      });
    }
    await (await as(OTHER_ADMIN)).call('setRetention', { retentionYears: 3 });
    expect((await db.doc(`institutes/${INSTITUTE}`).get()).get('retentionYears')).toBeUndefined();
    expect((await db.doc('institutes/elders').get()).get('retentionYears')).toBe(3);
  });
});

describe('setLegalHold', () => {
  it('puts a traject under a hold with a reason and lifts it again, both audited', async () => {
    const admin = await as(ADMIN);
    expect(
      await admin.call('setLegalHold', {
        trajectId: T1,
        hold: true,
        reason: '  Klacht van de aios in behandeling  ',
      }),
    ).toEqual({ ok: true, held: true });
    const hold = (await db.doc(`trajecten/${T1}`).get()).get('legalHold') as Record<string, unknown>;
    expect(hold).toMatchObject({ reason: 'Klacht van de aios in behandeling', setBy: ADMIN });
    expect(hold.setAt).toBeInstanceOf(Timestamp);
    expect(await auditOf('traject.legal_hold_set')).toMatchObject([
      {
        actorUid: ADMIN,
        target: `trajecten/${T1}`,
        details: { reason: 'Klacht van de aios in behandeling' },
      },
    ]);

    expect(await admin.call('setLegalHold', { trajectId: T1, hold: false })).toEqual({
      ok: true,
      held: false,
    });
    expect((await db.doc(`trajecten/${T1}`).get()).get('legalHold')).toBeUndefined();
    expect(await auditOf('traject.legal_hold_lifted')).toMatchObject([
      { actorUid: ADMIN, target: `trajecten/${T1}` },
    ]);
  });

  it('requires a reason for a hold', async () => {
    const admin = await as(ADMIN);
    for (const data of [
      { trajectId: T1, hold: true },
      { trajectId: T1, hold: true, reason: '   ' },
    ]) {
      const r = await refusal(admin.callRaw('setLegalHold', data));
      expect(r).toMatchObject({ code: 'invalid-argument', message: 'Vul de reden van de bewaarplicht in.' });
    }
    const r = await refusal(
      admin.callRaw('setLegalHold', { trajectId: T1, hold: true, reason: 'x'.repeat(501) }),
    );
    expect(r.message).toBe('De reden is te lang (maximaal 500 tekens).');
    expect((await db.doc(`trajecten/${T1}`).get()).get('legalHold')).toBeUndefined();
  });

  it('refuses the secretariat and answers an admin of another institute as if the traject did not exist', async () => {
    const r = await refusal(
      (await as(P.sanne.uid)).call('setLegalHold', { trajectId: T1, hold: true, reason: 'Eigen reden' }),
    );
    expect(r).toMatchObject({
      code: 'permission-denied',
      message: 'Alleen een beheerder kan een bewaarplicht instellen of opheffen.',
    });
    const other = await as(OTHER_ADMIN);
    for (const trajectId of [T1, 'bestaat-niet']) {
      const e = await refusal(other.call('setLegalHold', { trajectId, hold: true, reason: 'Onderzoek' }));
      expect(e).toMatchObject({
        code: 'not-found',
        message: 'Dit traject bestaat niet of hoort bij een andere opleiding.',
      });
    }
    expect((await db.doc(`trajecten/${T1}`).get()).get('legalHold')).toBeUndefined();
  });
});

describe('runRetentionJob', () => {
  const run = async (token: string, now: string) =>
    fetch(functionUrl('runRetentionJob'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ now }),
    });

  it('is for admins only', async () => {
    const res = await run(
      await idToken(P.sanne.uid, { institute: INSTITUTE, staff: ['secretariaat'] }),
      '2040-01-01T02:00:00Z',
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: 'Alleen een beheerder mag het opruimen van verlopen gegevens starten.',
    });
    expect((await db.doc(`trajecten/${T1}`).get()).exists).toBe(true);
  });

  it('leaves a traject under the admin’s hold alone, and removes it once the hold is lifted', async () => {
    for (const id of [T1, P1])
      await db
        .doc(`trajecten/${id}`)
        .update({ status: 'afgerond', updatedAt: Timestamp.fromDate(new Date('2025-01-06T10:00:00Z')) });
    const admin = await as(ADMIN);
    await admin.call('setLegalHold', { trajectId: T1, hold: true, reason: 'Beroepsprocedure' });
    const token = await idToken(ADMIN, { institute: INSTITUTE, staff: ['admin'] });

    const first = await run(token, '2033-03-10T02:00:00Z');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ trajecten: { removed: 1, held: 1 } });
    expect((await db.doc(`trajecten/${T1}`).get()).exists).toBe(true);
    expect((await db.doc(`trajecten/${P1}`).get()).exists).toBe(false);

    await admin.call('setLegalHold', { trajectId: T1, hold: false });
    expect(await (await run(token, '2033-03-10T02:00:00Z')).json()).toMatchObject({
      trajecten: { removed: 1, held: 0 },
    });
    expect((await db.doc(`trajecten/${T1}`).get()).exists).toBe(false);
  });
});
