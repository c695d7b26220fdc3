// End to end on the test stack with every trigger on: the secretariat's traject write produces the forms
// (trajectWritten), an admin runs the reminder job over HTTP (runReminderJob, with a chosen `now`, which
// only the emulator accepts), the digests arrive in the maildev inbox over SMTP (mailWritten), a second
// run sends nothing, and complete advice (the opleider's and the docenten's) reaches the hoofd opleiding (partWritten).
import {
  addDaysIso,
  addMonthsIso,
  computeSchedule,
  daysBetweenIso,
  startOfDayAmsterdam,
  toIsoDate,
} from '@praktijkvolg/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWeekendDate } from '../../functions/src/forms/timing.js';
import { clearMail, mailTo } from '../support/mailbox.js';
import { APP_URL } from '../support/ports.js';
import {
  adminDb,
  closeAdmin,
  eventually,
  functionUrl,
  resetAuth,
  resetFirestore,
  setBackgroundTriggers,
} from '../support/stack.js';
import { exampleAnswers, idToken, seedPeople, traject } from './helpers.js';

const db = adminDb();
// The triggers compute the forms at the real time, so dates are relative to today: the job runs on the
// next weekday at 07:00, when the ComBel of month 3 is about 10 days late (window still open).
let jobDay = toIsoDate(new Date());
while (isWeekendDate(jobDay)) jobDay = addDaysIso(jobDay, 1);
const NOW = new Date(startOfDayAmsterdam(jobDay).getTime() + 7 * 3_600_000).toISOString();
const START = addMonthsIso(addDaysIso(jobDay, -10), -3);
const ROLES = { aios: ['e2e-a1'], opleider: ['e2e-o1'], groepsdocent: ['e2e-g1'] };
const combelDue = computeSchedule({
  trajectId: 'e1',
  programme: 'huisarts_jaar1',
  startDate: START,
  roles: ROLES,
}).find((f) => f.occurrenceKey === 'combel-m3')!.dueDate;
const people = ['e2e-a1', 'e2e-o1', 'e2e-g1', 'e2e-s1', 'e2e-h1'];

