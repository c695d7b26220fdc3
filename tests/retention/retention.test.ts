// The retention job (functions/src/retention/apply.ts) on the Firestore emulator, triggers off, at a chosen `now`:
// a world of expired, held and current trajecten (with forms, parts, versions, link tokens and audit entries) plus
// old and new mails, digests, tokens and counters. Run twice: exactly the expired ones are removed or anonymised,
// once; held and current ones are untouched to the byte; the second run changes nothing; the run is recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRetention, type RetentionReport } from '../../functions/src/retention/apply.js';
import { REMOVED_MESSAGE } from '../../functions/src/retention/shortTerms.js';
import { adminDb, closeAdmin, isolateProject } from '../support/stack.js';
import { DAY, dump, EXPIRED, KEPT, NOW, ofTraject, world } from './world.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();

afterAll(closeAdmin);

describe('the retention job on a world of expired, held and current trajecten', () => {
  let before: Map<string, string>;
  let auditBefore: Map<string, string>;
  let first: RetentionReport;
  let afterFirst: Map<string, string>;
  let second: RetentionReport;
  let afterSecond: Map<string, string>;
  let expected: { forms: number; parts: number };

  beforeAll(async () => {
    await world();
    before = await dump(db);
    const auditSnap = await db.collection('audit').get();
    auditBefore = new Map(auditSnap.docs.map((d) => [d.id, JSON.stringify(d.data())]));
    const forms = [...before.keys()].filter(
      (p) => /^forms\/[^/]+$/.test(p) && EXPIRED.some((id) => p.startsWith(`forms/${id}__`)),
    );
    const parts = [...before.keys()].filter(
      (p) => /^forms\/[^/]+\/parts\/[^/]+$/.test(p) && EXPIRED.some((id) => p.startsWith(`forms/${id}__`)),
    );
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
      const entry = doc.data() as {
        actorUid: string | null;
        target: string;
        details: Record<string, unknown>;
      };
      const ofExpired = EXPIRED.some(
        (id) => entry.target.includes(`${id}__`) || entry.target === `trajecten/${id}`,
      );
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
    const details = (target: string) =>
      snap.docs.find((d) => d.get('target') === target)?.get('details') as unknown;
    expect(details('forms/tExpired__leoh-dossier-m9-~/parts/aios')).toEqual({
      trajectId: 'tExpired',
      formType: 'leoh',
      partId: 'aios',
      version: 1,
      anonymised: true,
    });
    expect(details('forms/tExpired__combel-m3/parts/opleider')).toEqual({
      via: 'link',
      designatedAs: 'trainee',
      anonymised: true,
    });
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
    expect(Object.keys(JSON.parse(afterFirst.get('audit/sent-old')!).details).sort()).toEqual([
      'anonymised',
      'attempts',
      'purpose',
    ]);
    expect([exists('reminderDigests/o1_2033-02-18'), exists('reminderDigests/o1_2033-03-09')]).toEqual([
      false,
      true,
    ]);
    expect([exists('linkTokens/old'), exists('linkTokens/recent')]).toEqual([false, true]);
    expect([
      exists('linkRateLimits/signin_x_2033030901'),
      exists('linkRateLimits/signin_x_2033031002'),
    ]).toEqual([false, true]);
    expect(exists('retentionRuns/2030-01-01')).toBe(false);
  });

  it('a second run the same day finds nothing to do and changes nothing', () => {
    expect(second.trajecten).toEqual({
      removed: 0,
      held: 1,
      forms: 0,
      parts: 0,
      versions: 0,
      linkTokens: 0,
      auditAnonymised: 0,
    });
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
        trajecten: {
          removed: 3,
          forms: expected.forms,
          parts: expected.parts,
          versions: 3,
          linkTokens: 3,
          auditAnonymised: 9,
        },
        shortTerms: {
          mailsRemoved: 2,
          mailBodiesRemoved: 1,
          mailAuditAnonymised: 1,
          linkTokens: 1,
          reminderDigests: 1,
        },
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
