// The PDG summative lesson visit on the server (domain policies/summatief.ts, docs/rules.md "Summative lesson
// visit"): a go on the request creates the assessment for the traject's assessors, once, also when the trigger
// runs again; a no-go creates a new request; assessors assigned later reach the open assessment; a
// werkplekbegeleider (also a former one) is never on an assessor part. Plain functions, triggers off.
import { formEnvelopeSchema, partDocSchema } from '@praktijkvolg/domain';
import type { Traject } from '@praktijkvolg/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { onPartWritten } from '../../functions/src/forms/parts.js';
import { createSummatiefVervolg } from '../../functions/src/forms/summatief.js';
import { syncTrajectForms } from '../../functions/src/forms/sync.js';
import { adminDb, closeAdmin, resetFirestore, isolateProject } from '../support/stack.js';
import { createTraject, exampleAnswers, submitPart, traject } from './helpers.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();
const at = new Date('2026-03-10T09:00:00Z');
const AANVRAAG = 'p1__aanvraag-summatief-1';
const roles = {
  deelnemer: ['d1'],
  werkplekbegeleider: ['w1'],
  pdg_trainer: ['tr1'],
  assessor: ['as1'],
  tweede_assessor: ['as2'],
};
const pdg = (r: Record<string, string[]>): Traject =>
  traject({ programme: 'pdg', instituteId: 'hr', startDate: '2025-09-01', roles: r });

