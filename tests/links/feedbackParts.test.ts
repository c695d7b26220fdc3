// Feedback givers by link (docs/rules.md "Feedback givers by link"): the opleider asks practice staff for feedback
// on the ComBel, the PDG-deelnemer asks peers for her summative request. Each giver gets a part of their own
// (inviteRater with partId "feedback"), labelled with their name and role; their link reaches that part only; the
// opleider reads it while filling his part, the aios only after the reveal, which the givers do not hold up.
import { FORM_EXAMPLES, type FeedbackGiverRole } from '@praktijkvolg/domain';
import { signInWithCustomToken } from 'firebase/auth';
import { doc, getDoc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { adminDb, eventually } from '../support/stack.js';
import { COMBEL, partOf, tokenIn, tokensOf, useDesignationWorld } from './designationWorld.js';
import { P, P1, refusal, seedForm, waitForMail, type Client } from './world.js';

const as = useDesignationWorld();
const ELLEN = { name: 'Ellen de Vries', email: 'ellen@praktijk-delinde.example' };
const AANVRAAG = 'p1__aanvraag-feedback';

const ask = (c: Client, formId: string, who: { name: string; email: string }, giverRole: FeedbackGiverRole) =>
  c.call('inviteRater', { formId, partId: 'feedback', giverRole, ...who });

/** Opens the giver's link as they would, from the mail in the inbox: redeem, then a session that holds that one part. */
async function giverSession(invitationId: string, email: string, subject: string) {
  const [mail] = await waitForMail(email, subject);
  expect(mail!.text).toContain('jouw feedback vraagt');
  expect(invitationId).toBeTruthy();
  const token = tokenIn(mail!);
  const c = await as(null);
  const session = await c.call('redeemLinkToken', { token });
  const { user } = await signInWithCustomToken(c.auth, session.customToken);
  const write = (formId: string, partId: string, answers: Record<string, unknown>, submitted = false) =>
    updateDoc(doc(c.db, `forms/${formId}/parts/${partId}`), {
      answers,
      status: submitted ? 'submitted' : 'draft',
      updatedAt: serverTimestamp(),
      updatedBy: user.uid,
      ...(submitted && { submittedAt: serverTimestamp() }),
    });
  return { c, session, write };
}

const submitAs = async (c: Client, uid: string, partId: string, answers: Record<string, unknown>) =>
  updateDoc(doc(c.db, `forms/${COMBEL}/parts/${partId}`), {
    answers,
    status: 'submitted',
    updatedAt: serverTimestamp(),
    updatedBy: uid,
    submittedAt: serverTimestamp(),
  });

describe('ComBel: the opleider asks practice staff', () => {
  it('attack: the aios (or the groepsdocent) asks practice staff for feedback on her own ComBel', async () => {
    for (const uid of [P.anna.uid, P.gerda.uid]) {
      const c = await as(uid);
      const r = await refusal(ask(c, COMBEL, ELLEN, 'doktersassistent'));
      expect(r, uid).toMatchObject({
        code: 'permission-denied',
        message: 'Alleen de opleider vraagt voor dit formulier feedback van anderen.',
      });
    }
    expect(await tokensOf(COMBEL)).toEqual([]);
    expect((await adminDb().doc(`forms/${COMBEL}/parts/feedback_1`).get()).exists).toBe(false);
  });

  it('the giver gets a part of their own; their link reaches only it; the opleider reads it, the aios after the reveal', async () => {
    const pieter = await as(P.pieter.uid);
    const { partId, invitationId } = await ask(pieter, COMBEL, ELLEN, 'doktersassistent');
    expect(partId).toBe('feedback_1');
    expect((await partOf(COMBEL, 'feedback_1')).designation).toMatchObject({
      name: ELLEN.name,
      email: ELLEN.email,
      giverRole: 'doktersassistent',
      designatedBy: P.pieter.uid,
      designatedByName: 'Pieter van Dijk',
    });
    const envelope = (await adminDb().doc(`forms/${COMBEL}`).get()).data()!;
    expect(envelope.parts.feedback_1).toEqual({ role: 'feedback_1', raterUids: [], status: 'open' });
    expect(envelope.designations.feedback_1.email).toBeUndefined();

    // Nobody twice; never the aios, by any address of hers.
    for (const who of [ELLEN, { name: 'Anna', email: 'Anna+fb@lumc-huisarts.example' }]) {
      expect((await refusal(ask(pieter, COMBEL, who, 'poh'))).code).toBe('failed-precondition');
    }

    const ellen = await giverSession(invitationId, ELLEN.email, 'Uitnodiging: ComBel maand 3');
    expect(ellen.session.partId).toBe('feedback_1');
    // Attack: a practice-staff link reaching the opleider part.
    await expect(getDoc(doc(ellen.c.db, `forms/${COMBEL}/parts/opleider`))).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(ellen.write(COMBEL, 'opleider', { tops: 'Prima.' })).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await ellen.write(COMBEL, 'feedback_1', FORM_EXAMPLES.combel.feedback_1!, true);

    // The opleider reads it while filling his part; the aios and the groepsdocent do not, before the reveal.
    await eventually('the giver’s part in the index', async () =>
      (await adminDb().doc(`forms/${COMBEL}`).get()).get('parts.feedback_1.status') === 'submitted'
        ? true
        : undefined,
    );
    const read = async (c: Client) => (await getDoc(doc(c.db, `forms/${COMBEL}/parts/feedback_1`))).data();
    expect((await read(pieter))?.answers).toEqual(FORM_EXAMPLES.combel.feedback_1);
    const anna = await as(P.anna.uid);
    const gerda = await as(P.gerda.uid);
    await expect(read(anna)).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(read(gerda)).rejects.toMatchObject({ code: 'permission-denied' });

    // A second giver is asked but never answers: the round is revealed without them.
    await ask(pieter, COMBEL, { name: 'Bart Poh', email: 'bart@praktijk-delinde.example' }, 'poh');
    await submitAs(anna, P.anna.uid, 'aios', FORM_EXAMPLES.combel.aios!);
    await submitAs(pieter, P.pieter.uid, 'opleider', FORM_EXAMPLES.combel.opleider!);
    await submitAs(gerda, P.gerda.uid, 'groepsdocent', FORM_EXAMPLES.combel.groepsdocent!);
    await eventually('the reveal', async () => {
      const f = (await adminDb().doc(`forms/${COMBEL}`).get()).data()!;
      if (!f.revealed) return undefined;
      expect(f.revealed).toBe(true);
      expect(f.status).toBe('completed');
      expect(f.parts.feedback_2.status).toBe('open');
      return true;
    });
    expect((await read(anna))?.answers).toEqual(FORM_EXAMPLES.combel.feedback_1);
    // And no more asking once the opleider's part is in.
    expect((await refusal(ask(pieter, COMBEL, { name: 'Cor', email: 'cor@x.example' }, 'poh'))).code).toBe(
      'failed-precondition',
    );
  });
});

describe('PDG: the deelnemer asks peers for her summative request', () => {
  it('only the deelnemer asks; the peer writes only their own part; the deelnemer reads it at once', async () => {
    await seedForm({
      formId: AANVRAAG,
      trajectId: P1,
      formType: 'aanvraag_summatief',
      title: 'Aanvraag summatief lesbezoek',
      readerUids: [P.lotte.uid, P.kees.uid],
      parts: { deelnemer: { raterUids: [P.lotte.uid] }, pdg_trainer: { raterUids: [] } },
    });
    const kees = await as(P.kees.uid);
    expect((await refusal(ask(kees, AANVRAAG, ELLEN, 'collega'))).code).toBe('permission-denied');
    const lotte = await as(P.lotte.uid);
    // A role of the other programme is refused.
    expect((await refusal(ask(lotte, AANVRAAG, ELLEN, 'poh'))).code).toBe('invalid-argument');
    const peer = { name: 'Sem Jansen', email: 'sem@student.example' };
    const asked = await ask(lotte, AANVRAAG, peer, 'medestudent');
    expect(asked.partId).toBe('feedback_1');
    const sem = await giverSession(
      asked.invitationId,
      peer.email,
      'Uitnodiging: Aanvraag summatief lesbezoek',
    );
    // Attack: the peer's link into the request or the decision.
    for (const partId of ['deelnemer', 'pdg_trainer']) {
      await expect(sem.write(AANVRAAG, partId, { lesonderwerp: 'x' })).rejects.toMatchObject({
        code: 'permission-denied',
      });
    }
    await sem.write(AANVRAAG, 'feedback_1', FORM_EXAMPLES.aanvraag_summatief.feedback_1!, true);
    const part = await eventually('the peer’s feedback for the deelnemer', async () =>
      (await getDoc(doc(lotte.db, `forms/${AANVRAAG}/parts/feedback_1`))).data(),
    );
    expect(part.answers).toEqual(FORM_EXAMPLES.aanvraag_summatief.feedback_1);
    // The request stays open: her own part is not in.
    expect((await adminDb().doc(`forms/${AANVRAAG}`).get()).get('status')).toBe('open');
  });
});
