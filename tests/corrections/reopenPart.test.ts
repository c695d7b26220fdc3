// Corrections of submitted parts (reopenPart; docs/rules.md, "Corrections of submitted parts"): the secretariat
// reopens a submitted part with a reason; in one transaction the submitted version is kept under versions/, the
// part returns to draft as the next version, a revealed ComBel is sealed again, the audit records it and the
// rater is mailed (a waarnemer without an account: reopenWaarnemer.test.ts). Attacks: anyone but the secretariat
// of the form's institute, a part that is not submitted, an empty reason, a second reopening of the same version.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { APP_URL } from '../support/ports.js';
import { clearMail, listMail } from '../support/mailbox.js';
import { adminAuth, adminDb, closeAdmin, resetAuth, resetFirestore } from '../support/stack.js';
import {
  client,
  enableTriggers,
  linkIn,
  P,
  refusal,
  seedForm,
  seedWorld,
  signInAs,
  waitForMail,
  type Client,
} from '../links/world.js';

const FORM = 't1__combel-correctie';
const REASON = 'Het niveau bij communicatie is verkeerd aangeklikt.';
const open: Client[] = [];
async function as(uid: string): Promise<Client> {
  const c = client();
  open.push(c);
  await signInAs(c, uid);
  return c;
}
const submitted = new Date(Date.now() - 2 * 86_400_000);

beforeAll(enableTriggers);
beforeEach(async () => {
  await Promise.all([resetFirestore(), resetAuth(), clearMail()]);
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
        raterUids: [P.pieter.uid],
        status: 'submitted',
        submittedAt: submitted,
        answers: FORM_EXAMPLES.combel.opleider,
      },
    },
  });
  // A completed, revealed round, as partWritten leaves it.
  const db = adminDb();
  await db.doc(`forms/${FORM}`).update({ revealed: true, nextReminderAt: null });
  for (const id of ['aios', 'opleider']) await db.doc(`forms/${FORM}/parts/${id}`).update({ revealed: true });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(closeAdmin);

const reopenMails = async () =>
  (await adminDb().collection('mail').where('purpose', '==', 'part.reopened').get()).docs.map((d) =>
    d.data(),
  );

