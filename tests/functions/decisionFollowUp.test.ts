// The progress decision on the server (domain policies/voortgangsbeslissing.ts, docs/rules.md "Progress decision
// and conditions"): it opens (adviceComplete, the request mail) only when the opleider's and the docenten's advice
// are in; a decision "door onder voorwaarden" creates one follow-up with the conditions and their deadline, which
// is in the hoofd opleiding's digest until closed. Plain functions, triggers off.
import { formEnvelopeSchema, type Traject } from '@praktijkvolg/domain';
import { FieldValue } from 'firebase-admin/firestore';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { reopenSubmittedPart } from '../../functions/src/corrections/reopen.js';
import { createVoorwaardenVervolg } from '../../functions/src/forms/voorwaarden.js';
import { runReminders } from '../../functions/src/reminders/job.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, closeAdmin, resetFirestore, isolateProject } from '../support/stack.js';
import { createTraject, exampleAnswers, seedPeople, submitPart, traject } from './helpers.js';

// In-process, no triggers: a project of its own, beside the stack suites (tests/support/stack.ts).
isolateProject();
const db = adminDb();
// Jaar 1 from 1 September 2025: advice at month 6 and 9, the advice meeting at month 9 (1 June 2026).
const at = new Date('2026-06-10T09:00:00Z');
const DECISION = 't1__voortgangsbeslissing';
const VERVOLG = 't1__voorwaarden-vervolg-1';
const t1: Traject = traject({
  startDate: '2025-09-01',
  roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] },
});

async function opleiderAdvice() {
  const outcomes = [];
  for (const m of [6, 9])
    outcomes.push(
      await submitPart(db, `t1__voortgangsadvies-m${m}`, 'opleider', 'o1', at, {
        ...exampleAnswers('voortgangsadvies', 'opleider'),
        advies: 'go_op_voorwaarden',
        voorwaarden: 'Meer KPBs spoedzorg.',
      }),
    );
  return outcomes;
}
const docentAdvice = (advies?: string) => {
  const answers = exampleAnswers('voortgangsgesprek', 'groepsdocent', { advies });
  if (advies === undefined) delete answers.advies;
  return submitPart(db, 't1__voortgangsgesprek-m9', 'groepsdocent', 'g1', at, answers);
};
const secretariaat = { uid: 's1', token: { institute: 'lumc', staff: ['secretariaat'] } };
const decisionPart = async () => (await db.doc(`forms/${DECISION}/parts/hoofd_opleiding`).get()).data()!;
const requestMails = async () =>
  (await db.collection('mail').where('purpose', '==', 'decision_request').get()).size;
async function digestItems(uid: string, day: string) {
  await runReminders(db, new Date(`${day}T05:00:00Z`), { appUrl: APP_URL });
  const d = await db.doc(`reminderDigests/${uid}_${day}`).get();
  return ((d.get('items') ?? []) as { formId: string }[]).map((i) => i.formId);
}
async function decide(change: Record<string, unknown>) {
  return submitPart(
    db,
    DECISION,
    'hoofd_opleiding',
    'h1',
    at,
    exampleAnswers('voortgangsbeslissing', 'hoofd_opleiding', change),
  );
}

beforeEach(async () => {
  await resetFirestore();
  await db.doc('institutes/lumc').set({ name: 'LUMC' });
  await seedPeople(db, [
    { uid: 'a1', displayName: 'Sanne Visser' },
    { uid: 'o1', displayName: 'Jan de Vries' },
    { uid: 'g1', displayName: 'Gerda Docent' },
    { uid: 'h1', displayName: 'Hendrik Hoofd', staffRoles: ['hoofd_opleiding'] },
    { uid: 's1', displayName: 'Sara Secretariaat', staffRoles: ['secretariaat'] },
  ]);
  await createTraject(db, 't1', t1, at);
});
afterAll(closeAdmin);

