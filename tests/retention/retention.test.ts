// The retention job (functions/src/retention/apply.ts) on the Firestore emulator, triggers off, at a chosen `now`:
// a world of expired, held and current trajecten (with forms, parts, versions, link tokens and audit entries) plus
// old and new mails, digests, tokens and counters. Run twice: exactly the expired ones are removed or anonymised,
// once; held and current ones are untouched to the byte; the second run changes nothing; the run is recorded.
import { Timestamp, type CollectionReference, type Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyRetention, type RetentionReport } from '../../functions/src/retention/apply.js';
import { REMOVED_MESSAGE } from '../../functions/src/retention/shortTerms.js';
import { createTraject, seedPeople, traject } from '../functions/helpers.js';
import { adminDb, closeAdmin, resetFirestore, setBackgroundTriggers } from '../support/stack.js';

const db = adminDb();
const NOW = new Date('2033-03-10T02:00:00Z'); // 03:00 in Amsterdam, when the schedule runs
const DAY = 86_400_000;
const ago = (days: number) => Timestamp.fromMillis(NOW.getTime() - days * DAY);
const at = (iso: string) => Timestamp.fromDate(new Date(iso));

/** id → [institute, status, last change, legal hold?]. Terms: lumc 7 years, kort 2, zonder (no document) 7. */
const TRAJECTEN = {
  tExpired: ['lumc', 'afgerond', '2026-01-10T10:00:00Z', false], // 7 years passed on 10 January 2033
  tGestopt: ['kort', 'gestopt', '2030-06-01T10:00:00Z', false], // 2 years passed in 2032
  tNoDoc: ['zonder', 'afgerond', '2025-06-01T10:00:00Z', false], // the default 7 years passed in 2032
  tHeld: ['lumc', 'afgerond', '2020-01-01T10:00:00Z', true], // long past, but under a legal hold
  tCurrent: ['lumc', 'afgerond', '2027-01-01T10:00:00Z', false], // kept until 2034
  tKortCurrent: ['kort', 'afgerond', '2031-06-01T10:00:00Z', false], // kept until June 2033
  tActive: ['lumc', 'actief', '2020-01-01T10:00:00Z', false], // still running: no term at all
} as const;
type TrajectId = keyof typeof TRAJECTEN;
const EXPIRED: TrajectId[] = ['tExpired', 'tGestopt', 'tNoDoc'];
const KEPT: TrajectId[] = ['tHeld', 'tCurrent', 'tKortCurrent', 'tActive'];

