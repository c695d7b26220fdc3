// The world of the retention suite (retention.test.ts): seven trajecten with their schedule's forms and parts, a
// version, a link token and audit entries each; expired, held, current and running ones in three institutes (one
// without a settings document); plus finished and unfinished mails, digests, link tokens, counters and an old run.
import { Timestamp, type CollectionReference, type Firestore } from 'firebase-admin/firestore';
import { createTraject, seedPeople, traject } from '../functions/helpers.js';
import { adminDb, resetFirestore } from '../support/stack.js';

export const NOW = new Date('2033-03-10T02:00:00Z'); // 03:00 in Amsterdam, when the schedule runs
export const DAY = 86_400_000;
const ago = (days: number) => Timestamp.fromMillis(NOW.getTime() - days * DAY);
const at = (iso: string) => Timestamp.fromDate(new Date(iso));

/** id → [institute, status, last change, legal hold?]. Terms: lumc 7 years, kort 2, zonder (no document) 7. */
export const TRAJECTEN = {
  tExpired: ['lumc', 'afgerond', '2026-01-10T10:00:00Z', false], // 7 years passed on 10 January 2033
  tGestopt: ['kort', 'gestopt', '2030-06-01T10:00:00Z', false], // 2 years passed in 2032
  tNoDoc: ['zonder', 'afgerond', '2025-06-01T10:00:00Z', false], // the default 7 years passed in 2032
  tHeld: ['lumc', 'afgerond', '2020-01-01T10:00:00Z', true], // long past, but under a legal hold
  tCurrent: ['lumc', 'afgerond', '2027-01-01T10:00:00Z', false], // kept until 2034
  tKortCurrent: ['kort', 'afgerond', '2031-06-01T10:00:00Z', false], // kept until June 2033
  tActive: ['lumc', 'actief', '2020-01-01T10:00:00Z', false], // still running: no term at all
} as const;
export type TrajectId = keyof typeof TRAJECTEN;
export const EXPIRED: TrajectId[] = ['tExpired', 'tGestopt', 'tNoDoc'];
export const KEPT: TrajectId[] = ['tHeld', 'tCurrent', 'tKortCurrent', 'tActive'];