async function forms(formType: string) {
  const snaps = await db
    .collection('forms')
    .where('trajectId', '==', 'p1')
    .where('formType', '==', formType)
    .get();
  return snaps.docs
    .map((s) => ({ id: s.id, ...formEnvelopeSchema.parse(s.data()) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
async function part(formId: string, partId: string) {
  return partDocSchema.parse((await db.doc(`forms/${formId}/parts/${partId}`).get()).data());
}
async function decide(formId: string, besluit: 'go' | 'no_go') {
  await submitPart(db, formId, 'deelnemer', 'd1', at);
  return submitPart(
    db,
    formId,
    'pdg_trainer',
    'tr1',
    at,
    exampleAnswers('aanvraag_summatief', 'pdg_trainer', { besluit }),
  );
}

beforeEach(async () => {
  await resetFirestore();
  await db.doc('institutes/hr').set({ name: 'PDG Hogeschool Rotterdam' });
});
afterAll(closeAdmin);

describe('a go creates the summative assessment', () => {
  it('with the assessor and tweede assessor parts of the traject, readable by the deelnemer', async () => {
    await createTraject(db, 'p1', pdg(roles), at);
    expect(await forms('beoordeling_summatief')).toEqual([]);
    const outcome = await decide(AANVRAAG, 'go');
    expect(outcome.summatief).toEqual({
      created: 'p1__beoordeling-summatief-1',
      formType: 'beoordeling_summatief',
    });
    const [b] = await forms('beoordeling_summatief');
    expect(b!.origin).toBe('summatief');
    expect(Object.fromEntries(Object.entries(b!.parts).map(([id, p]) => [id, p.raterUids]))).toEqual({
      assessor: ['as1'],
      tweede_assessor: ['as2'],
    });
    expect(b!.readerUids).toContain('d1');
    expect(b!.readerUids).not.toContain('w1');
    expect((await part(b!.id, 'assessor')).raterUids).toEqual(['as1']);
    const audit = await db.collection('audit').where('action', '==', 'summatief.vervolg').get();
    expect(audit.docs.map((d) => d.get('details.created'))).toEqual(['p1__beoordeling-summatief-1']);
  });

  it('attack: a retried trigger or a second run creates no second assessment', async () => {
    await createTraject(db, 'p1', pdg(roles), at);
    await decide(AANVRAAG, 'go');
    const again = await createSummatiefVervolg(db, AANVRAAG, at);
    expect(again).toEqual({ skipped: 'Er is al een beoordeling summatief lesbezoek.' });
    const before = partDocSchema.parse((await db.doc(`forms/${AANVRAAG}/parts/pdg_trainer`).get()).data());
    // the trigger delivered twice for the same write
    const twice = await onPartWritten(
      db,
      { formId: AANVRAAG, partId: 'pdg_trainer', before: { ...before, status: 'draft' }, after: before },
      at,
      'http://x',
    );
    expect(twice.summatief).toEqual({ skipped: 'Er is al een beoordeling summatief lesbezoek.' });
    expect(await forms('beoordeling_summatief')).toHaveLength(1);
  });

  it('assessors the secretariat assigns after the go reach the open assessment; the werkplekbegeleider never', async () => {
    const without = { deelnemer: ['d1'], werkplekbegeleider: ['w1'], pdg_trainer: ['tr1'] };
    await createTraject(db, 'p1', pdg(without), at);
    await decide(AANVRAAG, 'go');
    const [b] = await forms('beoordeling_summatief');
    expect(b!.parts.assessor!.raterUids).toEqual([]);
    // the secretariat assigns the assessors (the rules refuse the werkplekbegeleider as one)
    const assigned = pdg(roles);
    await db.doc('trajecten/p1').set(assigned);
    await syncTrajectForms(db, 'p1', assigned, at);
    const [after] = await forms('beoordeling_summatief');
    expect(after!.parts.assessor!.raterUids).toEqual(['as1']);
    expect(after!.parts.tweede_assessor!.raterUids).toEqual(['as2']);
    // a traject written past the rules with the werkplekbegeleider as tweede assessor: left off the part
    const wrong = { ...assigned, roles: { ...assigned.roles, tweede_assessor: ['w1'] } };
    await db.doc('trajecten/p1').set(wrong);
    await syncTrajectForms(db, 'p1', wrong, at);
    const [guarded] = await forms('beoordeling_summatief');
    expect(guarded!.parts.tweede_assessor!.raterUids).toEqual([]);
    expect((await part(guarded!.id, 'tweede_assessor')).raterUids).toEqual([]);
  });
});

describe('a no-go lets the deelnemer request again', () => {
  it('creates one new request with no deadline of its own; a go on it then creates the assessment', async () => {
    await createTraject(db, 'p1', pdg(roles), at);
    const outcome = await decide(AANVRAAG, 'no_go');
    expect(outcome.summatief).toEqual({
      created: 'p1__aanvraag-summatief-2',
      formType: 'aanvraag_summatief',
    });
    expect(await createSummatiefVervolg(db, AANVRAAG, at)).toEqual({
      skipped: 'Er is al een nieuwe aanvraag.',
    });
    const requests = await forms('aanvraag_summatief');
    expect(requests.map((r) => [r.id, r.status])).toEqual([
      [AANVRAAG, 'completed'],
      ['p1__aanvraag-summatief-2', 'open'],
    ]);
    // the same end of the programme as the first request: the notice counts back from it
    expect(requests[1]!.dueAt.toMillis()).toBe(requests[0]!.dueAt.toMillis());
    expect(requests[1]!.parts.deelnemer!.raterUids).toEqual(['d1']);
    expect(await forms('beoordeling_summatief')).toEqual([]);
    const go = await decide('p1__aanvraag-summatief-2', 'go');
    expect(go.summatief).toEqual({
      created: 'p1__beoordeling-summatief-2',
      formType: 'beoordeling_summatief',
    });
  });
});

describe('the request has no deadline: the trainer is reminded once it is in', () => {
  it('submitting the request moves the reminder index to tomorrow for the PDG-trainer’s decision', async () => {
    await createTraject(db, 'p1', pdg(roles), at);
    const before = formEnvelopeSchema.parse((await db.doc(`forms/${AANVRAAG}`).get()).data());
    // no reminders before the notice 8 weeks before the end
    expect(before.nextReminderAt!.toMillis()).toBe(before.remindFrom.toMillis());
    await submitPart(db, AANVRAAG, 'deelnemer', 'd1', at);
    const after = formEnvelopeSchema.parse((await db.doc(`forms/${AANVRAAG}`).get()).data());
    expect(after.nextReminderAt!.toDate().toISOString()).toBe('2026-03-10T23:00:00.000Z');
  });
});