async function world(): Promise<void> {
  await resetFirestore();
  await db.doc('institutes/lumc').set({ name: 'LUMC', retentionYears: 7 });
  await db.doc('institutes/kort').set({ name: 'Kort', retentionYears: 2 });
  await seedPeople(db, [
    { uid: 'a1', displayName: 'Sanne Visser' },
    { uid: 'o1', displayName: 'Jan de Vries' },
    { uid: 'g1', displayName: 'Gerda Docent' },
  ]);
  for (const [id, [instituteId, status, changed, held]] of Object.entries(TRAJECTEN)) {
    const t = traject({ instituteId, startDate: '2019-09-02', traineeName: `Aios ${id}`, roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] } });
    await createTraject(db, id, t, new Date('2019-09-01T10:00:00Z'));
    await db.doc(`trajecten/${id}`).update({
      status,
      updatedAt: at(changed),
      ...(held ? { legalHold: { reason: 'Bezwaarprocedure', setBy: 'adm1', setAt: at('2032-01-01T10:00:00Z') } } : {}),
    });
    const form = `${id}__combel-m3`;
    await db.doc(`forms/${form}/parts/aios/versions/1`).set({ instituteId, trajectId: id, formId: form, formType: 'combel', raterUids: ['a1'], answers: { tops: 'Eerste versie' } });
    await db.doc(`linkTokens/hash-${id}`).set({ instituteId, formId: form, partId: 'opleider', raterName: 'Piet Waarnemer', raterEmail: 'piet@example.nl', uid: 'ext_1', createdAt: ago(3), expiresAt: Timestamp.fromMillis(NOW.getTime() + DAY), spentAt: null });
    const audit = db.collection('audit');
    await audit.add({ instituteId, at: at(changed), actorUid: 'sec1', action: 'traject.roles_changed', target: `trajecten/${id}`, details: { before: {}, after: { aios: ['a1'] } } });
    await audit.add({ instituteId, at: at(changed), actorUid: 'a1', action: 'link.invited', target: `forms/${form}/parts/opleider`, details: { inviteeName: 'Piet Waarnemer', inviteeEmail: 'piet@example.nl', via: 'link', designatedAs: 'trainee', token: 'ab12cd34' } });
    await audit.add({ instituteId, at: at(changed), actorUid: 'o1', action: 'part.submitted', target: `forms/${id}__leoh-dossier-m9-o1/parts/aios`, details: { trajectId: id, formType: 'leoh', partId: 'aios', version: 1 } });
  }
  // Short terms: finished mails, digests, expired link tokens, counters, an old run record.
  const mail = (state: string, endedDaysAgo: number | null, extra: Record<string, unknown> = {}) => ({
    to: 'o1@example.nl',
    message: { subject: 'Herinnering voor Jan de Vries', text: 'Beste Jan, vul de ComBel van Sanne Visser in.', html: '<p>Beste Jan</p>' },
    purpose: 'reminder_digest',
    recipientUid: 'o1',
    delivery: { state, attempts: 1, startTime: ago(60), endTime: endedDaysAgo === null ? null : ago(endedDaysAgo), error: null },
    ...extra,
  });
  await db.doc('mail/digest_o1_2033-01-29').set(mail('SUCCESS', 40));
  await db.doc('mail/failed-old').set(mail('ERROR', 40));
  await db.doc('mail/digest_o1_2033-02-28').set(mail('SUCCESS', 10));
  await db.doc('mail/digest_o1_2033-03-08').set(mail('SUCCESS', 2));
  await db.doc('mail/retrying').set(mail('RETRY', null));
  await db.doc('mail/pending').set({ ...mail('PENDING', null), delivery: { state: 'PENDING', attempts: 0, startTime: ago(50) } });
  await db.collection('audit').doc('sent-old').set({ instituteId: 'lumc', at: ago(40), actorUid: null, action: 'mail.sent', target: 'mail/digest_o1_2033-01-29', details: { to: 'o1@example.nl', subject: 'Herinnering voor Jan de Vries', purpose: 'reminder_digest', attempts: 1, messageId: '<digest_o1_2033-01-29@praktijkvolg.mail>' } });
  await db.doc('reminderDigests/o1_2033-02-18').set({ uid: 'o1', date: '2033-02-18', email: 'o1@example.nl', createdAt: ago(20), items: [] });
  await db.doc('reminderDigests/o1_2033-03-09').set({ uid: 'o1', date: '2033-03-09', email: 'o1@example.nl', createdAt: ago(1), items: [] });
  await db.doc('linkTokens/old').set({ instituteId: 'lumc', formId: 'tCurrent__combel-m3', partId: 'opleider', raterEmail: 'x@example.nl', createdAt: ago(50), expiresAt: ago(36), spentAt: null });
  await db.doc('linkTokens/recent').set({ instituteId: 'lumc', formId: 'tCurrent__combel-m3', partId: 'opleider', raterEmail: 'y@example.nl', createdAt: ago(19), expiresAt: ago(5), spentAt: ago(18) });
  await db.doc('linkRateLimits/signin_x_2033030901').set({ count: 2, kind: 'signin', expiresAt: ago(0.5) });
  await db.doc('linkRateLimits/signin_x_2033031002').set({ count: 1, kind: 'signin', expiresAt: Timestamp.fromMillis(NOW.getTime() + 3_600_000) });
  await db.doc('retentionRuns/2030-01-01').set({ date: '2030-01-01', runs: 1, lastRunAt: at('2030-01-01T02:00:00Z'), mailBodiesDoneUntil: at('2029-12-25T02:00:00Z') });
}

