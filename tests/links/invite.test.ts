// Invitations: who may hand which part out (domain policies/invitation.ts); every refusal says why in Dutch,
// and a werkplekbegeleider is never let into an assessor part. Waarnemers and feedback: designation.test.ts.
import { useClients } from '../support/clients.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_URL } from '../support/ports.js';
import { clearMail } from '../support/mailbox.js';
import { adminDb, closeAdmin, resetAuth, resetFirestore } from '../support/stack.js';
import { enableTriggers, linkIn, P, P1, refusal, seedForm, seedWorld, waitForMail } from './world.js';

const COMBEL = 't1__link-combel';
const LEOH = `t1__link-leoh-dossier-${P.pieter.uid}`;
const SUMMATIEF = 'p1__link-summatief';

const { as } = useClients();

beforeAll(enableTriggers);
beforeEach(async () => {
  await Promise.all([resetFirestore(), resetAuth(), clearMail()]);
  await seedWorld();
  await seedForm({
    formId: COMBEL,
    formType: 'combel',
    title: 'ComBel maand 3',
    parts: {
      aios: { raterUids: [P.anna.uid] },
      opleider: { raterUids: [P.pieter.uid, P.marieke.uid] },
      groepsdocent: { raterUids: [P.gerda.uid] },
    },
  });
  await seedForm({
    formId: LEOH,
    formType: 'leoh',
    title: 'LEOh maand 9–10',
    leohKind: 'dossier',
    subjectUid: P.pieter.uid,
    parts: { aios: { raterUids: [P.anna.uid] } },
  });
  await seedForm({
    formId: SUMMATIEF,
    trajectId: P1,
    formType: 'beoordeling_summatief',
    title: 'Beoordeling summatief lesbezoek',
    parts: { assessor: { raterUids: [] }, tweede_assessor: { raterUids: [] } },
  });
});
afterAll(closeAdmin);

const linkTokens = async () => (await adminDb().collection('linkTokens').get()).docs.map((d) => d.data());

describe('inviteRater', () => {
  it('asks an account holder who already rates the part with a link into the app (no single-use link, no designation)', async () => {
    const pieter = await as(P.pieter.uid);
    const { invitationId } = await pieter.call('inviteRater', {
      formId: COMBEL,
      partId: 'opleider',
      name: 'Marieke',
      email: P.marieke.email,
    });
    const [mail] = await waitForMail(P.marieke.email, 'Uitnodiging: ComBel maand 3');
    expect(linkIn(mail!, APP_URL)).toBe(`${APP_URL}/formulieren/${COMBEL}/opleider`);
    expect(mail!.text).toContain('omdat je dit deel invult als opleider in dit traject');
    expect(await linkTokens()).toEqual([]);
    expect((await adminDb().doc(`forms/${COMBEL}/parts/opleider`).get()).get('designation')).toBeUndefined();
    expect((await adminDb().doc(`audit/${invitationId}`).get()).get('details')).toMatchObject({
      via: 'account',
      inviteeUid: P.marieke.uid,
      designatedAs: 'rater',
    });
  });

  it('never lets anyone invite an assessor, nor the werkplekbegeleider in as one, whatever the address', async () => {
    const emails = ['jan@zadkine.example', P.kees.email, ` ${P.kees.email.toUpperCase()}`.trim()];
    for (const uid of [P.lotte.uid, P.sanne.uid]) {
      const c = await as(uid);
      for (const partId of ['tweede_assessor', 'assessor']) {
        for (const email of emails) {
          const r = await refusal(c.call('inviteRater', { formId: SUMMATIEF, partId, name: 'Kees', email }));
          expect(r.code).toBe('failed-precondition');
          expect(r.message).toMatch(
            /^De assessoren van het summatief lesbezoek wijst het secretariaat aan in het traject/,
          );
        }
      }
    }
    expect(await linkTokens()).toEqual([]);
  });

  it("refuses the trainee every part that is not a feedback part: their own, the assessors', the LEOh", async () => {
    const anna = await as(P.anna.uid);
    const cases: [string, string, string, RegExp][] = [
      [COMBEL, 'aios', 'x@example.nl', /^Het eigen deel van de aios vult niemand anders in/],
      [
        COMBEL,
        'groepsdocent',
        'x@example.nl',
        /^Het deel "Groepsdocent" is een beoordeling: wie dat invult, kies je niet zelf/,
      ],
      [
        COMBEL,
        'opleider',
        'x@example.nl',
        /^Het deel "Opleider" is een beoordeling: wie dat invult, kies je niet zelf/,
      ],
      [COMBEL, 'opleider', P.anna.email, /^Het deel "Opleider" is een beoordeling/],
      [LEOH, 'aios', 'x@example.nl', /^Voor een LEOh nodig je niemand uit/],
    ];
    for (const [formId, partId, email, message] of cases) {
      const r = await refusal(anna.call('inviteRater', { formId, partId, name: 'X', email }));
      expect(r.code, `${formId}/${partId} ${email}`).toBe('failed-precondition');
      expect(r.message).toMatch(message);
    }
    expect(
      await refusal(
        anna.call('inviteRater', {
          formId: 't1__bestaat-niet',
          partId: 'opleider',
          name: 'X',
          email: 'x@example.nl',
        }),
      ),
    ).toMatchObject({
      code: 'not-found',
      message: 'Dit formulier bestaat niet.',
    });
    expect(await linkTokens()).toEqual([]);
    expect((await adminDb().collection('mail').get()).size).toBe(0);
  });

  it('signed-out callers not at all', async () => {
    const anonymous = await as(null);
    expect(
      await refusal(
        anonymous.call('inviteRater', {
          formId: COMBEL,
          partId: 'opleider',
          name: 'X',
          email: 'x@example.nl',
        }),
      ),
    ).toMatchObject({
      code: 'unauthenticated',
      message: 'Meld je eerst aan.',
    });
  });

  it('refuses a part that is closed', async () => {
    await adminDb().doc(`forms/${COMBEL}`).update({ status: 'vervallen' });
    const pieter = await as(P.pieter.uid);
    expect(
      await refusal(
        pieter.call('inviteRater', {
          formId: COMBEL,
          partId: 'opleider',
          name: 'Jan',
          email: 'jan@example.nl',
        }),
      ),
    ).toMatchObject({
      code: 'failed-precondition',
      message: 'Dit formulier is vervallen en kan niet meer worden ingevuld.',
    });
  });
});
