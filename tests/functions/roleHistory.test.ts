// Rule 8 on the server (docs/rules.md, "Role history"): trajectWritten backfills the role history of
// trajecten written before it existed and puts back what a write left out, only ever adding (a second run
// writes nothing); and the schedule never lists a holder the history bars from their role.
import { formEnvelopeSchema } from '@praktijkvolg/domain';
import type { Traject } from '@praktijkvolg/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { onTrajectWritten } from '../../functions/src/forms/traject.js';
import { adminDb, closeAdmin, eventually, resetFirestore, setBackgroundTriggers } from '../support/stack.js';
import { traject } from './helpers.js';

const db = adminDb();
const at = new Date('2025-09-15T09:00:00Z');
const roles = { deelnemer: ['d1'], werkplekbegeleider: ['w1'], assessor: ['as1'], tweede_assessor: ['as2'] };
const pdg = (r: Record<string, string[]>, extra: Partial<Traject> = {}): Traject => ({
  ...traject({ programme: 'pdg', instituteId: 'hr', startDate: '2025-09-01', roles: r }),
  ...extra,
});
/** As stored before roleHistory existed. */
function withoutHistory(t: Traject): Traject {
  const { roleHistory: _gone, ...rest } = t;
  return rest;
}

async function stored(id = 'p1') {
  const snap = await db.doc(`trajecten/${id}`).get();
  return { roleHistory: snap.get('roleHistory') as unknown, updateTime: snap.updateTime!.toMillis() };
}

beforeEach(async () => {
  await setBackgroundTriggers(false);
  await resetFirestore();
  await db.doc('institutes/hr').set({ name: 'PDG Hogeschool Rotterdam' });
});
afterAll(async () => {
  await setBackgroundTriggers(true);
  await closeAdmin();
});

describe('trajectWritten keeps the role history', () => {
  it('backfills a traject written before the history existed; a second run writes nothing', async () => {
    const old = withoutHistory(pdg(roles));
    await db.doc('trajecten/p1').set(old);
    await onTrajectWritten(db, { trajectId: 'p1', before: undefined, after: old, changeKey: 'k1', now: at });
    const first = await stored();
    expect(first.roleHistory).toEqual(roles);

    const now = (await db.doc('trajecten/p1').get()).data();
    await onTrajectWritten(db, { trajectId: 'p1', before: old, after: now, changeKey: 'k2', now: at });
    expect((await stored()).updateTime).toBe(first.updateTime);
  });

  it('an old traject whose werkplekbegeleider changes keeps the one before in the history', async () => {
    const old = withoutHistory(pdg(roles));
    const changed = withoutHistory(pdg({ ...roles, werkplekbegeleider: ['w2'] }));
    await db.doc('trajecten/p1').set(changed);
    await onTrajectWritten(db, { trajectId: 'p1', before: old, after: changed, changeKey: 'k1', now: at });
    expect((await stored()).roleHistory).toMatchObject({ werkplekbegeleider: ['w1', 'w2'] });
  });

  it('puts back whom a write left out of the history, and keeps what the stored traject gained meanwhile', async () => {
    const before = pdg(roles, { roleHistory: { ...roles, werkplekbegeleider: ['w0', 'w1'] } });
    // The rules keep only the werkplekbegeleider's history in full: as1 may be missing after this write.
    const after = pdg(
      { ...roles, assessor: ['as9'] },
      { roleHistory: { ...roles, werkplekbegeleider: ['w0', 'w1'], assessor: ['as9'] } },
    );
    // Stored meanwhile: a later write added a pdg_trainer.
    const later = {
      ...after,
      roles: { ...after.roles, pdg_trainer: ['t1'] },
      members: [...after.members, 't1'],
    };
    await db
      .doc('trajecten/p1')
      .set({ ...later, roleHistory: { ...after.roleHistory, pdg_trainer: ['t1'] } });
    await onTrajectWritten(db, { trajectId: 'p1', before, after, changeKey: 'k1', now: at });
    expect((await stored()).roleHistory).toEqual({
      deelnemer: ['d1'],
      werkplekbegeleider: ['w0', 'w1'],
      assessor: ['as9', 'as1'],
      tweede_assessor: ['as2'],
      pdg_trainer: ['t1'],
    });
  });

  it('with the triggers on: an Admin SDK write without history is backfilled by trajectWritten', async () => {
    await setBackgroundTriggers(true);
    await db.doc('trajecten/p2').set(withoutHistory(pdg(roles)));
    const history = await eventually(
      'the backfilled role history',
      async () => (await stored('p2')).roleHistory,
    );
    expect(history).toEqual(roles);
  });
});

describe('the schedule and the role history', () => {
  it('leaves a former werkplekbegeleider written past the rules as assessor off the forms', async () => {
    // Admin SDK, past the rules: w0 was werkplekbegeleider and is now assessor.
    const bad = pdg(
      { ...roles, assessor: ['w0'] },
      { roleHistory: { ...roles, werkplekbegeleider: ['w0', 'w1'], assessor: ['w0'] } },
    );
    await db.doc('trajecten/p1').set(bad);
    await onTrajectWritten(db, { trajectId: 'p1', before: undefined, after: bad, changeKey: 'k1', now: at });
    const aanvraag = formEnvelopeSchema.parse((await db.doc('forms/p1__aanvraag-summatief-1').get()).data());
    expect(aanvraag.readerUids).toContain('as2');
    expect(aanvraag.readerUids).not.toContain('w0');
  });
});
