// Mails people trust (docs/rules.md, "Mails people trust"): every mail says why and whom to ask, with Reply-To the
// institute's secretariat; only optional mails carry List-Unsubscribe (RFC 8058), and its one-click link cannot be
// turned against another person or another kind of mail; reminders still go after an unsubscribe; the daily mail
// goes at the person's chosen hour. The first part drives the outbox and the job by hand (triggers off); the last
// part lets the emulator's mailWritten send the mail and then uses its link on the deployed `unsubscribe` function.
import { mailDocSchema, signInLinkValidityText, type DigestEventItem } from '@praktijkvolg/domain';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MailConfig } from '../../functions/src/config.js';
import { eventDoc } from '../../functions/src/events/record.js';
import { enqueueMail, processMailWrite } from '../../functions/src/mail/outbox.js';
import { prepareMail } from '../../functions/src/mail/prepare.js';
import { smtpMailer } from '../../functions/src/mail/transport.js';
import { applyUnsubscribe, unsubscribeToken } from '../../functions/src/mail/unsubscribe.js';
import { runReminders } from '../../functions/src/reminders/job.js';
import '../../functions/src/reminders/sendTime.js';
import '../../functions/src/links/signIn.js';
import { APP_URL } from '../support/ports.js';
import {
  adminAuth,
  adminDb,
  closeAdmin,
  eventually,
  functionUrl,
  resetFirestore,
  setBackgroundTriggers,
} from '../support/stack.js';
import { createTraject, seedPeople, smtpSink, traject } from './helpers.js';

const db = adminDb();
const KEY = 'test-only-unsubscribe-key-0123456789';
const deps = { auth: () => adminAuth(), appUrl: () => APP_URL, unsubscribeKey: () => KEY };
const config = (port: number): MailConfig => ({
  host: '127.0.0.1',
  port,
  secure: false,
  user: '',
  password: '',
  from: 'Praktijkvolg <noreply@praktijkvolg.local>',
  appUrl: APP_URL,
});
const CONTACT = { name: 'Secretariaat Huisartsopleiding', email: 'secretariaat@lumc.example' };
const WEDNESDAY_7 = new Date('2025-12-10T06:00:00Z'); // 07:00 in Amsterdam
const WEDNESDAY_12 = new Date('2025-12-10T11:00:00Z');
const WEDNESDAY_17 = new Date('2025-12-10T16:00:00Z');
const THURSDAY_7 = new Date('2025-12-11T06:00:00Z');
const t1 = traject({
  startDate: '2025-09-01',
  roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] },
});

const event = (uid: string, n: number): DigestEventItem => ({
  eventId: `traject-new_tx${n}_${uid}`,
  kind: 'traject_new',
  title: `Nieuw traject: Traject ${n}`,
  why: 'Je krijgt dit bericht omdat je opleider bent in dit traject.',
  path: '/',
  lines: [],
});
const addEvent = (uid: string, n: number, now: Date) =>
  db.doc(`digestEvents/${event(uid, n).eventId}`).set(eventDoc(uid, 'lumc', event(uid, n), now));
const mail = async (id: string) => {
  const snap = await db.doc(`mail/${id}`).get();
  return snap.exists ? mailDocSchema.parse(snap.data()) : null;
};

let sink: Awaited<ReturnType<typeof smtpSink>>;
async function deliver(mailId: string) {
  const ref = db.doc(`mail/${mailId}`);
  const mailer = smtpMailer(config(sink.port));
  await processMailWrite(db, ref, mailer, prepareMail(db, deps)); // -> PENDING
  await processMailWrite(db, ref, mailer, prepareMail(db, deps)); // -> delivered (or skipped)
  return sink.mails.at(-1);
}

