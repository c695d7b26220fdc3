// Invitations: the aios or deelnemer invites someone into a part that is theirs to fill; every refusal
// says why in Dutch, and a werkplekbegeleider is never let into an assessor part.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_URL } from '../support/ports.js';
import { clearMail } from '../support/mailbox.js';
import { adminDb, closeAdmin, resetAuth, resetFirestore } from '../support/stack.js';
import {
  client,
  enableTriggers,
  linkIn,
  P,
  P1,
  refusal,
  seedForm,
  seedWorld,
  signInAs,
  waitForMail,
  type Client,
} from './world.js';

const COMBEL = 't1__link-combel';
const LEOH = `t1__link-leoh-dossier-${P.pieter.uid}`;
const SUMMATIEF = 'p1__link-summatief';

const open: Client[] = [];
async function as(uid: string | null): Promise<Client> {
  const c = client();
  open.push(c);
  if (uid) await signInAs(c, uid);
  return c;
}

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
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(closeAdmin);

const linkTokens = async () => (await adminDb().collection('linkTokens').get()).docs.map((d) => d.data());

describe('inviteRater', () => {
  it('invites the opleider, an account holder of that part, with a link into the app (no single-use link)', async () => {
    const anna = await as(P.anna.uid);
    const { invitationId } = await anna.call('inviteRater', {
      formId: COMBEL,
      partId: 'opleider',
      name: 'Pieter',
      email: P.pieter.email,
    });
    const [mail] = await waitForMail(P.pieter.email, 'Uitnodiging: ComBel maand 3');
    expect(linkIn(mail!, APP_URL)).toBe(`${APP_URL}/formulieren/${COMBEL}/opleider`);
    expect(await linkTokens()).toEqual([]);
    expect((await adminDb().doc(`audit/${invitationId}`).get()).get('details')).toMatchObject({
      via: 'account',
      inviteeUid: P.pieter.uid,
    });
  });

  it('never lets the deelnemer choose an assessor, nor the werkplekbegeleider in as one, whatever the address', async () => {
    const lotte = await as(P.lotte.uid);
    const emails = ['jan@zadkine.example', P.kees.email, ` ${P.kees.email.toUpperCase()}`.trim()];
    for (const partId of ['tweede_assessor', 'assessor']) {
      for (const email of emails) {
        const r = await refusal(lotte.call('inviteRater', { formId: SUMMATIEF, partId, name: 'Kees', email }));
        expect(r.code).toBe('failed-precondition');
        expect(r.message).toMatch(/^De assessoren van het summatief lesbezoek worden door het secretariaat aangewezen/);
      }
    }
    expect(await linkTokens()).toEqual([]);
  });

  it("refuses parts that are not the trainee's to hand out, and inviting yourself", async () => {
    const anna = await as(P.anna.uid);
    const cases: [string, string, string, RegExp][] = [
      [COMBEL, 'aios', 'x@example.nl', /^Voor het deel "aios" van dit formulier kun je niemand uitnodigen/],
      [COMBEL, 'groepsdocent', 'x@example.nl', /^Voor het deel "groepsdocent"/],
      [LEOH, 'aios', 'x@example.nl', /^Voor een LEOh nodig je niemand uit/],
      [COMBEL, 'opleider', P.anna.email, /^Je kunt jezelf niet uitnodigen/],
      [COMBEL, 'opleider', P.gerda.email, /^Gerda is in dit traject al groepsdocent/],
    ];
    for (const [formId, partId, email, message] of cases) {
      const r = await refusal(
        anna.call('inviteRater', { formId, partId, name: email === P.gerda.email ? 'Gerda' : 'X', email }),
      );
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

  it('only the aios or deelnemer of the traject invites; signed-out callers not at all', async () => {
    for (const uid of [P.pieter.uid, P.gerda.uid, P.sanne.uid, P.lotte.uid]) {
      const c = await as(uid);
      const r = await refusal(
        c.call('inviteRater', { formId: COMBEL, partId: 'opleider', name: 'X', email: 'x@example.nl' }),
      );
      expect(r, uid).toMatchObject({
        code: 'permission-denied',
        message: 'Alleen de aios of deelnemer van dit traject kan iemand uitnodigen voor dit formulier.',
      });
    }
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
    const anna = await as(P.anna.uid);
    expect(
      await refusal(
        anna.call('inviteRater', {
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