/** Every document (path → data), for before/after comparisons. */
async function dump(database: Firestore, skip: (path: string) => boolean = () => false): Promise<Map<string, string>> {
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
const ofTraject = (id: string) => (path: string) => path.includes(`${id}__`) || path === `trajecten/${id}` || path === `linkTokens/hash-${id}`;

beforeEach(() => setBackgroundTriggers(false));
afterAll(async () => {
  await setBackgroundTriggers(true);
  await closeAdmin();
});

describe('the retention job on a world of expired, held and current trajecten', () => {
  let before: Map<string, string>;
  let auditBefore: Map<string, string>;
  let first: RetentionReport;
  let afterFirst: Map<string, string>;
  let second: RetentionReport;
  let afterSecond: Map<string, string>;
  let expected: { forms: number; parts: number };

  beforeAll(async () => {
    await setBackgroundTriggers(false);
    await world();
    before = await dump(db);
    const auditSnap = await db.collection('audit').get();
    auditBefore = new Map(auditSnap.docs.map((d) => [d.id, JSON.stringify(d.data())]));
    const forms = [...before.keys()].filter((p) => /^forms\/[^/]+$/.test(p) && EXPIRED.some((id) => p.startsWith(`forms/${id}__`)));
    const parts = [...before.keys()].filter((p) => /^forms\/[^/]+\/parts\/[^/]+$/.test(p) && EXPIRED.some((id) => p.startsWith(`forms/${id}__`)));
    expected = { forms: forms.length, parts: parts.length };
    first = await applyRetention(db, NOW);
    afterFirst = await dump(db);
    second = await applyRetention(db, NOW);
    afterSecond = await dump(db);
  }, 120_000);

  it('removes the expired trajecten with all their forms, parts, versions and link tokens, and reports it', () => {
    expect(expected.forms).toBeGreaterThan(10); // the schedule made a year of forms per traject
    expect(first.trajecten).toEqual({
      removed: 3,
      held: 1,
      forms: expected.forms,
      parts: expected.parts,
      versions: 3,
      linkTokens: 3,
      auditAnonymised: 9,
    });
    for (const id of EXPIRED) {
      const left = [...afterFirst.keys()].filter((p) => ofTraject(id)(p) && !p.startsWith('audit/'));
      expect(left, id).toEqual([]);
    }
  });

  it('leaves held, current and active trajecten exactly as they were', () => {
    for (const id of KEPT) {
      const mine = [...before.keys()].filter(ofTraject(id));
      expect(mine.length, id).toBeGreaterThan(10);
      for (const path of mine) expect(afterFirst.get(path), path).toBe(before.get(path));
    }
    expect(first.trajecten.held).toBe(1);
  });

  it('anonymises the audit entries of expired trajecten and leaves the others alone', async () => {
    const snap = await db.collection('audit').get();
    let anonymised = 0;
    for (const doc of snap.docs) {
      const entry = doc.data() as { actorUid: string | null; target: string; details: Record<string, unknown> };
      const ofExpired = EXPIRED.some((id) => entry.target.includes(`${id}__`) || entry.target === `trajecten/${id}`);
      if (ofExpired) {
        anonymised++;
        expect(entry.actorUid, entry.target).toBeNull();
        expect(entry.details.anonymised).toBe(true);
        const text = JSON.stringify(entry);
        for (const personal of ['Piet', 'example.nl', 'ab12cd34', '"a1"', '"o1"', '"sec1"', '-o1']) {
          expect(text, `${doc.id}: ${personal}`).not.toContain(personal);
        }
      } else if (doc.id !== 'sent-old') {
        expect(JSON.stringify(entry), doc.id).toBe(auditBefore.get(doc.id));
      }
    }
    expect(anonymised).toBe(9);
    const details = (target: string) => snap.docs.find((d) => d.get('target') === target)?.get('details') as unknown;
    expect(details('forms/tExpired__leoh-dossier-m9-~/parts/aios')).toEqual({ trajectId: 'tExpired', formType: 'leoh', partId: 'aios', version: 1, anonymised: true });
    expect(details('forms/tExpired__combel-m3/parts/opleider')).toEqual({ via: 'link', designatedAs: 'trainee', anonymised: true });
    expect(details('trajecten/tExpired')).toEqual({ anonymised: true });
  });

  it('applies the short terms: mail bodies after 7 days, mails after 30, digests, tokens, counters and old runs', async () => {
    expect(first.shortTerms).toEqual({
      mailBodiesRemoved: 1,
      mailsRemoved: 2,
      mailAuditAnonymised: 1,
      reminderDigests: 1,
      linkTokens: 1,
      linkRateLimits: 1,
      retentionRuns: 1,
    });
    const exists = (p: string) => afterFirst.has(p);
    expect(exists('mail/digest_o1_2033-01-29') || exists('mail/failed-old')).toBe(false);
    expect(JSON.parse(afterFirst.get('mail/digest_o1_2033-02-28')!).message).toEqual(REMOVED_MESSAGE);
    expect(afterFirst.get('mail/digest_o1_2033-03-08')).toBe(before.get('mail/digest_o1_2033-03-08'));
    expect(afterFirst.get('mail/retrying')).toBe(before.get('mail/retrying'));
    expect(afterFirst.get('mail/pending')).toBe(before.get('mail/pending'));
    expect(JSON.parse(afterFirst.get('audit/sent-old')!)).toMatchObject({
      actorUid: null,
      action: 'mail.sent',
      target: 'mail/digest_~_2033-01-29',
      details: { purpose: 'reminder_digest', attempts: 1, anonymised: true },
    });
    expect(Object.keys(JSON.parse(afterFirst.get('audit/sent-old')!).details).sort()).toEqual(['anonymised', 'attempts', 'purpose']);
    expect([exists('reminderDigests/o1_2033-02-18'), exists('reminderDigests/o1_2033-03-09')]).toEqual([false, true]);
    expect([exists('linkTokens/old'), exists('linkTokens/recent')]).toEqual([false, true]);
    expect([exists('linkRateLimits/signin_x_2033030901'), exists('linkRateLimits/signin_x_2033031002')]).toEqual([false, true]);
    expect(exists('retentionRuns/2030-01-01')).toBe(false);
  });

  it('a second run the same day finds nothing to do and changes nothing', () => {
    expect(second.trajecten).toEqual({ removed: 0, held: 1, forms: 0, parts: 0, versions: 0, linkTokens: 0, auditAnonymised: 0 });
    expect(Object.values(second.shortTerms).every((n) => n === 0)).toBe(true);
    const data = (m: Map<string, string>) => new Map([...m].filter(([p]) => !p.startsWith('retentionRuns/')));
    expect(data(afterSecond)).toEqual(data(afterFirst));
  });

  it('records each run in the day’s record, counts only', async () => {
    const record = (await db.doc('retentionRuns/2033-03-10').get()).data()!;
    expect(record).toMatchObject({
      date: '2033-03-10',
      runs: 2,
      totals: {
        trajecten: { removed: 3, forms: expected.forms, parts: expected.parts, versions: 3, linkTokens: 3, auditAnonymised: 9 },
        shortTerms: { mailsRemoved: 2, mailBodiesRemoved: 1, mailAuditAnonymised: 1, linkTokens: 1, reminderDigests: 1 },
      },
      last: { trajecten: { removed: 0, held: 1 } },
    });
    expect(JSON.stringify(record)).not.toMatch(/example\.nl|Visser|Vries|Piet/);
    expect(second.reads).toBeLessThan(first.reads);
  });

  it('on a later day takes only the bodies that finished since the last run', async () => {
    const later = await applyRetention(db, new Date(NOW.getTime() + 6 * DAY));
    expect(later.shortTerms.mailBodiesRemoved).toBe(1); // the mail that finished 2 days before NOW
    expect((await db.doc('mail/digest_o1_2033-03-08').get()).get('message')).toEqual(REMOVED_MESSAGE);
    expect(later.trajecten.removed).toBe(0);
  });
});
