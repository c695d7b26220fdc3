// "Herinner nu" in Achterstanden (remindNow): the secretariat sends the raters of a part one reminder with the
// link to their part, through the outbox; a second call the same day (a double click, a retry, a colleague)
// sends none and says so; only the secretariat of the form's institute may.
import { useClients } from '../support/clients.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toIsoDate } from '@praktijkvolg/domain';
import { APP_URL } from '../support/ports.js';
import { clearMail, listMail } from '../support/mailbox.js';
import { adminAuth, adminDb, closeAdmin, resetAuth, resetFirestore } from '../support/stack.js';
import { enableTriggers, linkIn, P, refusal, seedForm, seedWorld, waitForMail } from '../links/world.js';

const FORM = 't1__herinner-diensten';
const { as } = useClients();

beforeAll(enableTriggers);
beforeEach(async () => {
  await Promise.all([resetFirestore(), resetAuth(), clearMail()]);
  await seedWorld();
  await seedForm({
    formId: FORM,
    formType: 'diensten',
    title: 'Voortgangsrapportage diensten',
    parts: {
      aios: { raterUids: [P.anna.uid], status: 'submitted', submittedAt: new Date() },
      opleider: { raterUids: [P.pieter.uid, P.marieke.uid] },
    },
  });
});
afterAll(closeAdmin);

const remindMails = async () =>
  (await adminDb().collection('mail').where('purpose', '==', 'part.remind_now').get()).docs.map((d) =>
    d.data(),
  );

// No retry: enableTriggers returns only once a trigger has run again (setBackgroundTriggers, tests/support/stack.ts).
describe('remindNow', () => {
  it('mails every rater of the part once with the link to it, audits it, and a second call that day sends none', async () => {
    const sanne = await as(P.sanne.uid);
    expect(await sanne.call('remindNow', { formId: FORM, partId: 'opleider' })).toEqual({
      sentTo: [P.pieter.displayName, P.marieke.displayName],
      alreadyRemindedToday: false,
    });
    for (const rater of [P.pieter, P.marieke]) {
      const [mail] = await waitForMail(rater.email, 'Herinnering: Voortgangsrapportage diensten');
      expect(mail!.text).toContain(
        'Het secretariaat van Huisartsopleiding LUMC vraagt je het deel "Opleider"',
      );
      expect(mail!.text).toContain('(traject van Anna de Wit)');
      expect(linkIn(mail!, APP_URL)).toBe(`${APP_URL}/formulieren/${FORM}/opleider`);
    }
    const today = toIsoDate(new Date());
    expect((await adminDb().doc(`forms/${FORM}`).get()).get('remindedOn')).toEqual({ opleider: today });
    const audit = await adminDb().collection('audit').where('action', '==', 'part.reminded').get();
    expect(audit.docs.map((d) => ({ id: d.id, ...d.data() }))).toEqual([
      expect.objectContaining({
        id: `part.reminded_${FORM}_opleider_${today}`,
        actorUid: P.sanne.uid,
        target: `forms/${FORM}/parts/opleider`,
        details: { recipients: [P.pieter.uid, P.marieke.uid], date: today },
      }),
    ]);

    // Again today, by her or a colleague: nothing is sent, and the answer says it was done.
    const sietse = await as(P.sietse.uid);
    for (const c of [sanne, sietse]) {
      expect(await c.call('remindNow', { formId: FORM, partId: 'opleider' })).toEqual({
        sentTo: [],
        alreadyRemindedToday: true,
      });
    }
    expect(await remindMails()).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await listMail()).filter((m) => m.subject.startsWith('Herinnering:'))).toHaveLength(2);
  });

  it('a double click sends one reminder', async () => {
    const sanne = await as(P.sanne.uid);
    const answers = await Promise.all(
      [1, 2, 3].map(() => sanne.call('remindNow', { formId: FORM, partId: 'opleider' })),
    );
    expect(answers.filter((a) => !a.alreadyRemindedToday)).toHaveLength(1);
    expect(await remindMails()).toHaveLength(2); // one per rater
  });

  it('only the secretariat of the form’s institute; never a submitted part', async () => {
    for (const uid of [P.pieter.uid, P.anna.uid, P.olga.uid]) {
      const r = await refusal((await as(uid)).call('remindNow', { formId: FORM, partId: 'opleider' }));
      expect(r, uid).toMatchObject({
        code: 'permission-denied',
        message: 'Alleen het secretariaat kan een herinnering sturen.',
      });
    }
    await adminAuth().createUser({ uid: 'u-elders', email: 'sec@elders.example' });
    await adminAuth().setCustomUserClaims('u-elders', { institute: 'elders', staff: ['secretariaat'] });
    expect(
      await refusal((await as('u-elders')).call('remindNow', { formId: FORM, partId: 'opleider' })),
    ).toMatchObject({
      code: 'not-found',
      message: 'Dit formulier bestaat niet.',
    });
    const sanne = await as(P.sanne.uid);
    expect(await refusal(sanne.call('remindNow', { formId: FORM, partId: 'aios' }))).toMatchObject({
      code: 'failed-precondition',
      message: expect.stringMatching(/^Dit deel is al ingediend/),
    });
    expect(await remindMails()).toEqual([]);
    expect((await adminDb().doc(`forms/${FORM}`).get()).get('remindedOn')).toBeUndefined();
  });
});
