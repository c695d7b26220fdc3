// Traject lifecycle on the Firestore emulator, through the plain functions (triggers off): the schedule
// becomes form instances, recomputing is idempotent, role changes and pauses move only what is open,
// submissions complete and reveal forms, and complete advice asks the hoofd opleiding to decide.
import { computeSchedule, formEnvelopeSchema, partDocSchema } from '@praktijkvolg/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { syncTrajectForms } from '../../functions/src/forms/sync.js';
import { onTrajectWritten } from '../../functions/src/forms/traject.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, closeAdmin, resetFirestore, isolateProject } from '../support/stack.js';
import { createTraject, exampleAnswers, seedPeople, submitPart, traject } from './helpers.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();
const created = new Date('2025-08-20T09:00:00Z');
const roles = { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1'] };
const t1 = traject({ startDate: '2025-09-01', roles });

async function forms(trajectId = 't1') {
  const snap = await db.collection('forms').where('trajectId', '==', trajectId).get();
  return new Map(
    snap.docs.map((d) => [
      d.id,
      { ...formEnvelopeSchema.parse(d.data()), updateTime: d.updateTime.toMillis() },
    ]),
  );
}
async function part(formId: string, partId: string) {
  const snap = await db.doc(`forms/${formId}/parts/${partId}`).get();
  return snap.exists ? partDocSchema.parse(snap.data()) : null;
}
async function audit(action: string) {
  return (await db.collection('audit').where('action', '==', action).get()).docs.map((d) => d.data());
}

afterAll(closeAdmin);
beforeEach(async () => {
  await resetFirestore();
  await db.doc('institutes/lumc').set({ name: 'LUMC', escalateAfterDays: 7 });
});

describe('creating a traject', () => {
  it('produces exactly the schedule’s form instances with their parts, raters and windows', async () => {
    await createTraject(db, 't1', t1, created);
    const expected = computeSchedule({
      trajectId: 't1',
      programme: 'huisarts_jaar1',
      startDate: '2025-09-01',
      roles,
    });
    const stored = await forms();
    expect([...stored.keys()].sort()).toEqual(expected.map((s) => s.formId).sort());
    expect(stored.size).toBe(15);

    const combel = stored.get('t1__combel-m3')!;
    expect(combel).toMatchObject({
      status: 'open',
      formType: 'combel',
      traineeName: 'Sanne Visser',
      revealed: false,
      staffVisible: true,
      raterUids: ['a1', 'g1', 'o1', 'o2'],
    });
    expect(combel.parts).toEqual({
      aios: { role: 'aios', raterUids: ['a1'], status: 'open' },
      opleider: { role: 'opleider', raterUids: ['o1', 'o2'], status: 'open' },
      groepsdocent: { role: 'groepsdocent', raterUids: ['g1'], status: 'open' },
    });
    expect(combel.dueAt.toDate().toISOString()).toBe('2025-12-01T22:59:59.000Z');
    expect(combel.nextReminderAt!.toDate().toISOString()).toBe('2025-11-23T23:00:00.000Z'); // remindFrom, 7 days before
    expect(stored.get('t1__combel-m6')!.parts.groepsdocent).toBeUndefined(); // the docent part only at m3 and m9

    const leoh = stored.get('t1__leoh-private-m3-o2')!;
    expect(leoh).toMatchObject({
      subjectUid: 'o2',
      leohKind: 'private',
      readerUids: ['a1', 'o2'],
      staffVisible: false,
    });
    expect(await part('t1__leoh-private-m3-o2', 'aios')).toMatchObject({
      subjectUid: 'o2',
      leohKind: 'private',
      status: 'open',
      answers: {},
      version: 1,
      schemaVersion: 1,
    });
    expect(stored.get('t1__voortgangsbeslissing')!.parts).toEqual({
      hoofd_opleiding: { role: 'hoofd_opleiding', raterUids: [], status: 'open' },
    });
  });

  it('a second run with the same input writes nothing', async () => {
    await createTraject(db, 't1', t1, created);
    const first = await forms();
    const report = await syncTrajectForms(db, 't1', t1, new Date('2025-11-25T09:00:00Z'));
    expect(report).toEqual({ scheduled: 15, created: 0, updated: 0, retired: 0, unchanged: 15 });
    const second = await forms();
    for (const [id, f] of first) expect(second.get(id)!.updateTime).toBe(f.updateTime);
  });
});

describe('changing a traject', () => {
  it('a role change updates open parts, never a submitted one; a removed opleider’s unfilled LEOh is vervallen', async () => {
    await createTraject(db, 't1', t1, created);
    const at = new Date('2025-11-26T10:00:00Z');
    const own = exampleAnswers('combel', 'aios', { tops: 'Eigen antwoord.' });
    await submitPart(db, 't1__combel-m3', 'aios', 'a1', at, own);
    await submitPart(db, 't1__leoh-private-m3-o2', 'aios', 'a1', at);

    const changed = traject({
      startDate: '2025-09-01',
      roles: { aios: ['a1'], opleider: ['o1', 'o3'], groepsdocent: ['g1'] },
    });
    await db.doc('trajecten/t1').set(changed);
    await onTrajectWritten(db, { trajectId: 't1', before: t1, after: changed, changeKey: 'k1', now: at });

    expect(await part('t1__combel-m3', 'opleider')).toMatchObject({
      raterUids: ['o1', 'o3'],
      status: 'open',
    });
    expect(await part('t1__combel-m3', 'aios')).toMatchObject({
      raterUids: ['a1'],
      status: 'submitted',
      answers: own,
    });
    const stored = await forms();
    expect(stored.get('t1__combel-m3')!.raterUids).toEqual(['a1', 'g1', 'o1', 'o3']);
    // o2 left: the LEOh about o2 that the aios already filled stays (no more reminders); the unfilled one is vervallen.
    expect(stored.get('t1__leoh-private-m3-o2')).toMatchObject({ status: 'completed', nextReminderAt: null });
    expect(stored.get('t1__leoh-dossier-m9-o2')).toMatchObject({ status: 'vervallen', nextReminderAt: null });
    expect(stored.get('t1__leoh-private-m3-o3')).toMatchObject({
      status: 'open',
      subjectUid: 'o3',
      readerUids: ['a1', 'o3'],
    });
    expect(stored.size).toBe(17);
    expect(await audit('traject.roles_changed')).toEqual([
      expect.objectContaining({
        instituteId: 'lumc',
        actorUid: 'sec1',
        target: 'trajecten/t1',
        details: { before: roles, after: changed.roles },
      }),
    ]);
    // The same change delivered twice audits once.
    await onTrajectWritten(db, { trajectId: 't1', before: t1, after: changed, changeKey: 'k1', now: at });
    expect(await audit('traject.roles_changed')).toHaveLength(1);
  });

  it('sick leave (a pause) moves deadlines and reminders of open forms, not of completed ones', async () => {
    await createTraject(db, 't1', t1, created);
    const at = new Date('2025-10-05T10:00:00Z');
    for (const p of ['aios', 'opleider', 'groepsdocent'])
      await submitPart(db, 't1__combel-m3', p, p === 'aios' ? 'a1' : p === 'opleider' ? 'o1' : 'g1', at);
    const before = (await forms()).get('t1__combel-m3')!;
    const sick = traject({
      startDate: '2025-09-01',
      roles,
      pauses: [{ from: '2025-10-01', to: '2025-10-28', reason: 'ziekteverlof' }],
    });
    await onTrajectWritten(db, { trajectId: 't1', before: t1, after: sick, changeKey: 'k2', now: at });
    expect(await audit('traject.roles_changed')).toEqual([]); // dates changed, roles did not
    const after = await forms();
    expect(after.get('t1__combel-m6')!.dueAt.toDate().toISOString()).toBe('2026-03-29T21:59:59.000Z'); // 28 days later
    expect(after.get('t1__combel-m6')!.nextReminderAt!.toDate().toISOString()).toBe(
      '2026-03-21T23:00:00.000Z',
    );
    expect(after.get('t1__combel-m3')!.status).toBe('completed');
    expect(after.get('t1__combel-m3')!.nextReminderAt).toBeNull();
    expect(await part('t1__combel-m3', 'aios')).toMatchObject({
      status: 'submitted',
      closesAt: before.closesAt,
    });
  });

  it('a stopped traject: unfinished forms are vervallen, finished ones stay', async () => {
    await createTraject(db, 't1', t1, created);
    const at = new Date('2025-11-26T10:00:00Z');
    await submitPart(db, 't1__leoh-private-m3-o1', 'aios', 'a1', at);
    await syncTrajectForms(db, 't1', { ...t1, status: 'gestopt' }, at);
    const stored = await forms();
    expect([...stored.values()].filter((f) => f.status === 'vervallen')).toHaveLength(14);
    expect(stored.get('t1__leoh-private-m3-o1')!.status).toBe('completed');
    expect([...stored.values()].every((f) => f.nextReminderAt === null)).toBe(true);
  });
});

describe('submitting parts', () => {
  it('the envelope index follows; the last part completes and reveals a sealed form, audited once per submission', async () => {
    await createTraject(db, 't1', t1, created);
    const at = new Date('2025-11-28T10:00:00Z');
    await submitPart(db, 't1__combel-m3', 'aios', 'a1', at);
    let f = (await forms()).get('t1__combel-m3')!;
    expect(f.parts.aios).toMatchObject({ status: 'submitted' });
    expect(f.parts.aios!.submittedAt!.toDate()).toEqual(at);
    expect(f).toMatchObject({ status: 'open', revealed: false });
    expect(await part('t1__combel-m3', 'opleider')).toMatchObject({ revealed: false });

    await submitPart(db, 't1__combel-m3', 'opleider', 'o2', at);
    const last = await submitPart(db, 't1__combel-m3', 'groepsdocent', 'g1', at);
    expect(last).toMatchObject({ acted: true, completed: true });
    f = (await forms()).get('t1__combel-m3')!;
    expect(f).toMatchObject({ status: 'completed', revealed: true, nextReminderAt: null });
    for (const p of ['aios', 'opleider', 'groepsdocent'])
      expect(await part('t1__combel-m3', p)).toMatchObject({ revealed: true, status: 'submitted' });

    const entries = await audit('part.submitted');
    expect(entries.map((e) => [e.target, e.actorUid])).toEqual(
      expect.arrayContaining([
        ['forms/t1__combel-m3/parts/aios', 'a1'],
        ['forms/t1__combel-m3/parts/opleider', 'o2'],
        ['forms/t1__combel-m3/parts/groepsdocent', 'g1'],
      ]),
    );
    expect(entries).toHaveLength(3);
  });

  it('the hoofd opleiding is asked to decide once all advice of the year is in, exactly once; the decision is audited', async () => {
    await seedPeople(db, [
      { uid: 'h1', displayName: 'Hoofd Opleiding', staffRoles: ['hoofd_opleiding'] },
      { uid: 'h9', displayName: 'Ander Hoofd', instituteId: 'elders', staffRoles: ['hoofd_opleiding'] },
      { uid: 's1', displayName: 'Secretariaat', staffRoles: ['secretariaat'] },
    ]);
    await createTraject(db, 't1', t1, created);
    const first = await submitPart(
      db,
      't1__voortgangsadvies-m6',
      'opleider',
      'o1',
      new Date('2026-02-25T10:00:00Z'),
      exampleAnswers('voortgangsadvies', 'opleider', { advies: 'go' }),
    );
    expect(first.decisionRequest).toBe('advice_pending');
    // The docenten's advice, given in the voortgangsgesprek of month 9 (policies/voortgangsbeslissing.ts).
    const docenten = await submitPart(
      db,
      't1__voortgangsgesprek-m9',
      'groepsdocent',
      'g1',
      new Date('2026-05-28T10:00:00Z'),
      exampleAnswers('voortgangsgesprek', 'groepsdocent', { advies: 'go' }),
    );
    expect(docenten.decisionRequest).toBe('advice_pending');
    expect((await db.collection('mail').get()).size).toBe(0);

    const second = await submitPart(
      db,
      't1__voortgangsadvies-m9',
      'opleider',
      'o1',
      new Date('2026-05-30T10:00:00Z'),
      exampleAnswers('voortgangsadvies', 'opleider', { advies: 'go' }),
    );
    expect(second.decisionRequest).toBe('requested');
    const mails = (await db.collection('mail').get()).docs;
    expect(mails.map((m) => [m.id, m.get('to')])).toEqual([
      ['decision-request_t1__voortgangsbeslissing_h1', 'h1@example.nl'],
    ]);
    expect(mails[0]!.get('message.subject')).toBe('Voortgangsbeslissing nemen: Sanne Visser');
    expect(mails[0]!.get('message.text')).toContain(
      `${APP_URL}/formulieren/t1__voortgangsbeslissing/hoofd_opleiding`,
    );

    // A re-delivered trigger for the same submission changes nothing.
    const after = partDocSchema.parse(
      (await db.doc('forms/t1__voortgangsadvies-m9/parts/opleider').get()).data(),
    );
    const { onPartWritten } = await import('../../functions/src/forms/parts.js');
    await onPartWritten(
      db,
      { formId: 't1__voortgangsadvies-m9', partId: 'opleider', before: { ...after, status: 'draft' }, after },
      new Date(),
      APP_URL,
    );
    expect((await db.collection('mail').get()).size).toBe(1);
    expect(await audit('decision.requested')).toHaveLength(1);
    expect(await audit('part.submitted')).toHaveLength(3);

    await submitPart(
      db,
      't1__voortgangsbeslissing',
      'hoofd_opleiding',
      'h1',
      new Date('2026-06-10T10:00:00Z'),
      exampleAnswers('voortgangsbeslissing', 'hoofd_opleiding', { uitkomst: 'door' }),
    );
    expect(await audit('decision.recorded')).toEqual([
      expect.objectContaining({
        actorUid: 'h1',
        target: 'forms/t1__voortgangsbeslissing/parts/hoofd_opleiding',
        details: expect.objectContaining({ uitkomst: 'door' }),
      }),
    ]);
    expect((await forms()).get('t1__voortgangsbeslissing')!.status).toBe('completed');
  });
});