describe('reopenPart', () => {
  it('keeps the version, reopens the part as the next version, re-seals the round, audits and mails the rater', async () => {
    const sanne = await as(P.sanne.uid);
    expect(
      await sanne.call('reopenPart', { formId: FORM, partId: 'opleider', reason: `  ${REASON} ` }),
    ).toEqual({
      ok: true,
      version: 2,
      mailedTo: [P.pieter.displayName],
    });
    const db = adminDb();
    const part = (await db.doc(`forms/${FORM}/parts/opleider`).get()).data()!;
    expect(part).toMatchObject({
      status: 'draft',
      version: 2,
      correctionReason: REASON,
      revealed: false,
      answers: FORM_EXAMPLES.combel.opleider,
    });
    expect(part.submittedAt).toBeUndefined();
    expect(part.reopened).toMatchObject({
      by: P.sanne.uid,
      byName: P.sanne.displayName,
      reason: REASON,
      fromVersion: 1,
    });
    const version = (await db.doc(`forms/${FORM}/parts/opleider/versions/1`).get()).data()!;
    expect(version).toMatchObject({
      status: 'submitted',
      version: 1,
      raterUids: [P.pieter.uid],
      answers: FORM_EXAMPLES.combel.opleider,
      reopenedBy: P.sanne.uid,
    });
    const env = (await db.doc(`forms/${FORM}`).get()).data()!;
    expect(env).toMatchObject({
      revealed: false,
      status: 'open',
      parts: { opleider: { status: 'draft' }, aios: { status: 'submitted' } },
    });
    expect(env.parts.opleider.submittedAt).toBeUndefined();
    expect((await db.doc(`forms/${FORM}/parts/aios`).get()).get('revealed')).toBe(false);
    const audit = await db.collection('audit').where('action', '==', 'part.reopened').get();
    expect(audit.docs.map((d) => ({ id: d.id, ...d.data() }))).toEqual([
      expect.objectContaining({
        id: `part.reopened_${FORM}_opleider_v1`,
        actorUid: P.sanne.uid,
        target: `forms/${FORM}/parts/opleider`,
        details: expect.objectContaining({
          version: 1,
          newVersion: 2,
          reason: REASON,
          resealed: true,
          recipients: [P.pieter.uid],
        }),
      }),
    ]);
    const [mail] = await waitForMail(P.pieter.email, 'Heropend: opleider van ComBel maand 3');
    expect(mail!.text).toContain(`Heropend door ${P.sanne.displayName} op `);
    expect(mail!.text).toContain(`: ${REASON}`);
    expect(mail!.text).toContain('omdat jij dit deel invult');
    expect(linkIn(mail!, APP_URL)).toBe(`${APP_URL}/formulieren/${FORM}/opleider`);

    // The rater corrects and submits again: the round opens up again, the history keeps both versions.
    const pieter = await as(P.pieter.uid);
    const { doc, updateDoc, serverTimestamp } = await import('firebase/firestore');
    await updateDoc(doc(pieter.db, `forms/${FORM}/parts/opleider`), {
      answers: FORM_EXAMPLES.combel.opleider,
      status: 'submitted',
      submittedAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
      updatedBy: P.pieter.uid,
    });
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await db.doc(`forms/${FORM}`).get()).get('revealed') !== true)
      await new Promise((r) => setTimeout(r, 250));
    expect((await db.doc(`forms/${FORM}`).get()).data()).toMatchObject({
      revealed: true,
      status: 'completed',
    });
    expect((await db.doc(`forms/${FORM}/parts/opleider`).get()).data()).toMatchObject({
      version: 2,
      status: 'submitted',
      correctionReason: REASON,
    });
  });

  it('a second click, a colleague or a retry reopens once and mails once', async () => {
    const sanne = await as(P.sanne.uid);
    const sietse = await as(P.sietse.uid);
    const results = await Promise.allSettled([
      sanne.call('reopenPart', { formId: FORM, partId: 'aios', reason: REASON }),
      sietse.call('reopenPart', { formId: FORM, partId: 'aios', reason: REASON }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      await refusal(sanne.call('reopenPart', { formId: FORM, partId: 'aios', reason: REASON })),
    ).toMatchObject({
      code: 'failed-precondition',
      message: expect.stringMatching(/^Dit deel is al heropend door (Sanne Jansen|Sietse Kok) op /),
    });
    expect(await reopenMails()).toHaveLength(1);
    expect(
      (
        await adminDb()
          .collection('forms')
          .doc(FORM)
          .collection('parts')
          .doc('aios')
          .collection('versions')
          .get()
      ).size,
    ).toBe(1);
  });

  it('refuses everyone but the secretariat of the form’s institute, a part not submitted, an empty reason', async () => {
    // aios (the part's own rater), opleider, hoofd opleiding, opleiderscoach.
    await adminAuth().createUser({ uid: 'u-hoofd', email: 'hoofd@lumc-huisarts.example' });
    await adminAuth().setCustomUserClaims('u-hoofd', { institute: 'lumc', staff: ['hoofd_opleiding'] });
    for (const uid of [P.anna.uid, P.pieter.uid, 'u-hoofd', P.olga.uid]) {
      const r = await refusal(
        (await as(uid)).call('reopenPart', { formId: FORM, partId: 'aios', reason: REASON }),
      );
      expect(r, uid).toMatchObject({
        code: 'permission-denied',
        message: 'Alleen het secretariaat kan een ingediend deel heropenen.',
      });
    }
    await adminAuth().createUser({ uid: 'u-elders', email: 'sec@elders.example' });
    await adminAuth().setCustomUserClaims('u-elders', { institute: 'elders', staff: ['secretariaat'] });
    expect(
      await refusal(
        (await as('u-elders')).call('reopenPart', { formId: FORM, partId: 'aios', reason: REASON }),
      ),
    ).toMatchObject({
      code: 'not-found',
      message: 'Dit formulier bestaat niet.',
    });
    const sanne = await as(P.sanne.uid);
    expect(
      await refusal(sanne.callRaw('reopenPart', { formId: FORM, partId: 'aios', reason: '   ' })),
    ).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('Vul de reden van het heropenen in.'),
    });
    await adminDb().doc(`forms/${FORM}/parts/aios`).update({ status: 'draft' });
    expect(
      await refusal(sanne.call('reopenPart', { formId: FORM, partId: 'aios', reason: REASON })),
    ).toMatchObject({
      code: 'failed-precondition',
      message: 'Dit deel is nog niet ingediend; de invuller kan het zelf nog aanpassen.',
    });
    expect(await reopenMails()).toEqual([]);
    expect((await adminDb().collection('audit').where('action', '==', 'part.reopened').get()).size).toBe(0);
    expect((await adminDb().doc(`forms/${FORM}/parts/opleider`).get()).data()).toMatchObject({
      status: 'submitted',
      version: 1,
    });
    await new Promise((r) => setTimeout(r, 500));
    expect((await listMail()).filter((m) => m.subject.startsWith('Heropend'))).toEqual([]);
  });
});
