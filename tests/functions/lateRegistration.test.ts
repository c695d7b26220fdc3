// Late registration (issue 12 item 7) on the Firestore emulator, through the plain trigger function (triggers
// off): a traject entered with a start date in the past gets its past forms per the secretariat's choices
// (traject.lateForms) and none lapses silently; windows that close while the traject runs still lapse.
import { formEnvelopeSchema, partDocSchema, type Traject } from '@praktijkvolg/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { syncTrajectForms } from '../../functions/src/forms/sync.js';
import { onTrajectWritten } from '../../functions/src/forms/traject.js';
import { adminDb, closeAdmin, resetFirestore, isolateProject } from '../support/stack.js';
import { traject } from './helpers.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();
// Start 1 September 2025, registered 1 May 2026: ComBel m3 (closed 12 Jan) and m6 (closed 12 Apr) are past.
const registered = new Date('2026-05-01T09:00:00Z');
const roles = { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] };

async function form(formId: string) {
  const snap = await db.doc(`forms/${formId}`).get();
  return formEnvelopeSchema.parse(snap.data());
}
async function allForms() {
  const snap = await db.collection('forms').where('trajectId', '==', 't1').get();
  return snap.docs.map((d) => formEnvelopeSchema.parse(d.data()));
}
async function register(t: Traject, now = registered) {
  await db.doc('trajecten/t1').set(t);
  return onTrajectWritten(db, { trajectId: 't1', before: undefined, after: t, changeKey: 'k1', now });
}

afterAll(closeAdmin);
beforeEach(async () => {
  await resetFirestore();
  await db.doc('institutes/lumc').set({ name: 'LUMC', escalateAfterDays: 7 });
});

describe('a traject registered with a start date in the past', () => {
  it('creates the past forms per the choices: todo open with the new due date, nvt with its reason', async () => {
    const t: Traject = {
      ...traject({ startDate: '2025-09-01', roles }),
      lateForms: {
        'combel-m3': { decision: 'todo', dueDate: '2026-05-29' },
        'combel-m6': { decision: 'nvt', reason: 'Beoordeeld bij de vorige opleidingspraktijk' },
      },
    };
    await register(t);

    const m3 = await form('t1__combel-m3');
    expect(m3).toMatchObject({ status: 'open', lateRegistration: true, closesAt: null });
    expect(m3.dueAt.toDate().toISOString()).toBe('2026-05-29T21:59:59.000Z');
    expect(m3.nextReminderAt).not.toBeNull();
    const part = partDocSchema.parse((await db.doc('forms/t1__combel-m3/parts/aios').get()).data());
    expect(part.closesAt).toBeNull(); // the aios can still fill it

    const m6 = await form('t1__combel-m6');
    expect(m6).toMatchObject({
      status: 'vervallen',
      lateRegistration: true,
      notApplicable: { reason: 'Beoordeeld bij de vorige opleidingspraktijk' },
      nextReminderAt: null,
    });
  });

  it('without a choice, no past form lapses: it stays open and overdue', async () => {
    await register(traject({ startDate: '2025-09-01', roles }));
    const forms = await allForms();
    expect(forms.filter((f) => f.status === 'vervallen')).toEqual([]);
    const m3 = await form('t1__combel-m3');
    expect(m3).toMatchObject({ status: 'open', lateRegistration: true, closesAt: null });
    expect(m3.dueAt.toDate().getTime()).toBeLessThan(registered.getTime()); // overdue: Achterstanden lists it

    // A later run (e.g. a role change months on) keeps it open: the mark, not the clock, decides.
    await syncTrajectForms(
      db,
      't1',
      traject({ startDate: '2025-09-01', roles }),
      new Date('2026-09-01T09:00:00Z'),
    );
    expect((await form('t1__combel-m3')).status).toBe('open');
  });

  it('a choice made later (an edit) applies to the open late form; nvt can be undone to todo', async () => {
    const plain = traject({ startDate: '2025-09-01', roles });
    await register(plain);
    const nvt: Traject = {
      ...plain,
      lateForms: { 'combel-m6': { decision: 'nvt', reason: 'Vrijstelling' } },
    };
    await onTrajectWritten(db, {
      trajectId: 't1',
      before: plain,
      after: nvt,
      changeKey: 'k2',
      now: registered,
    });
    expect(await form('t1__combel-m6')).toMatchObject({
      status: 'vervallen',
      notApplicable: { reason: 'Vrijstelling' },
    });
    const todo: Traject = {
      ...plain,
      lateForms: { 'combel-m6': { decision: 'todo', dueDate: '2026-06-15' } },
    };
    await onTrajectWritten(db, {
      trajectId: 't1',
      before: nvt,
      after: todo,
      changeKey: 'k3',
      now: registered,
    });
    const m6 = await form('t1__combel-m6');
    expect(m6.status).toBe('open');
    expect(m6.notApplicable).toBeUndefined();
  });
});

describe('a traject registered on time', () => {
  it('a window that closes while the traject runs still lapses (unchanged)', async () => {
    const t = traject({ startDate: '2025-09-01', roles });
    await register(t, new Date('2025-08-20T09:00:00Z'));
    expect((await form('t1__combel-m3')).lateRegistration).toBeUndefined();
    await syncTrajectForms(db, 't1', t, new Date('2026-01-20T09:00:00Z'));
    expect((await form('t1__combel-m3')).status).toBe('vervallen');
  });
});
