// The server side of rule 10 of docs/rules.md and of LED's observations (plain functions on the Firestore emulator,
// triggers off): the team overview says nothing below 5 reports of 3 teachers and only counts above; only
// staff, the leidinggevende and the team's teachers get it; only the teacher shares a report, with a person of
// the institute, and the schedule keeps the share; the docent's leerdoelen become the LED observation's items.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { HttpsError } from 'firebase-functions/v2/https';
import { shareReport, buildTeamOverview } from '../../functions/src/mbo/learnerReports.js';
import { syncTrajectForms } from '../../functions/src/forms/sync.js';
import { adminDb, closeAdmin, resetFirestore, isolateProject } from '../support/stack.js';
import { createTraject, exampleAnswers, seedPeople, submitPart, traject } from '../functions/helpers.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();
const NOW = new Date('2026-03-10T09:00:00Z');
const caller = (uid: string, token: Record<string, unknown> = { institute: 'lumc' }) => ({ uid, token });
const TEACHERS = ['d1', 'd2', 'd3'];

async function world() {
  await resetFirestore();
  await seedPeople(db, [
    ...TEACHERS.map((uid) => ({ uid, displayName: `Docent ${uid}` })),
    { uid: 'l1', displayName: 'Leidinggevende' },
    { uid: 'x1', displayName: 'Buitenstaander' },
    { uid: 'h1', displayName: 'Hoofd', staffRoles: ['hoofd_opleiding'] },
    { uid: 'e1', displayName: 'Elders', instituteId: 'elders' },
  ]);
  for (const uid of TEACHERS) {
    const t = traject({
      programme: 'mbo_team',
      startDate: '2025-10-01',
      traineeName: uid,
      roles: { deelnemer: [uid], leidinggevende: ['l1'] },
    });
    await createTraject(db, `m-${uid}`, t, new Date('2025-09-20T09:00:00Z'));
  }
  await db
    .doc('teams/t1')
    .set({ instituteId: 'lumc', name: 'Team', teacherUids: TEACHERS, leidinggevendeUids: ['l1'], names: {} });
}
const submitReport = (uid: string, n: number) =>
  submitPart(db, `m-${uid}__learner-report-${n}`, 'deelnemer', uid, NOW);
const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof HttpsError ? e.code : String(e)),
  );

afterAll(closeAdmin);

describe('the team overview', () => {
  beforeEach(() => world());

  it('answers no counts below 5 reports of 3 teachers, and the counts from there on', async () => {
    await submitReport('d1', 1);
    await submitReport('d1', 2);
    await submitReport('d2', 1);
    await submitReport('d3', 1);
    const small = await buildTeamOverview(db, caller('l1'), { teamId: 't1' });
    expect(small).toEqual({
      teamId: 't1',
      name: 'Team',
      shown: false,
      reason: expect.stringContaining('minstens 5'),
    });
    await submitReport('d2', 2);
    const enough = await buildTeamOverview(
      db,
      caller('h1', { institute: 'lumc', staff: ['hoofd_opleiding'] }),
      {
        teamId: 't1',
      },
    );
    expect(enough).toMatchObject({ shown: true, reports: 5, teachers: 3, activities: 10 });
    if (!enough.shown) throw new Error('not shown');
    expect(enough.ranked).toHaveLength(11);
    expect(enough.ranked.find((r) => r.type === 'primair_proces')!.count).toBe(5);
    expect(JSON.stringify(enough)).not.toMatch(/beschrijving|leeropbrengst|d1|d2|d3/);
  });

  it('is for staff of the institute, the leidinggevende and the teachers only', async () => {
    expect(await code(buildTeamOverview(db, caller('d2'), { teamId: 't1' }))).toBe('ok');
    expect(await code(buildTeamOverview(db, caller('x1'), { teamId: 't1' }))).toBe('not-found');
    expect(
      await code(
        buildTeamOverview(db, caller('e9', { institute: 'elders', staff: ['secretariaat'] }), {
          teamId: 't1',
        }),
      ),
    ).toBe('not-found');
    expect(
      await code(
        buildTeamOverview(db, caller('d1', { institute: 'lumc', linkPart: 'f/p' }), { teamId: 't1' }),
      ),
    ).toBe('not-found');
  });
});