export async function world(): Promise<void> {
  const db = adminDb();
  await resetFirestore();
  await db.doc('institutes/lumc').set({ name: 'LUMC', retentionYears: 7 });
  await db.doc('institutes/kort').set({ name: 'Kort', retentionYears: 2 });
  await seedPeople(db, [
    { uid: 'a1', displayName: 'Sanne Visser' },
    { uid: 'o1', displayName: 'Jan de Vries' },
    { uid: 'g1', displayName: 'Gerda Docent' },
  ]);
  for (const [id, [instituteId, status, changed, held]] of Object.entries(TRAJECTEN)) {
    const t = traject({
      instituteId,
      startDate: '2019-09-02',
      traineeName: `Aios ${id}`,
      roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] },
    });
    await createTraject(db, id, t, new Date('2019-09-01T10:00:00Z'));
    await db.doc(`trajecten/${id}`).update({
      status,
      updatedAt: at(changed),
      ...(held
        ? { legalHold: { reason: 'Bezwaarprocedure', setBy: 'adm1', setAt: at('2032-01-01T10:00:00Z') } }
        : {}),
    });
    const form = `${id}__combel-m3`;
    await db.doc(`forms/${form}/parts/aios/versions/1`).set({
      instituteId,
      trajectId: id,
      formId: form,
      formType: 'combel',
      raterUids: ['a1'],
      answers: { tops: 'Eerste versie' },
    });
    await db.doc(`linkTokens/hash-${id}`).set({
      instituteId,
      formId: form,
      partId: 'opleider',
      raterName: 'Piet Waarnemer',
      raterEmail: 'piet@example.nl',
      uid: 'ext_1',
      createdAt: ago(3),
      expiresAt: Timestamp.fromMillis(NOW.getTime() + DAY),
      spentAt: null,
    });
    const audit = db.collection('audit');
    await audit.add({
      instituteId,
      at: at(changed),
      actorUid: 'sec1',
      action: 'traject.roles_changed',
      target: `trajecten/${id}`,
      details: { before: {}, after: { aios: ['a1'] } },
    });
    await audit.add({
      instituteId,
      at: at(changed),
      actorUid: 'a1',
      action: 'link.invited',
      target: `forms/${form}/parts/opleider`,
      details: {
        inviteeName: 'Piet Waarnemer',
        inviteeEmail: 'piet@example.nl',
        via: 'link',
        designatedAs: 'trainee',
        token: 'ab12cd34',
      },
    });
    await audit.add({
      instituteId,
      at: at(changed),
      actorUid: 'o1',
      action: 'part.submitted',
      target: `forms/${id}__leoh-dossier-m9-o1/parts/aios`,
      details: { trajectId: id, formType: 'leoh', partId: 'aios', version: 1 },
    });
  }
  // Short terms: finished mails, digests, expired link tokens, counters, an old run record.
  const mail = (state: string, endedDaysAgo: number | null, extra: Record<string, unknown> = {}) => ({
    to: 'o1@example.nl',
    message: {
      subject: 'Herinnering voor Jan de Vries',
      text: 'Beste Jan, vul de ComBel van Sanne Visser in.',
      html: '<p>Beste Jan</p>',
    },
    purpose: 'reminder_digest',
    recipientUid: 'o1',
    delivery: {
      state,
      attempts: 1,
      startTime: ago(60),
      endTime: endedDaysAgo === null ? null : ago(endedDaysAgo),
      error: null,
    },
    ...extra,
  });
  await db.doc('mail/digest_o1_2033-01-29').set(mail('SUCCESS', 40));
  await db.doc('mail/failed-old').set(mail('ERROR', 40));
  await db.doc('mail/digest_o1_2033-02-28').set(mail('SUCCESS', 10));
  await db.doc('mail/digest_o1_2033-03-08').set(mail('SUCCESS', 2));
  await db.doc('mail/retrying').set(mail('RETRY', null));
  await db
    .doc('mail/pending')
    .set({ ...mail('PENDING', null), delivery: { state: 'PENDING', attempts: 0, startTime: ago(50) } });
  await db
    .collection('audit')
    .doc('sent-old')
    .set({
      instituteId: 'lumc',
      at: ago(40),
      actorUid: null,
      action: 'mail.sent',
      target: 'mail/digest_o1_2033-01-29',
      details: {
        to: 'o1@example.nl',
        subject: 'Herinnering voor Jan de Vries',
        purpose: 'reminder_digest',
        attempts: 1,
        messageId: '<digest_o1_2033-01-29@praktijkvolg.mail>',
      },
    });
  await db
    .doc('reminderDigests/o1_2033-02-18')
    .set({ uid: 'o1', date: '2033-02-18', email: 'o1@example.nl', createdAt: ago(20), items: [] });
  await db
    .doc('reminderDigests/o1_2033-03-09')
    .set({ uid: 'o1', date: '2033-03-09', email: 'o1@example.nl', createdAt: ago(1), items: [] });
  await db.doc('linkTokens/old').set({
    instituteId: 'lumc',
    formId: 'tCurrent__combel-m3',
    partId: 'opleider',
    raterEmail: 'x@example.nl',
    createdAt: ago(50),
    expiresAt: ago(36),
    spentAt: null,
  });
  await db.doc('linkTokens/recent').set({
    instituteId: 'lumc',
    formId: 'tCurrent__combel-m3',
    partId: 'opleider',
    raterEmail: 'y@example.nl',
    createdAt: ago(19),
    expiresAt: ago(5),
    spentAt: ago(18),
  });
  await db.doc('linkRateLimits/signin_x_2033030901').set({ count: 2, kind: 'signin', expiresAt: ago(0.5) });
  await db
    .doc('linkRateLimits/signin_x_2033031002')
    .set({ count: 1, kind: 'signin', expiresAt: Timestamp.fromMillis(NOW.getTime() + 3_600_000) });
  await db.doc('retentionRuns/2030-01-01').set({
    date: '2030-01-01',
    runs: 1,
    lastRunAt: at('2030-01-01T02:00:00Z'),
    mailBodiesDoneUntil: at('2029-12-25T02:00:00Z'),
  });
}

/** Every document (path → data), for before/after comparisons. */
export async function dump(
  database: Firestore,
  skip: (path: string) => boolean = () => false,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (refs: CollectionReference[]) => {
    for (const col of refs) {
      for (const doc of await col.listDocuments()) {
        const snap = await doc.get();
        if (snap.exists && !skip(doc.path)) out.set(doc.path, JSON.stringify(snap.data()));
        await walk(await doc.listCollections());
      }
    }
  };
  await walk(await database.listCollections());
  return out;
}
export const ofTraject = (id: string) => (path: string) =>
  path.includes(`${id}__`) || path === `trajecten/${id}` || path === `linkTokens/hash-${id}`;