describe('the decision waits for the opleider’s and the docenten’s advice', () => {
  it('attack: the opleider’s advice alone neither opens the decision nor asks the hoofd, nor reminds him', async () => {
    const outcomes = await opleiderAdvice();
    expect(outcomes.map((o) => o.decisionRequest)).toEqual(['advice_pending', 'advice_pending']);
    expect((await decisionPart()).adviceComplete).toBeUndefined();
    expect(await requestMails()).toBe(0);
    // Past the decision's due day (29 June) it is still nobody's to do.
    expect(await digestItems('h1', '2026-07-01')).not.toContain(DECISION);
  });

  it('the docenten’s advice completes it: the decision opens and the hoofd is asked, once', async () => {
    await opleiderAdvice();
    const outcome = await docentAdvice('go_op_voorwaarden');
    expect(outcome.decisionRequest).toBe('requested');
    expect((await decisionPart()).adviceComplete).toBe(true);
    expect((await db.doc(`forms/${DECISION}`).get()).get('adviceComplete')).toBe(true);
    expect(await requestMails()).toBe(1);
    expect(await digestItems('h1', '2026-07-01')).toContain(DECISION);
  });

  it.each([
    ['the opleider’s advice', 't1__voortgangsadvies-m9', 'opleider', 'o1'],
    ['the docenten’s advice', 't1__voortgangsgesprek-m9', 'groepsdocent', 'g1'],
  ] as const)(
    'attack: %s reopened after the decision opened holds the decision until it is handed in again, without a second request',
    async (_, formId, partId, uid) => {
      await opleiderAdvice();
      await docentAdvice('go_op_voorwaarden');
      expect((await decisionPart()).adviceComplete).toBe(true);
      const reason = 'Het advies noemt de verkeerde periode.';
      await reopenSubmittedPart(db, secretariaat, { formId, partId, reason }, at, APP_URL);
      // The hoofd may not decide on advice under correction: the rules refuse his part while this is false.
      expect((await decisionPart()).adviceComplete).toBe(false);
      expect((await db.doc(`forms/${DECISION}`).get()).get('adviceComplete')).toBe(false);
      expect(await digestItems('h1', '2026-07-01')).not.toContain(DECISION);
      const audit = await db.collection('audit').where('action', '==', 'part.reopened').get();
      expect(audit.docs.map((d) => d.get('details.decisionOnHold'))).toEqual([[DECISION]]);

      const again = await submitPart(
        db,
        formId,
        partId,
        uid,
        at,
        (await db.doc(`forms/${formId}/parts/${partId}`).get()).get('answers'),
      );
      expect(again.decisionRequest).toBe('already_requested');
      expect((await decisionPart()).adviceComplete).toBe(true);
      expect(await requestMails()).toBe(1);
    },
  );

  it('an advice reopened after the decision was taken leaves the decision as it is', async () => {
    await opleiderAdvice();
    await docentAdvice('go_op_voorwaarden');
    await decide({});
    await reopenSubmittedPart(
      db,
      secretariaat,
      { formId: 't1__voortgangsadvies-m9', partId: 'opleider', reason: 'Een typefout in de toelichting.' },
      at,
      APP_URL,
    );
    expect((await decisionPart()).adviceComplete).toBe(true);
    expect((await db.doc(`forms/${DECISION}`).get()).get('status')).toBe('completed');
  });

  it.each([
    ['requested before the flag existed: it opens, without a second request', true],
    ['never requested (the trigger did not finish): it opens and the hoofd is asked', false],
  ] as const)(
    'a decision whose advice is in but without the flag is opened by the reminder job, %s',
    async (_, requestedBefore) => {
      await opleiderAdvice();
      await docentAdvice('go_op_voorwaarden');
      const unset = { adviceComplete: FieldValue.delete() };
      await db.doc(`forms/${DECISION}`).update(unset);
      await db.doc(`forms/${DECISION}/parts/hoofd_opleiding`).update(unset);
      if (!requestedBefore) {
        for (const d of (await db.collection('mail').get()).docs) await d.ref.delete();
        for (const d of (await db.collection('audit').where('action', '==', 'decision.requested').get()).docs)
          await d.ref.delete();
      }
      const report = await runReminders(db, new Date('2026-07-01T05:00:00Z'), { appUrl: APP_URL });
      expect(report.decisionsOpened).toBe(1);
      expect((await decisionPart()).adviceComplete).toBe(true);
      expect((await db.doc(`forms/${DECISION}`).get()).get('adviceComplete')).toBe(true);
      expect(await requestMails()).toBe(1);
      // From the next day on it is in the hoofd's digest like any decision.
      expect(await digestItems('h1', '2026-07-02')).toContain(DECISION);
    },
  );

  it('a meeting record handed in without an advice does not count', async () => {
    await opleiderAdvice();
    expect((await docentAdvice(undefined)).decisionRequest).toBe('advice_pending');
    expect((await decisionPart()).adviceComplete).toBeUndefined();
  });
});

