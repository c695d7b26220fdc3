// The reminder job at a chosen `now` on the Firestore emulator (triggers off, plain function): exactly
// the expected digests and escalations, nothing twice (re-run, concurrent run, crash before the forms are
// advanced), the weekend budget, and the send-time check that drops what was completed meanwhile.
import { mailDocSchema, type MailMessage, digestDocSchema } from '@praktijkvolg/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { processMailWrite } from '../../functions/src/mail/outbox.js';
import { prepareMail } from '../../functions/src/mail/prepare.js';
import '../../functions/src/reminders/sendTime.js'; // registers the digest's send-time preparer
import type { Mailer } from '../../functions/src/mail/transport.js';
import { runReminders } from '../../functions/src/reminders/job.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, closeAdmin, resetFirestore, isolateProject } from '../support/stack.js';
import { createTraject, seedPeople, submitPart, traject } from './helpers.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();
const WEDNESDAY = new Date('2025-12-10T06:00:00Z'); // 07:00 in Amsterdam
const run = (now: Date, extra: Partial<Parameters<typeof runReminders>[2]> = {}) =>
  runReminders(db, now, { appUrl: APP_URL, ...extra });

async function world(escalateAfterDays = 7): Promise<void> {
  await resetFirestore();
  await db.doc('institutes/lumc').set({ name: 'LUMC', escalateAfterDays });
  await db.doc('institutes/elders').set({ name: 'Elders' });
  await seedPeople(db, [
    { uid: 'a1', displayName: 'Sanne Visser' },
    { uid: 'a2', displayName: 'Ahmed Yilmaz' },
    { uid: 'o1', displayName: 'Jan de Vries' },
    { uid: 'g1', displayName: 'Gerda Docent' },
    { uid: 's1', displayName: 'Secretariaat LUMC', staffRoles: ['secretariaat'] },
    { uid: 'h1', displayName: 'Hoofd Opleiding', staffRoles: ['hoofd_opleiding'] },
    { uid: 's9', displayName: 'Secretariaat Elders', instituteId: 'elders', staffRoles: ['secretariaat'] },
  ]);
  const created = new Date('2025-08-20T09:00:00Z');
  await createTraject(
    db,
    't1',
    traject({ startDate: '2025-09-01', roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] } }),
    created,
  );
  await createTraject(
    db,
    't2',
    traject({
      startDate: '2025-09-15',
      traineeName: 'Ahmed Yilmaz',
      roles: { aios: ['a2'], opleider: ['o1'], groepsdocent: ['g1'] },
    }),
    created,
  );
  // t1's ComBel month 3 (due 1 December) is 9 days late on Wednesday 10 December; the aios already did her part.
  await submitPart(db, 't1__combel-m3', 'aios', 'a1', new Date('2025-11-30T10:00:00Z'));
}

async function mails() {
  const snap = await db.collection('mail').get();
  return new Map(snap.docs.map((d) => [d.id, mailDocSchema.parse(d.data())]));
}
async function digest(uid: string, date: string) {
  return digestDocSchema.parse((await db.doc(`reminderDigests/${uid}_${date}`).get()).data());
}
const items = (list: { formId: string; partId: string; daysOverdue: number }[]) =>
  list.map((i) => `${i.formId}/${i.partId} ${i.daysOverdue}`);

afterAll(closeAdmin);

