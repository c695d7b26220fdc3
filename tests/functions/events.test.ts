// Event mails a user expects, inside the one-digest-a-day budget (domain policies/eventMails.ts; docs/data-model.md,
// "Event mails"): a new traject tells its aios and opleiders what comes first; a revealed ComBel tells everyone in
// it that the comparison is ready (again, after a correction). The events ride along with the next daily digest,
// each once: a retried trigger writes the same event, a second run of the job carries none again.
import { digestDocSchema, mailDocSchema } from '@praktijkvolg/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { reopenSubmittedPart } from '../../functions/src/corrections/reopen.js';
import { runReminders } from '../../functions/src/reminders/job.js';
import { onTrajectWritten } from '../../functions/src/forms/traject.js';
import { onPartWritten } from '../../functions/src/forms/parts.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, closeAdmin, resetFirestore, isolateProject } from '../support/stack.js';
import { seedPeople, submitPart, traject } from './helpers.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();
const CREATED = new Date('2025-08-20T09:00:00Z');
const WEDNESDAY = new Date('2025-12-10T06:00:00Z');
const THURSDAY = new Date('2025-12-11T06:00:00Z');
const t1 = traject({
  startDate: '2025-09-01',
  roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] },
});

const events = async () =>
  (await db.collection('digestEvents').get()).docs.map((d) => ({ id: d.id, ...d.data() }));
const create = () =>
  onTrajectWritten(db, { trajectId: 't1', before: undefined, after: t1, changeKey: 'c1', now: CREATED });

beforeEach(async () => {
  await resetFirestore();
  await db.doc('institutes/lumc').set({ name: 'LUMC' });
  await seedPeople(db, [
    { uid: 'a1', displayName: 'Sanne Visser' },
    { uid: 'o1', displayName: 'Jan de Vries' },
    { uid: 'g1', displayName: 'Gerda Docent' },
    { uid: 's1', displayName: 'Secretariaat LUMC', staffRoles: ['secretariaat'] },
  ]);
  await db.doc('trajecten/t1').set(t1);
});
afterAll(closeAdmin);

describe('a new traject', () => {
  it('tells the aios and the opleider what comes first, once, in their next digest', async () => {
    await create();
    await create(); // a retried trigger
    const list = await events();
    expect(list.map((e) => e.id).sort()).toEqual(['traject-new_t1_a1', 'traject-new_t1_o1']);
    const aios = list.find((e) => e.id === 'traject-new_t1_a1')!;
    expect(aios).toMatchObject({ uid: 'a1', kind: 'traject_new', path: '/', digestedOn: null });
    expect((aios as unknown as { lines: string[] }).lines[0]).toMatch(/^ComBel maand 3: aios, uiterlijk /);

    await runReminders(db, WEDNESDAY, { appUrl: APP_URL });
    const digest = digestDocSchema.parse((await db.doc('reminderDigests/a1_2025-12-10').get()).data());
    expect(digest.events?.map((e) => e.eventId)).toEqual(['traject-new_t1_a1']);
    expect(digest.events?.[0]?.link).toBe(`${APP_URL}/`);
    const mail = mailDocSchema.parse((await db.doc('mail/digest_a1_2025-12-10').get()).data());
    expect(mail.message.text).toContain('Nieuw voor jou:');
    expect(mail.message.text).toContain(
      'Je krijgt dit bericht omdat het secretariaat jouw traject heeft aangemaakt.',
    );
    expect((await db.doc('digestEvents/traject-new_t1_a1').get()).get('digestedOn')).toBe('2025-12-10');
    // The groepsdocent is not told (their digest reminds them when a form of theirs is due).
    expect((await events()).some((e) => (e as { uid?: string }).uid === 'g1')).toBe(false);

    await runReminders(db, THURSDAY, { appUrl: APP_URL });
    const next = await db.doc('reminderDigests/a1_2025-12-11').get();
    expect(next.exists ? digestDocSchema.parse(next.data()).events : undefined).toBeUndefined();
  });
});

describe('the comparison of a ComBel is ready', () => {
  it('tells aios, opleider and groepsdocent once per reveal, and again after a correction', async () => {
    await create();
    for (const id of ['traject-new_t1_a1', 'traject-new_t1_o1']) await db.doc(`digestEvents/${id}`).delete();
    const at = new Date('2025-11-30T10:00:00Z');
    await submitPart(db, 't1__combel-m3', 'aios', 'a1', at);
    await submitPart(db, 't1__combel-m3', 'opleider', 'o1', at);
    expect(await events()).toEqual([]); // not revealed yet
    await submitPart(db, 't1__combel-m3', 'groepsdocent', 'g1', at);
    expect((await db.doc('forms/t1__combel-m3').get()).get('revealed')).toBe(true);
    const ids = (await events()).map((e) => e.id).sort();
    expect(ids).toEqual([
      'comparison-ready_t1__combel-m3_r3_a1',
      'comparison-ready_t1__combel-m3_r3_g1',
      'comparison-ready_t1__combel-m3_r3_o1',
    ]);
    // A re-delivered trigger (the same write again) adds nothing.
    const part = (await db.doc('forms/t1__combel-m3/parts/groepsdocent').get()).data()!;
    await onPartWritten(
      db,
      {
        formId: 't1__combel-m3',
        partId: 'groepsdocent',
        before: { ...part, status: 'draft' } as never,
        after: part as never,
      },
      at,
      APP_URL,
    );
    expect((await events()).length).toBe(3);

    // The secretariat reopens the opleider part; once it is in again, the comparison is ready again.
    await reopenSubmittedPart(
      db,
      { uid: 's1', token: { institute: 'lumc', staff: ['secretariaat'] } },
      { formId: 't1__combel-m3', partId: 'opleider', reason: 'Datum verkeerd.' },
      at,
      APP_URL,
    );
    expect((await db.doc('forms/t1__combel-m3').get()).get('revealed')).toBe(false);
    await submitPart(db, 't1__combel-m3', 'opleider', 'o1', at);
    expect(
      (await events())
        .map((e) => e.id)
        .filter((id) => id.includes('_r4_'))
        .sort(),
    ).toEqual([
      'comparison-ready_t1__combel-m3_r4_a1',
      'comparison-ready_t1__combel-m3_r4_g1',
      'comparison-ready_t1__combel-m3_r4_o1',
    ]);

    await runReminders(db, WEDNESDAY, { appUrl: APP_URL });
    const mail = mailDocSchema.parse((await db.doc('mail/digest_g1_2025-12-10').get()).data());
    expect(mail.message.text).toContain('ComBel maand 3 van Sanne Visser: de vergelijking staat klaar');
    expect(mail.message.text).toContain(`Bekijken: ${APP_URL}/formulieren/t1__combel-m3`);
    expect(mail.message.text).toContain(
      'Je krijgt dit bericht omdat je het deel "groepsdocent" van deze ronde hebt ingevuld',
    );
  });
});
