// The mail outbox over real SMTP (an in-process server; triggers off so the test owns the state machine):
// an outage followed by recovery delivers every mail exactly once, a sender that died mid-delivery is
// taken over after its lease, a permanent failure ends in ERROR, and every delivery is audited.
import { mailDocSchema } from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MailConfig } from '../../functions/src/config.js';
import {
  enqueueMail,
  LEASE_MS,
  MAX_ATTEMPTS,
  processMailWrite,
  requeueMail,
} from '../../functions/src/mail/outbox.js';
import { smtpMailer, type Mailer } from '../../functions/src/mail/transport.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, closeAdmin, resetFirestore, isolateProject } from '../support/stack.js';
import { closedPort, smtpSink } from './helpers.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();
const config = (port: number): MailConfig => ({
  host: '127.0.0.1',
  port,
  secure: false,
  user: '',
  password: '',
  from: 'Praktijkvolg <noreply@praktijkvolg.local>',
  appUrl: APP_URL,
});
const t0 = new Date('2025-12-10T06:00:00Z');
const at = (ms: number) => () => new Date(t0.getTime() + ms);
let sink: Awaited<ReturnType<typeof smtpSink>>;

async function state(id: string) {
  return mailDocSchema.parse((await db.doc(`mail/${id}`).get()).data()).delivery!;
}
/** What the mailWritten trigger does for every write, here called by hand until the mail settles. */
async function process(ids: string[], mailer: Mailer, now: () => Date) {
  for (const id of ids) {
    await processMailWrite(db, db.doc(`mail/${id}`), mailer, undefined, now);
    if ((await state(id)).state === 'PENDING')
      await processMailWrite(db, db.doc(`mail/${id}`), mailer, undefined, now);
  }
}

afterAll(closeAdmin);
beforeEach(async () => {
  await resetFirestore();
  sink = await smtpSink();
});
afterEach(() => sink.close());

