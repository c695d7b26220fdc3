// Reopening a part a waarnemer filled by link (reopenPart; docs/rules.md, "Corrections of submitted parts"): the
// waarnemer has no account, so the reopened mail carries a fresh single-use link for the part's current invitation
// (links/lifecycle.ts createLinkToken), with a `link.*` purpose so the outbox keeps no body of it once sent. The
// triggers are off here: the mail stays in the outbox with its body, so the link in it is read and opened.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { externalRaterUid } from '../../functions/src/links/token.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, closeAdmin, resetAuth, resetFirestore, setBackgroundTriggers } from '../support/stack.js';
import { client, P, refusal, seedForm, seedWorld, signInAs, type Client } from '../links/world.js';

const FORM = 't1__combel-waarnemer';
const REASON = 'Het niveau bij communicatie is verkeerd aangeklikt.';
const email = 'wim@waarnemers.example';
// As inviteRater names him: the link rater's uid is stable per (form part, address).
const wim = { uid: externalRaterUid(FORM, 'opleider', email), name: 'Wim Waarnemer', email };
const open: Client[] = [];
const submitted = new Date(Date.now() - 2 * 86_400_000);

beforeAll(async () => {
  await setBackgroundTriggers(false);
  await Promise.all([resetFirestore(), resetAuth()]);
  await seedWorld();
  await seedForm({
    formId: FORM,
    formType: 'combel',
    title: 'ComBel maand 3',
    status: 'completed',
    parts: {
      aios: {
        raterUids: [P.anna.uid],
        status: 'submitted',
        submittedAt: submitted,
        answers: FORM_EXAMPLES.combel.aios,
      },
      opleider: {
        raterUids: [P.pieter.uid, wim.uid],
        status: 'submitted',
        submittedAt: submitted,
        answers: FORM_EXAMPLES.combel.opleider,
      },
    },
  });
  // Pieter named Wim as waarnemer by link (inviteRater's designation), and Wim filled and submitted the part.
  await adminDb()
    .doc(`forms/${FORM}/parts/opleider`)
    .update({
      updatedBy: wim.uid,
      designation: {
        name: wim.name,
        email: wim.email,
        raterUid: wim.uid,
        invitationId: 'inv-wim',
        designatedBy: P.pieter.uid,
        designatedByName: P.pieter.displayName,
        designatedAs: 'rater',
        at: new Date(Date.now() - 3 * 86_400_000),
      },
    });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await setBackgroundTriggers(true);
  await closeAdmin();
});

async function as(uid?: string): Promise<Client> {
  const c = client();
  open.push(c);
  if (uid) await signInAs(c, uid);
  return c;
}

describe('reopenPart and a waarnemer without an account', () => {
  it('mails the waarnemer a fresh single-use link to the reopened part, once', async () => {
    const db = adminDb();
    const sanne = await as(P.sanne.uid);
    expect(await sanne.call('reopenPart', { formId: FORM, partId: 'opleider', reason: REASON })).toEqual({
      ok: true,
      version: 2,
      mailedTo: [P.pieter.displayName, wim.name],
    });
    const mails = await db.collection('mail').where('purpose', '==', 'link.reopened').get();
    expect(mails.docs.map((d) => d.get('to'))).toEqual([wim.email]);
    const text = mails.docs[0]!.get('message.text') as string;
    expect(text).toContain(`: ${REASON}`);
    const link = text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.startsWith(`${APP_URL}/link/`))!;
    const token = link.slice(`${APP_URL}/link/`.length);
    // The link works, under the part's current invitation, for the reopened part.
    expect(await (await as()).call('peekLinkToken', { token })).toMatchObject({
      state: 'valid',
      raterName: wim.name,
    });
    const tokens = await db.collection('linkTokens').where('formId', '==', FORM).get();
    expect(tokens.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        partId: 'opleider',
        raterEmail: wim.email,
        invitationId: 'inv-wim',
        uid: wim.uid,
        spentAt: null,
      }),
    ]);
    // Pieter (an account) gets the usual mail with the form's own address, no link token.
    const pieter = await db.collection('mail').where('purpose', '==', 'part.reopened').get();
    expect(pieter.docs.map((d) => d.get('recipientUid'))).toEqual([P.pieter.uid]);
    // A second click mints and mails nothing.
    await refusal(sanne.call('reopenPart', { formId: FORM, partId: 'opleider', reason: REASON }));
    expect((await db.collection('linkTokens').where('formId', '==', FORM).get()).size).toBe(1);
    expect((await db.collection('mail').where('purpose', '==', 'link.reopened').get()).size).toBe(1);
  });
});
