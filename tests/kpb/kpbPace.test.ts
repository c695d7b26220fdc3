// Falling behind on the KPB/KVB pace is a line in the Monday digest of the aios and the opleiders
// (functions/src/events/kpbPace.ts, domain kpbBehindEvents), recorded once a week and never a mail of its own.
import { describe, expect, it } from 'vitest';
import { recordKpbPaceEvents } from '../../functions/src/events/kpbPace.js';
import { runReminders } from '../../functions/src/reminders/job.js';
import { ReadCounter } from '../../functions/src/reminders/reads.js';
import { APP_URL } from '../support/ports.js';
import { adminDb } from '../support/stack.js';
import { useDesignationWorld } from '../links/designationWorld.js';
import { P } from '../links/world.js';

useDesignationWorld();
// Anna's traject started 2025-09-01 (links/world.ts): by this Monday all 40 are expected and none is done.
const MONDAY = new Date('2026-06-01T05:00:00Z');

describe('KPB pace in the digest', () => {
  it('records one event per person on a Monday, not again the same week, never on another day', async () => {
    const reads = new ReadCounter();
    expect(await recordKpbPaceEvents(adminDb(), '2026-06-02', MONDAY, reads)).toBe(0); // a Tuesday
    expect(await recordKpbPaceEvents(adminDb(), '2026-06-01', MONDAY, reads)).toBe(3);
    expect(await recordKpbPaceEvents(adminDb(), '2026-06-01', MONDAY, reads)).toBe(0);
    const events = await adminDb().collection('digestEvents').where('kind', '==', 'kpb_achter').get();
    expect(events.docs.map((d) => d.get('uid')).sort()).toEqual(
      [P.anna.uid, P.marieke.uid, P.pieter.uid].sort(),
    );
    expect(events.docs[0]!.get('lines')[0]).toMatch(
      /^KPB\/KVB: 0 van 40 \(verwacht \d+\), achter op schema$/,
    );
  });

  it('the Monday digest carries it: one mail per person, with the pace line', async () => {
    await runReminders(adminDb(), MONDAY, { appUrl: APP_URL });
    const mails = await adminDb().collection('mail').get();
    const toAnna = mails.docs.filter((d) => JSON.stringify(d.data()).includes(P.anna.email));
    expect(toAnna).toHaveLength(1);
    expect(JSON.stringify(toAnna[0]!.data())).toContain('Je KPB/KVB loopt achter op schema');
    // Run again the same day: nothing new.
    await runReminders(adminDb(), MONDAY, { appUrl: APP_URL });
    expect((await adminDb().collection('mail').get()).size).toBe(mails.size);
  });
});