describe('the mail outbox', () => {
  it('an SMTP outage followed by recovery delivers every mail exactly once', async () => {
    const ids = await Promise.all(
      ['een', 'twee', 'drie'].map((n) =>
        enqueueMail(
          db,
          { to: `${n}@example.nl`, message: { subject: `Bericht ${n}`, text: n }, instituteId: 'lumc' },
          `outage-${n}`,
        ),
      ),
    );
    const down = smtpMailer(config(await closedPort()));

    await process(ids, down, at(0));
    for (const id of ids)
      expect(await state(id)).toMatchObject({
        state: 'RETRY',
        attempts: 1,
        error: expect.stringMatching(/ECONNREFUSED/),
      });
    expect(await requeueMail(db, at(30_000)())).toBe(0); // backoff: not due yet
    expect(await requeueMail(db, at(61_000)())).toBe(3);
    await process(ids, down, at(61_000));
    for (const id of ids) expect(await state(id)).toMatchObject({ state: 'RETRY', attempts: 2 });
    expect((await state(ids[0]!)).nextAttemptTime!.toMillis()).toBe(t0.getTime() + 61_000 + 120_000); // doubled

    // The server is back.
    const up = smtpMailer(config(sink.port));
    expect(await requeueMail(db, at(200_000)())).toBe(3);
    await process(ids, up, at(200_000));
    for (const id of ids)
      expect(await state(id)).toMatchObject({ state: 'SUCCESS', attempts: 3, error: null });
    expect(sink.mails.map((m) => m.subject).sort()).toEqual(['Bericht drie', 'Bericht een', 'Bericht twee']);
    expect(sink.mails.map((m) => m.messageId).sort()).toEqual(
      ids.map((id) => `<${id}@praktijkvolg.mail>`).sort(),
    );

    // Nothing is due any more, and a duplicate trigger for a delivered mail sends nothing.
    expect(await requeueMail(db, at(10 * 3_600_000)())).toBe(0);
    await process(ids, up, at(10 * 3_600_000));
    await enqueueMail(
      db,
      { to: 'een@example.nl', message: { subject: 'Bericht een', text: 'een' } },
      'outage-een',
    );
    await process(ids, up, at(10 * 3_600_000));
    expect(sink.mails).toHaveLength(3);
    const audit = await db.collection('audit').where('action', '==', 'mail.sent').get();
    expect(audit.docs.map((d) => d.get('target')).sort()).toEqual(ids.map((id) => `mail/${id}`).sort());
    expect(audit.docs[0]!.get('instituteId')).toBe('lumc');
  });

  it('a sender that died mid-delivery is taken over after its lease, and only then', async () => {
    const id = await enqueueMail(
      db,
      { to: 'lease@example.nl', message: { subject: 'Lease', text: 'x' } },
      'lease-1',
    );
    await processMailWrite(db, db.doc(`mail/${id}`), smtpMailer(config(sink.port)), undefined, at(0)); // -> PENDING
    const hung: Mailer = { send: () => new Promise(() => undefined) }; // the instance dies while sending
    void processMailWrite(db, db.doc(`mail/${id}`), hung, undefined, at(0));
    const processing = await (async () => {
      for (let i = 0; i < 100; i++) {
        const s = await state(id);
        if (s.state === 'PROCESSING') return s;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('never PROCESSING');
    })();
    expect(processing.leaseExpireTime!.toMillis()).toBe(t0.getTime() + LEASE_MS);

    // A duplicate trigger while the lease holds does nothing; the sweeper leaves it alone until the lease ends.
    await processMailWrite(db, db.doc(`mail/${id}`), smtpMailer(config(sink.port)), undefined, at(1_000));
    expect(await requeueMail(db, at(LEASE_MS - 1)())).toBe(0);
    expect(sink.mails).toHaveLength(0);

    expect(await requeueMail(db, at(LEASE_MS + 1)())).toBe(1);
    await process([id], smtpMailer(config(sink.port)), at(LEASE_MS + 1));
    expect(await state(id)).toMatchObject({ state: 'SUCCESS', attempts: 2 });
    expect(sink.mails.map((m) => m.to)).toEqual([['lease@example.nl']]);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts with ERROR, audited`, async () => {
    const id = await enqueueMail(
      db,
      { to: 'nooit@example.nl', message: { subject: 'Nooit', text: 'x' }, instituteId: 'lumc' },
      'never-1',
    );
    const down = smtpMailer(config(await closedPort()));
    let clock = 0;
    await process([id], down, at(clock));
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      clock += 3_600_000;
      expect(await requeueMail(db, at(clock)())).toBe(1);
      await process([id], down, at(clock));
    }
    expect(await state(id)).toMatchObject({ state: 'ERROR', attempts: MAX_ATTEMPTS });
    expect(await requeueMail(db, at(clock + 10 * 3_600_000)())).toBe(0);
    const failed = await db.collection('audit').where('action', '==', 'mail.failed').get();
    expect(failed.docs.map((d) => d.get('details.attempts'))).toEqual([MAX_ATTEMPTS]);
    expect((await db.doc(`mail/${id}`).get()).get('delivery.endTime')).toBeInstanceOf(Timestamp);
  });

  it('marks a document that is no mail ERROR once, so its own update does not re-trigger it for ever', async () => {
    const ref = db.doc('mail/no-mail-1');
    await ref.set({ probe: 'no mail' });
    const mailer = smtpMailer(config(await closedPort()));
    await processMailWrite(db, ref, mailer, undefined, at(0));
    const marked = await ref.get();
    expect(marked.get('delivery.state')).toBe('ERROR');
    await processMailWrite(db, ref, mailer, undefined, at(1_000)); // what the trigger on that update does
    expect((await ref.get()).updateTime?.isEqual(marked.updateTime!)).toBe(true);
    expect(sink.mails).toEqual([]);
  });
});