describe('by hand (triggers off)', () => {
  beforeEach(async () => {
    await setBackgroundTriggers(false);
    await resetFirestore();
    sink = await smtpSink();
    await db.doc('institutes/lumc').set({ name: 'LUMC', secretariaat: CONTACT });
    await seedPeople(db, [
      { uid: 'a1', displayName: 'Sanne Visser' },
      { uid: 'o1', displayName: 'Jan de Vries' },
      { uid: 'g1', displayName: 'Gerda Docent' },
      { uid: 'n1', displayName: 'Nadia Nieuw' },
    ]);
    await createTraject(db, 't1', t1, new Date('2025-08-20T09:00:00Z'));
  });
  afterEach(() => sink.close());

  it('every mail says why the person gets it and whom to ask, and replies go to the secretariat', async () => {
    await enqueueMail(
      db,
      {
        to: 'a1@example.nl',
        message: { subject: 'Herinnering: ComBel maand 3', text: 'Vul je deel in.' },
        purpose: 'part.remind_now',
        instituteId: 'lumc',
        recipientUid: 'a1',
      },
      'remind-a1',
    );
    const sent = await deliver('remind-a1');
    expect(sent!.replyTo).toBe(CONTACT.email);
    expect(sent!.text).toContain(
      'Je krijgt deze mail omdat het secretariaat je herinnert aan een formulierdeel dat jij invult.',
    );
    expect(sent!.text).toContain(`Vragen? Neem contact op met ${CONTACT.name} (${CONTACT.email}).`);
    // Obligatory: no way to unsubscribe from it, not in the headers and not in the text.
    expect(sent!.header!('list-unsubscribe')).toBeUndefined();
    expect(sent!.header!('list-unsubscribe-post')).toBeUndefined();
    expect(sent!.text).not.toContain('/afmelden/');
  });

  it('the sign-in mail says how long its link works, as the sign-in page does, and whom to ask', async () => {
    await enqueueMail(
      db,
      {
        to: 'a1@example.nl',
        message: { subject: 'Je aanmeldlink voor Praktijkvolg', text: '[placeholder]' },
        purpose: 'link.signin',
        continuePath: '/',
      },
      'signin-a1',
    );
    const sent = await deliver('signin-a1');
    expect(sent!.text).toContain(signInLinkValidityText());
    expect(sent!.text).toContain('Je krijgt deze mail omdat iemand op de aanmeldpagina');
    expect(sent!.replyTo).toBe(CONTACT.email); // the institute is known once the address is
    expect(sent!.header!('list-unsubscribe')).toBeUndefined();
  });

  it('a digest of messages only carries List-Unsubscribe; a digest with reminders never does', async () => {
    await addEvent('n1', 1, WEDNESDAY_7);
    await addEvent('a1', 2, WEDNESDAY_7);
    await runReminders(db, WEDNESDAY_7, { appUrl: APP_URL });
    expect((await mail('digest_n1_2025-12-10'))!.purpose).toBe('event_digest');
    expect((await mail('digest_a1_2025-12-10'))!.purpose).toBe('reminder_digest');

    const optional = await deliver('digest_n1_2025-12-10');
    const url = `${APP_URL}/afmelden/${unsubscribeToken(KEY, 'n1', 'berichten')}`;
    expect(optional!.header!('list-unsubscribe')).toBe(`<${url}>`);
    expect(optional!.header!('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(optional!.replyTo).toBe(CONTACT.email);
    expect(optional!.text).toContain(url);

    const reminder = await deliver('digest_a1_2025-12-10');
    expect(reminder!.header!('list-unsubscribe')).toBeUndefined();
    expect(reminder!.text).toContain('Herinneringen aan je eigen formulieren kun je niet uitzetten');
  });

  it('after an unsubscribe the reminders still go, without the messages and without List-Unsubscribe', async () => {
    const token = unsubscribeToken(KEY, 'a1', 'berichten');
    expect(await applyUnsubscribe(db, KEY, token, WEDNESDAY_7)).toMatchObject({
      kind: 'valid',
      optedOut: true,
    });
    await addEvent('a1', 3, WEDNESDAY_7);
    const report = await runReminders(db, WEDNESDAY_7, { appUrl: APP_URL });
    expect(report.eventsOptedOut).toBe(1);
    const queued = (await mail('digest_a1_2025-12-10'))!;
    expect(queued.purpose).toBe('reminder_digest');
    expect(queued.message.text).not.toContain('Nieuw traject');
    expect((await db.doc('digestEvents/traject-new_tx3_a1').get()).data()).toMatchObject({
      digestedOn: '2025-12-10',
      optedOut: true,
    });
    const sent = await deliver('digest_a1_2025-12-10');
    expect(sent!.subject).toMatch(/^Herinnering: /);
    expect(sent!.header!('list-unsubscribe')).toBeUndefined();
  });

  it('a message-only digest queued before the unsubscribe is not sent after it', async () => {
    await addEvent('n1', 4, WEDNESDAY_7);
    await runReminders(db, WEDNESDAY_7, { appUrl: APP_URL });
    await applyUnsubscribe(db, KEY, unsubscribeToken(KEY, 'n1', 'berichten'), WEDNESDAY_7);
    const before = sink.mails.length;
    await deliver('digest_n1_2025-12-10');
    expect(sink.mails).toHaveLength(before);
    expect((await mail('digest_n1_2025-12-10'))!.delivery).toMatchObject({ state: 'SUCCESS' });
  });

  it('the daily mail goes at the hour the person chose, once, reading only what waits', async () => {
    await db.doc('preferences/o1').set({ digestHour: 17 });
    const seven = await runReminders(db, WEDNESDAY_7, { appUrl: APP_URL });
    expect(seven.digestsWaiting).toBe(1);
    expect(await mail('digest_a1_2025-12-10')).not.toBeNull(); // no preference: 07:00
    expect(await mail('digest_o1_2025-12-10')).toBeNull();
    expect((await db.doc('reminderDigests/o1_2025-12-10').get()).get('sendAt').toDate()).toEqual(
      WEDNESDAY_17,
    );

    const noon = await runReminders(db, WEDNESDAY_12, { appUrl: APP_URL });
    expect(noon).toMatchObject({ digestsQueued: 0, digestsReleased: 0, reads: 0 });
    expect(await mail('digest_o1_2025-12-10')).toBeNull();

    const five = await runReminders(db, WEDNESDAY_17, { appUrl: APP_URL });
    expect(five).toMatchObject({ digestsReleased: 1, reads: 2 }); // the waiting digest: query + transaction
    const released = (await mail('digest_o1_2025-12-10'))!;
    expect(released).toMatchObject({
      purpose: 'reminder_digest',
      recipientUid: 'o1',
      digestDate: '2025-12-10',
    });
    expect((await db.doc('reminderDigests/o1_2025-12-10').get()).get('sendAt')).toBeUndefined();
    expect(await runReminders(db, WEDNESDAY_17, { appUrl: APP_URL })).toMatchObject({ digestsReleased: 0 });

    // The next day the same again: planned at 07:00, sent at 17:00.
    expect(await runReminders(db, THURSDAY_7, { appUrl: APP_URL })).toMatchObject({ digestsWaiting: 1 });
  });
});

describe('the one-click link, on the deployed function', () => {
  afterAll(async () => {
    await setBackgroundTriggers(true);
    await closeAdmin();
  });

  it('GET asks, POST unsubscribes once; another person or another kind of mail is refused', async () => {
    // Institutes, people and digest events have no trigger: only the mail below wakes mailWritten.
    await setBackgroundTriggers(true);
    await resetFirestore();
    await db.doc('institutes/lumc').set({ name: 'LUMC', secretariaat: CONTACT });
    await seedPeople(db, [
      { uid: 'n1', displayName: 'Nadia Nieuw' },
      { uid: 'b1', displayName: 'Bram Ander' },
    ]);
    await addEvent('n1', 5, WEDNESDAY_7);
    await runReminders(db, WEDNESDAY_7, { appUrl: APP_URL });
    // The emulator's mailWritten sends it, signing the link with the deployment's own secret.
    const sent = await eventually('the message digest to be sent', async () => {
      const m = await mail('digest_n1_2025-12-10');
      return m?.delivery?.state === 'SUCCESS' ? m : undefined;
    });
    const header = sent.message.headers?.['List-Unsubscribe'] ?? '';
    expect(sent.message.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const token = /^<http:\/\/127\.0\.0\.1:\d+\/afmelden\/([^>]+)>$/.exec(header)?.[1];
    expect(token).toBeDefined();
    const at = (t: string) => `${functionUrl('unsubscribe')}/afmelden/${t}`;
    const post = (t: string) =>
      fetch(at(t), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    const prefs = async (uid: string) => (await db.doc(`preferences/${uid}`).get()).data();
    const audits = async () =>
      (await db.collection('audit').where('action', '==', 'mail.unsubscribed').get()).docs.map((d) =>
        d.data(),
      );

    const page = await fetch(at(token!));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('wil je geen berichten over je trajecten meer per e-mail krijgen?');
    expect(await prefs('n1')).toBeUndefined(); // a mail scanner opening the link changes nothing

    const [topic, , sig] = token!.split('.');
    const forgedPerson = `${topic}.${Buffer.from('b1').toString('base64url')}.${sig}`;
    const forgedTopic = `herinneringen.${token!.split('.').slice(1).join('.')}`;
    for (const forged of [forgedPerson, forgedTopic, 'berichten.YjE.' + 'A'.repeat(43), 'onzin']) {
      const res = await post(forged);
      expect(res.status, forged).toBe(404);
      expect(await res.text()).toContain('Deze afmeldlink klopt niet');
    }
    expect(await prefs('b1')).toBeUndefined();
    expect(await prefs('n1')).toBeUndefined();

    const done = await post(token!);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Je bent afgemeld');
    expect(await prefs('n1')).toMatchObject({ optOut: { berichten: true } });
    expect(await post(token!).then((r) => r.status)).toBe(200); // idempotent
    const trail = await audits();
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      actorUid: 'n1',
      target: 'preferences/n1',
      details: { topic: 'berichten' },
    });
    expect(await fetch(at(token!), { method: 'DELETE' }).then((r) => r.status)).toBe(405);
  }, 90_000); // switching the triggers on waits until one has really run (support/stack.ts)
});