describe('the reminder job on a weekday', () => {
  beforeEach(() => world());

  it('sends one digest per person with all their open items, and escalations after the delay, nothing else', async () => {
    const report = await run(WEDNESDAY);
    expect(report).toMatchObject({
      date: '2025-12-10',
      weekend: false,
      dueForms: 4,
      dueParts: 7,
      digestsQueued: 5,
      digestsAlreadyQueued: 0,
      escalationItems: 3,
      formsAdvanced: 4,
    });

    const sent = await mails();
    expect([...sent.keys()].sort()).toEqual([
      'digest_a1_2025-12-10',
      'digest_a2_2025-12-10',
      'digest_g1_2025-12-10',
      'digest_o1_2025-12-10',
      'digest_s1_2025-12-10',
    ]);
    expect(sent.get('digest_o1_2025-12-10')).toMatchObject({
      to: 'o1@example.nl',
      purpose: 'reminder_digest',
      recipientUid: 'o1',
      digestDate: '2025-12-10',
      instituteId: 'lumc',
    });

    expect(items((await digest('a1', '2025-12-10')).items)).toEqual(['t1__leoh-private-m3-o1/aios 9']);
    expect(items((await digest('a2', '2025-12-10')).items)).toEqual([
      't2__combel-m3/aios -5',
      't2__leoh-private-m3-o1/aios -5',
    ]);
    expect(items((await digest('o1', '2025-12-10')).items)).toEqual([
      't1__combel-m3/opleider 9',
      't2__combel-m3/opleider -5',
    ]);
    const g1 = await digest('g1', '2025-12-10');
    expect(items(g1.items)).toEqual(['t1__combel-m3/groepsdocent 9', 't2__combel-m3/groepsdocent -5']);
    expect(items(g1.escalations)).toEqual(['t1__combel-m3/opleider 9']);
    const s1 = await digest('s1', '2025-12-10');
    expect(s1.items).toEqual([]);
    expect(items(s1.escalations)).toEqual(['t1__combel-m3/groepsdocent 9', 't1__combel-m3/opleider 9']);
    expect(s1.escalations[1]!.raterNames).toEqual(['Jan de Vries']);
    // The private LEOh is never escalated (rule 3 of docs/rules.md), and the aios's submitted part is not listed.

    const o1 = sent.get('digest_o1_2025-12-10')!.message;
    expect(o1.subject).toBe('Herinnering: 2 formulieren voor jou open (1 te laat)');
    expect(o1.text).toContain(`Invullen: ${APP_URL}/formulieren/t1__combel-m3/opleider`);
    expect(o1.text).toContain(`Invullen: ${APP_URL}/formulieren/t2__combel-m3/opleider`);
    expect(o1.text).toContain('ComBel maand 3 – Ahmed Yilmaz');
    expect(o1.text).toContain('termijn was 1 december 2025 (9 dagen te laat)');
    expect(o1.html).toContain(`href="${APP_URL}/formulieren/t2__combel-m3/opleider"`);
    expect(sent.get('digest_s1_2025-12-10')!.message.subject).toBe(
      'Overzicht: 2 formulieren te laat bij anderen',
    );
  });

  it('running it again, later the same day, or twice at once sends nothing twice; the next day sends again', async () => {
    const [x, y] = await Promise.all([run(WEDNESDAY), run(WEDNESDAY)]);
    expect(x.digestsQueued + y.digestsQueued).toBe(5);
    expect((await run(WEDNESDAY)).digestsQueued).toBe(0);
    expect(await run(new Date('2025-12-10T15:00:00Z'))).toMatchObject({ dueForms: 0, digestsQueued: 0 });
    expect((await mails()).size).toBe(5);

    const thursday = await run(new Date('2025-12-11T06:00:00Z'));
    expect(thursday).toMatchObject({ date: '2025-12-11', dueForms: 4, digestsQueued: 5 });
    expect((await mails()).size).toBe(10);
  });

  it('a crash after queueing and before the forms are advanced: the re-run sends nothing twice', async () => {
    await expect(
      run(WEDNESDAY, { beforeAdvance: () => Promise.reject(new Error('instance died')) }),
    ).rejects.toThrow('instance died');
    expect((await mails()).size).toBe(5);
    const rerun = await run(WEDNESDAY);
    expect(rerun).toMatchObject({ dueForms: 4, digestsQueued: 0, digestsAlreadyQueued: 5, formsAdvanced: 4 });
    expect((await mails()).size).toBe(5);
  });

  it('escalates only after the institute’s delay', async () => {
    await world(10);
    const report = await run(WEDNESDAY);
    expect(report).toMatchObject({ digestsQueued: 4, escalationItems: 0 });
    expect((await mails()).has('digest_s1_2025-12-10')).toBe(false);
  });
});

