// A submission whose every answer has the right shape passes the rules, but a form's cross check only the zod
// schema can make ("behaald" needs BT3 and BT5 at least voldoende). partWritten validates each submission with
// it: a failing part goes back to draft with a Dutch reason (`returned`), nothing is lost, the round is neither
// completed nor revealed, and the audit says part.returned instead of part.submitted; the corrected
// resubmission clears the reason. End to end (the rater's own client, the rules, the emulator's trigger), then
// in detail through the plain function with the triggers off. docs/rules.md, "Answers: shape and completeness".
import { formEnvelopeSchema, partDocSchema } from '@praktijkvolg/domain';
import { doc, getDoc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { client, P, P1, seedForm, seedWorld, signInAs } from '../links/world.js';
import {
  adminDb,
  closeAdmin,
  eventually,
  resetAuth,
  resetFirestore,
  setBackgroundTriggers,
} from '../support/stack.js';
import { exampleAnswers, submitPart } from './helpers.js';

const db = adminDb();
const FORM = `${P1}__beoordeling-summatief-1`;
const REASON =
  'Je inzending is teruggezet naar concept: Eindoordeel: Behaald kan alleen als beroepstaak 3 en 5 allebei minstens voldoende zijn. Pas je antwoorden aan en dien opnieuw in.';

/** 'behaald' while BT3 is onvoldoende: every answer well-formed, the cross check fails. */
function behaaldWithBt3Onvoldoende(): Record<string, unknown> {
  const a = exampleAnswers('beoordeling_summatief', 'tweede_assessor');
  const bt = a.beroepstaken as Record<string, Record<string, unknown>>;
  return { ...a, beroepstaken: { ...bt, bt3: { ...bt.bt3, oordeel: 'onvoldoende' } } };
}

async function part(partId: string) {
  return partDocSchema.parse((await db.doc(`forms/${FORM}/parts/${partId}`).get()).data());
}
async function envelope() {
  return formEnvelopeSchema.parse((await db.doc(`forms/${FORM}`).get()).data());
}
async function audit(action: string) {
  return (await db.collection('audit').where('action', '==', action).get()).docs.map((d) => d.data());
}

async function seedRound() {
  await seedForm({
    formId: FORM,
    trajectId: P1,
    formType: 'beoordeling_summatief',
    title: 'Beoordeling summatief lesbezoek 1',
    parts: { assessor: { raterUids: [P.fatima.uid] }, tweede_assessor: { raterUids: [P.gerda.uid] } },
  });
}

afterAll(async () => {
  await setBackgroundTriggers(true);
  await closeAdmin();
});

describe('end to end: the rater’s client, the rules and the trigger', () => {
  beforeAll(async () => {
    // Seeded with the triggers off, so the trajecten's schedules are not built (nor left running into the next
    // suite); then on, for the part's own trigger.
    await setBackgroundTriggers(false);
    await Promise.all([resetFirestore(), resetAuth()]);
    await seedWorld();
    await seedRound();
    await setBackgroundTriggers(true);
  });

  it('the rules let the well-formed submission through; the trigger returns it, and the rater sees why', async () => {
    const gerda = client();
    await signInAs(gerda, P.gerda.uid);
    const mine = doc(gerda.db, `forms/${FORM}/parts/tweede_assessor`);
    const submit = (answers: Record<string, unknown>) =>
      updateDoc(mine, {
        answers,
        status: 'submitted',
        updatedAt: serverTimestamp(),
        updatedBy: P.gerda.uid,
        submittedAt: serverTimestamp(),
      });
    await submit(behaaldWithBt3Onvoldoende());

    const returned = await eventually('the part back in draft', async () => {
      const p = await part('tweede_assessor');
      return p.status === 'draft' ? p : undefined;
    });
    expect(returned.returned?.reason).toBe(REASON);
    expect((await getDoc(mine)).get('returned.reason')).toBe(REASON); // what the form page shows
    expect(await audit('part.submitted')).toEqual([]);
    expect(await audit('part.returned')).toHaveLength(1);
    expect((await envelope()).parts.tweede_assessor).toMatchObject({ status: 'draft' });

    await submit({ ...behaaldWithBt3Onvoldoende(), eindoordeel: 'niet_behaald' });
    const accepted = await eventually('the accepted submission', async () => {
      const p = await part('tweede_assessor');
      return p.status === 'submitted' && !p.returned ? p : undefined;
    });
    expect(accepted.answers.eindoordeel).toBe('niet_behaald');
    await eventually('its audit entry', async () =>
      (await audit('part.submitted')).length === 1 ? true : undefined,
    );
    await gerda.close();
  }, 60_000);
});

describe('a submission that fails a cross check (plain function)', () => {
  beforeEach(async () => {
    await setBackgroundTriggers(false);
    await resetFirestore();
    await seedRound();
  });

  it('goes back to draft with the Dutch reason, is audited as returned, and completes nothing', async () => {
    const at = new Date('2026-03-12T15:00:00Z');
    await submitPart(db, FORM, 'assessor', P.fatima.uid, at);
    const outcome = await submitPart(
      db,
      FORM,
      'tweede_assessor',
      P.gerda.uid,
      at,
      behaaldWithBt3Onvoldoende(),
    );
    expect(outcome).toMatchObject({ acted: true, completed: false, returned: true });

    const returned = await part('tweede_assessor');
    expect(returned).toMatchObject({
      status: 'draft',
      answers: behaaldWithBt3Onvoldoende(), // nothing lost: the rater corrects and resubmits
      returned: {
        reason: REASON,
        issues: [
          {
            path: 'eindoordeel',
            message: 'Behaald kan alleen als beroepstaak 3 en 5 allebei minstens voldoende zijn',
          },
        ],
      },
    });
    expect(returned.submittedAt).toBeUndefined();
    expect(returned.returned!.at.toDate()).toEqual(at);
    expect(await envelope()).toMatchObject({
      status: 'open',
      revealed: false,
      parts: { assessor: { status: 'submitted' }, tweede_assessor: { status: 'draft' } },
    });
    expect((await part('assessor')).revealed).toBe(false); // the sealed round stays sealed
    expect((await audit('part.submitted')).map((e) => e.target)).toEqual([`forms/${FORM}/parts/assessor`]);
    expect(await audit('part.returned')).toEqual([
      expect.objectContaining({
        actorUid: P.gerda.uid,
        target: `forms/${FORM}/parts/tweede_assessor`,
        details: expect.objectContaining({ partId: 'tweede_assessor', issues: returned.returned!.issues }),
      }),
    ]);

    // Corrected and submitted again: accepted, the reason is cleared, the round completes and opens up.
    const fixed = { ...behaaldWithBt3Onvoldoende(), eindoordeel: 'niet_behaald' };
    expect(
      await submitPart(db, FORM, 'tweede_assessor', P.gerda.uid, new Date('2026-03-13T09:00:00Z'), fixed),
    ).toMatchObject({
      completed: true,
    });
    const accepted = await part('tweede_assessor');
    expect(accepted).toMatchObject({ status: 'submitted', revealed: true });
    expect(accepted.returned).toBeUndefined();
    expect(await envelope()).toMatchObject({ status: 'completed', revealed: true });
    expect(await audit('part.submitted')).toHaveLength(2);
    expect(await audit('part.returned')).toHaveLength(1);
  });
});