describe('sharing one learner report', () => {
  beforeEach(() => world());
  const formId = 'm-d1__learner-report-1';

  it('only its teacher shares it, with a person of the institute; the schedule keeps the share', async () => {
    expect(await code(shareReport(db, caller('l1'), { formId, uid: 'l1', share: true }, NOW))).toBe(
      'not-found',
    );
    expect(await code(shareReport(db, caller('d1'), { formId, uid: 'e1', share: true }, NOW))).toBe(
      'permission-denied',
    );
    expect(await code(shareReport(db, caller('d1'), { formId, uid: 'd1', share: true }, NOW))).toBe(
      'permission-denied',
    );
    expect(await shareReport(db, caller('d1'), { formId, uid: 'd2', share: true }, NOW)).toEqual({
      ok: true,
      sharedWith: ['d2'],
    });
    let env = (await db.doc(`forms/${formId}`).get()).data()!;
    expect(env.readerUids).toEqual(['d1', 'd2']);
    expect(env.staffVisible).toBe(false);
    // The traject changes (a new leidinggevende): the schedule recomputes the envelope and keeps the share.
    const t = traject({
      programme: 'mbo_team',
      startDate: '2025-10-01',
      traineeName: 'd1',
      roles: { deelnemer: ['d1'], leidinggevende: ['x1'] },
    });
    await syncTrajectForms(db, 'm-d1', t, NOW);
    env = (await db.doc(`forms/${formId}`).get()).data()!;
    expect(env.readerUids).toEqual(['d1', 'd2']);
    // The other reports stay the teacher's alone.
    expect((await db.doc('forms/m-d1__learner-report-2').get()).get('readerUids')).toEqual(['d1']);
    expect(await shareReport(db, caller('d1'), { formId, uid: 'd2', share: false }, NOW)).toEqual({
      ok: true,
      sharedWith: [],
    });
    expect((await db.doc(`forms/${formId}`).get()).get('readerUids')).toEqual(['d1']);
    const audit = await db.collection('audit').where('target', '==', `forms/${formId}`).get();
    expect(audit.docs.map((d) => d.get('action')).sort()).toEqual([
      'learner_report.shared',
      'learner_report.unshared',
    ]);
  });
});

describe('LED: the observation’s items are the docent’s own leerdoelen', () => {
  it('are copied onto the untouched observations when the leerdoelen are submitted; a started one keeps its own', async () => {
    await resetFirestore();
    await seedPeople(db, [
      { uid: 'k1', displayName: 'Karin' },
      { uid: 'c1', displayName: 'Wim' },
    ]);
    const t = traject({
      programme: 'led_basis',
      startDate: '2025-12-01',
      roles: { deelnemer: ['k1'], collega_docent: ['c1'] },
    });
    await createTraject(db, 'l1', t, new Date('2025-11-20T09:00:00Z'));
    await db.doc('forms/l1__observatie-led-2/parts/collega_docent').update({
      answers: { situatie: 'Al begonnen' },
      status: 'draft',
    });
    const outcome = await submitPart(
      db,
      'l1__leerdoelen',
      'deelnemer',
      'k1',
      NOW,
      exampleAnswers('leerdoelen', 'deelnemer'),
    );
    expect(outcome.leerpunten?.filled).toEqual(['l1__observatie-led-1']);
    const first = (await db.doc('forms/l1__observatie-led-1/parts/collega_docent').get()).data()!;
    expect(first.answers).toEqual({
      leerpunten: [
        { leerpunt: 'Ik kan een groepsbijeenkomst structureren met een duidelijke opening en afsluiting.' },
        { leerpunt: 'Ik geef feedback die aansluit bij de leervraag van de aios.' },
      ],
    });
    expect(first.status).toBe('open');
    expect((await db.doc('forms/l1__observatie-led-2/parts/collega_docent').get()).get('answers')).toEqual({
      situatie: 'Al begonnen',
    });
  });
});
