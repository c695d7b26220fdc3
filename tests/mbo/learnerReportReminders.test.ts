// Rule 10 of docs/rules.md in the reminder job: an overdue learner report is reminded to its teacher, and to nobody
// else: not escalated to the secretariat (whatever the institute's delay), nor to the leidinggevende.
// Also for an envelope written before learner reports became staff-invisible (staffVisible still true).
import { digestDocSchema } from '@praktijkvolg/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runReminders } from '../../functions/src/reminders/job.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, closeAdmin, resetFirestore, isolateProject } from '../support/stack.js';
import { createTraject, seedPeople, traject } from '../functions/helpers.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();
const WEDNESDAY = new Date('2025-12-10T06:00:00Z');

async function world(): Promise<void> {
  await resetFirestore();
  await db.doc('institutes/lumc').set({ name: 'ROC', escalateAfterDays: 1 });
  await seedPeople(db, [
    { uid: 'd1', displayName: 'Docent Een' },
    { uid: 'l1', displayName: 'Leidinggevende' },
    { uid: 's1', displayName: 'Secretariaat', staffRoles: ['secretariaat'] },
  ]);
  const t = traject({
    programme: 'mbo_team',
    startDate: '2025-10-15',
    traineeName: 'Docent Een',
    roles: { deelnemer: ['d1'], leidinggevende: ['l1'] },
  });
  await createTraject(db, 'm1', t, new Date('2025-07-20T09:00:00Z'));
}

async function digestOf(uid: string) {
  const snap = await db.doc(`reminderDigests/${uid}_2025-12-10`).get();
  return snap.exists ? digestDocSchema.parse(snap.data()) : null;
}

afterAll(closeAdmin);

describe('an overdue learner report', () => {
  beforeEach(() => world());

  // Report 1 was due 3 December (7 weeks after 15 October): a week late on 10 December, still open that day.
  it('is reminded to the teacher only, never escalated to the secretariat or the leidinggevende', async () => {
    const envelope = (await db.doc('forms/m1__learner-report-1').get()).data()!;
    expect(envelope.staffVisible).toBe(false);
    expect(envelope.readerUids).toEqual(['d1']);
    const report = await runReminders(db, WEDNESDAY, { appUrl: APP_URL });
    expect(report.escalationItems).toBe(0);
    const own = await digestOf('d1');
    expect(own!.items.map((i) => i.formId)).toContain('m1__learner-report-1');
    expect(await digestOf('s1')).toBeNull();
    expect(await digestOf('l1')).toBeNull();
  });

  it('is not escalated even from an envelope that still says staffVisible (written before rule 10)', async () => {
    await db.doc('forms/m1__learner-report-1').update({ staffVisible: true });
    const report = await runReminders(db, WEDNESDAY, { appUrl: APP_URL });
    expect(report.escalationItems).toBe(0);
    expect(await digestOf('s1')).toBeNull();
  });
});