describe('a decision "door onder voorwaarden" gets a follow-up for the hoofd opleiding', () => {
  const onder = {
    uitkomst: 'door_onder_voorwaarden',
    voorwaarden: 'Vier KPBs spoedzorg op niveau, besproken met de opleider.',
    voorwaardenUiterlijk: '2026-10-01',
    datumBeslissing: '2026-06-20',
  };

  it('with the conditions and deadline, readable by the aios, in the hoofd’s digest until closed', async () => {
    await opleiderAdvice();
    await docentAdvice('go_op_voorwaarden');
    const outcome = await decide(onder);
    expect(outcome.voorwaarden).toEqual({ created: VERVOLG });
    const v = formEnvelopeSchema.parse((await db.doc(`forms/${VERVOLG}`).get()).data());
    expect(v.voorwaarden).toEqual({
      tekst: onder.voorwaarden,
      uiterlijk: '2026-10-01',
      beslissing: DECISION,
    });
    expect(v.formType).toBe('voorwaarden_vervolg');
    expect(v.origin).toBeUndefined(); // ad hoc: the traject's sync leaves it alone
    expect(v.closesAt).toBeNull();
    expect(v.parts.hoofd_opleiding).toMatchObject({ raterUids: [], status: 'open' });
    expect(v.readerUids).toEqual(expect.arrayContaining(['a1', 'o1', 'g1']));
    expect(v.staffVisible).toBe(true);
    const audit = await db.collection('audit').where('action', '==', 'voorwaarden.vervolg').get();
    expect(audit.docs.map((d) => d.get('details.created'))).toEqual([VERVOLG]);

    // Retried trigger: nothing new.
    expect(await createVoorwaardenVervolg(db, DECISION, at)).toEqual({ skipped: 'bestaat al' });
    // In the hoofd's digest long before its deadline, and after it, until closed.
    expect(await digestItems('h1', '2026-07-01')).toContain(VERVOLG);
    expect(await digestItems('h1', '2026-10-05')).toContain(VERVOLG);
    await submitPart(db, VERVOLG, 'hoofd_opleiding', 'h1', new Date('2026-10-06T09:00:00Z'));
    expect((await db.doc(`forms/${VERVOLG}`).get()).get('status')).toBe('completed');
    expect(await digestItems('h1', '2026-10-07')).not.toContain(VERVOLG);
    // The sync of the traject (a date or role change) neither retires nor duplicates it.
    await createTraject(db, 't1', t1, at);
    expect((await db.doc(`forms/${VERVOLG}`).get()).get('status')).toBe('completed');
  });

  it('another outcome creates nothing', async () => {
    await opleiderAdvice();
    await docentAdvice('go');
    const outcome = await decide({ uitkomst: 'door' });
    expect(outcome.voorwaarden).toEqual({ skipped: 'Geen beslissing onder voorwaarden.' });
    expect((await db.doc(`forms/${VERVOLG}`).get()).exists).toBe(false);
  });
});