async function runJob(token: string | null, body: unknown = { now: NOW }) {
  const res = await fetch(functionUrl('runReminderJob'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  await setBackgroundTriggers(true);
  await Promise.all([resetFirestore(), resetAuth(), clearMail()]);
  await db.doc('institutes/lumc').set({ name: 'LUMC', escalateAfterDays: 7 });
  await seedPeople(db, [
    { uid: 'e2e-a1', displayName: 'Sanne Visser' },
    { uid: 'e2e-o1', displayName: 'Jan de Vries' },
    { uid: 'e2e-g1', displayName: 'Gerda Docent' },
    { uid: 'e2e-s1', displayName: 'Secretariaat', staffRoles: ['secretariaat'] },
    { uid: 'e2e-h1', displayName: 'Hoofd Opleiding', staffRoles: ['hoofd_opleiding'] },
  ]);
});
afterAll(() => closeAdmin());

describe('traject to inbox', () => {
  it('writing a traject makes its forms (trajectWritten)', async () => {
    await db.doc('trajecten/e1').set(traject({ startDate: START, roles: ROLES }));
    const count = await eventually('the forms of the traject', async () => {
      const snap = await db.collection('forms').where('trajectId', '==', 'e1').get();
      return snap.size === 13 ? snap.size : undefined;
    });
    expect(count).toBe(13);
    expect((await db.doc('forms/e1__combel-m3/parts/opleider').get()).get('raterUids')).toEqual(['e2e-o1']);
    const audit = await db.collection('audit').where('action', '==', 'traject.roles_changed').get();
    expect(audit.docs.map((d) => [d.get('target'), d.get('actorUid'), d.get('details.after')])).toEqual([
      ['trajecten/e1', 'sec1', ROLES],
    ]);
  });

  it('runReminderJob refuses callers who are not admin, and a malformed now', async () => {
    expect((await runJob(null)).status).toBe(401);
    expect((await runJob('not-a-token')).status).toBe(401);
    expect(
      (await runJob(await idToken('e2e-sec', { institute: 'lumc', staff: ['secretariaat'] }))).status,
    ).toBe(403);
    const admin = await idToken('e2e-admin', { institute: 'lumc', staff: ['admin'] });
    expect(await runJob(admin, { now: 'gisteren' })).toMatchObject({ status: 400 });
    expect((await db.collection('mail').get()).size).toBe(0);
  });

  it('an admin runs the job: one digest per person arrives over SMTP, with links to the exact forms; a second run sends nothing', async () => {
    const late = daysBetweenIso(combelDue, jobDay);
    expect(late).toBeGreaterThanOrEqual(7); // escalated (institute: after 7 days)
    const admin = await idToken('e2e-admin', { institute: 'lumc', staff: ['admin'] });
    const first = await runJob(admin);
    expect(first).toMatchObject({
      status: 200,
      body: { date: jobDay, dueForms: 2, digestsQueued: 4, escalationItems: 5 },
    });

    const inbox = await eventually(
      'four digests in the inbox',
      async () => {
        const all = await Promise.all(
          people.map(async (uid) => [uid, await mailTo(`${uid}@example.nl`)] as const),
        );
        const got = all.filter(([, m]) => m.length > 0);
        return got.length === 4 ? new Map(all) : undefined;
      },
      20_000,
    );
    expect(inbox.get('e2e-h1')).toEqual([]);
    const o1 = inbox.get('e2e-o1')!;
    expect(o1).toHaveLength(1);
    expect(o1[0]!.subject).toBe('Herinnering: 1 formulier voor jou open (1 te laat)');
    expect(o1[0]!.text).toContain(`(${late} dagen te laat)`);
    expect(o1[0]!.text).toContain(`${APP_URL}/formulieren/e1__combel-m3/opleider`);
    expect(o1[0]!.html).toContain(`href="${APP_URL}/formulieren/e1__combel-m3/opleider"`);
    expect(inbox.get('e2e-a1')![0]!.text).toContain(`${APP_URL}/formulieren/e1__leoh-private-m3-e2e-o1/aios`);
    expect(inbox.get('e2e-s1')![0]!.subject).toBe('Overzicht: 3 formulieren te laat bij anderen');

    await eventually('every digest recorded as sent', async () => {
      const audit = await db.collection('audit').where('action', '==', 'mail.sent').get();
      return audit.size === 4 ? audit.size : undefined;
    });

    const second = await runJob(admin);
    expect(second).toMatchObject({ status: 200, body: { digestsQueued: 0 } });
    expect((await db.collection('mail').get()).size).toBe(4);
    for (const uid of people) expect((await mailTo(`${uid}@example.nl`)).length).toBeLessThanOrEqual(1);
  });

  it('complete advice asks the hoofd opleiding to decide (partWritten), by mail', async () => {
    for (const formId of ['e1__voortgangsadvies-m6', 'e1__voortgangsadvies-m9']) {
      await db.doc(`forms/${formId}/parts/opleider`).update({
        status: 'submitted',
        answers: exampleAnswers('voortgangsadvies', 'opleider', { advies: 'go' }),
        submittedAt: new Date(),
        updatedBy: 'e2e-o1',
      });
    }
    // The decision also waits for the docenten's advice, given in the voortgangsgesprek of month 9.
    await db.doc('forms/e1__voortgangsgesprek-m9/parts/groepsdocent').update({
      status: 'submitted',
      answers: exampleAnswers('voortgangsgesprek', 'groepsdocent', { advies: 'go' }),
      submittedAt: new Date(),
      updatedBy: 'e2e-g1',
    });
    const [mail] = await eventually(
      'the decision request',
      async () => {
        const m = await mailTo('e2e-h1@example.nl');
        return m.length > 0 ? m : undefined;
      },
      20_000,
    );
    expect(mail!.subject).toBe('Voortgangsbeslissing nemen: Sanne Visser');
    expect(mail!.text).toContain(`${APP_URL}/formulieren/e1__voortgangsbeslissing/hoofd_opleiding`);
    expect((await db.doc('forms/e1__voortgangsadvies-m9').get()).get('status')).toBe('completed');
    expect(
      (await db.doc('forms/e1__voortgangsbeslissing/parts/hoofd_opleiding').get()).get('adviceComplete'),
    ).toBe(true);
  });
});