describe('the weekend budget', () => {
  beforeEach(() => world());

  it('on Saturday only people with an overdue item of their own get a digest, without escalations', async () => {
    await run(WEDNESDAY);
    const saturday = await run(new Date('2025-12-13T06:00:00Z'));
    expect(saturday).toMatchObject({
      weekend: true,
      digestsQueued: 3,
      deferredForWeekend: 1,
      escalationItems: 0,
    });
    const ids = [...(await mails()).keys()].filter((id) => id.endsWith('2025-12-13')).sort();
    expect(ids).toEqual(['digest_a1_2025-12-13', 'digest_g1_2025-12-13', 'digest_o1_2025-12-13']);
    expect((await digest('g1', '2025-12-13')).escalations).toEqual([]);
    // Monday: everyone again, the deferred aios included.
    const monday = await run(new Date('2025-12-15T06:00:00Z'));
    expect(monday).toMatchObject({ weekend: false, digestsQueued: 5 });
  });
});

describe('the send-time check', () => {
  beforeEach(() => world());

  function fakeMailer() {
    const sent: { to: string | string[]; message: MailMessage }[] = [];
    const mailer: Mailer = {
      async send(to, message) {
        sent.push({ to, message });
        return { messageId: `<${sent.length}@fake>`, accepted: [String(to)], rejected: [] };
      },
    };
    return { mailer, sent };
  }
  async function deliver(mailId: string, mailer: Mailer) {
    const ref = db.doc(`mail/${mailId}`);
    await processMailWrite(db, ref, mailer, prepareMail(db)); // -> PENDING
    await processMailWrite(db, ref, mailer, prepareMail(db)); // -> delivered
    return mailDocSchema.parse((await ref.get()).data());
  }

  it('a form completed after the digest was queued is left out of the mail', async () => {
    await run(WEDNESDAY);
    await submitPart(db, 't2__combel-m3', 'opleider', 'o1', new Date('2025-12-10T06:30:00Z'));
    const { mailer, sent } = fakeMailer();
    const delivered = await deliver('digest_o1_2025-12-10', mailer);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.message.subject).toBe('Herinnering: 1 formulier voor jou open (1 te laat)');
    expect(sent[0]!.message.text).toContain('/formulieren/t1__combel-m3/opleider');
    expect(sent[0]!.message.text).not.toContain('t2__combel-m3');
    expect(delivered.delivery).toMatchObject({ state: 'SUCCESS', attempts: 1 });
    expect(delivered.message.subject).toBe(sent[0]!.message.subject); // what was really sent is recorded
  });

  it('a digest whose items were all completed is not sent at all', async () => {
    await run(WEDNESDAY);
    const at = new Date('2025-12-10T06:30:00Z');
    await submitPart(db, 't2__combel-m3', 'aios', 'a2', at);
    await submitPart(db, 't2__leoh-private-m3-o1', 'aios', 'a2', at);
    const { mailer, sent } = fakeMailer();
    const delivered = await deliver('digest_a2_2025-12-10', mailer);
    expect(sent).toEqual([]);
    expect(delivered.delivery).toMatchObject({
      state: 'SUCCESS',
      skippedReason: 'no longer relevant at send time',
    });
    expect((await db.collection('audit').where('action', '==', 'mail.sent').get()).size).toBe(0);
  });

  it('tomorrow the completed form is not found any more', async () => {
    await run(WEDNESDAY);
    for (const p of ['aios', 'opleider', 'groepsdocent'] as const)
      await submitPart(
        db,
        't2__combel-m3',
        p,
        { aios: 'a2', opleider: 'o1', groepsdocent: 'g1' }[p],
        new Date('2025-12-10T12:00:00Z'),
      );
    const thursday = await run(new Date('2025-12-11T06:00:00Z'));
    expect(thursday.dueForms).toBe(3);
    expect(items((await digest('o1', '2025-12-11')).items)).toEqual(['t1__combel-m3/opleider 10']);
  });
});
