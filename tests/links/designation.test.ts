// Who fills an assessment part (docs/rules.md): the aios never hands the opleider part of their own forms to
// anyone. The assigned opleider or the secretariat names a waarnemend opleider, the other raters are told,
// the part records who named whom, and a part has at most one open invitation. The trainee may invite
// people into feedback parts only (asking the opleider by mail: askRater.test.ts).
import { createHash } from 'node:crypto';
import { signInWithCustomToken } from 'firebase/auth';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { listMail } from '../support/mailbox.js';
import { adminDb } from '../support/stack.js';
import {
  COMBEL,
  DIENSTEN,
  HENK,
  JAN,
  KPB,
  OBSERVATIE,
  partOf,
  tokenIn,
  tokensOf,
  useDesignationWorld,
} from './designationWorld.js';
import { INSTITUTE, P, refusal, waitForMail, type Client } from './world.js';

const as = useDesignationWorld();

describe('the aios never chooses who fills an assessment part', () => {
  it('refuses the aios inviting an address of their own into the opleider part of ComBel, diensten and KPB', async () => {
    const anna = await as(P.anna.uid);
    for (const formId of [COMBEL, DIENSTEN, KPB]) {
      for (const email of ['anna.prive@gmail.example', P.anna.email]) {
        const r = await refusal(
          anna.call('inviteRater', { formId, partId: 'opleider', name: 'A. de Wit', email }),
        );
        expect(r.code, `${formId} ${email}`).toBe('failed-precondition');
        expect(r.message).toMatch(
          /^Het deel "Opleider" is een beoordeling: wie dat invult, kies je niet zelf\./,
        );
      }
      expect((await partOf(formId, 'opleider')).designation).toBeUndefined();
    }
    expect(await tokensOf(COMBEL)).toEqual([]);
    expect((await adminDb().collection('linkTokens').get()).size).toBe(0);
    expect((await adminDb().collection('mail').get()).size).toBe(0);
  });

  it('still lets a trainee invite a feedback giver (LED: a colleague observes a lesson)', async () => {
    const daan = await as(P.daan.uid);
    await daan.call('inviteRater', {
      formId: OBSERVATIE,
      partId: 'collega_docent',
      name: 'Els Mentor',
      email: 'els@roc-led.example',
      message: 'Wil je donderdag mijn les observeren?',
    });
    const [mail] = await waitForMail('els@roc-led.example', 'Uitnodiging: Observatie lesbezoek 1');
    expect(mail!.text).toContain('Daan Vos (deelnemer)');
    expect(mail!.text).toContain('omdat Daan Vos jouw feedback vraagt');
    expect(tokenIn(mail!)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await partOf(OBSERVATIE, 'collega_docent')).designation).toMatchObject({
      name: 'Els Mentor',
      designatedBy: P.daan.uid,
      designatedByName: 'Daan Vos',
      designatedAs: 'trainee',
    });
  });
});

describe('a waarnemend opleider', () => {
  it('is named by the duo-opleider: the invitee learns who and why, the other opleider is told, the part says who named whom', async () => {
    const marieke = await as(P.marieke.uid);
    const { invitationId } = await marieke.call('inviteRater', {
      formId: COMBEL,
      partId: 'opleider',
      ...JAN,
      message: 'Ik ben met verlof; wil jij de ComBel van Anna invullen?',
    });
    const [mail] = await waitForMail(JAN.email, 'Uitnodiging: ComBel maand 3');
    expect(mail!.text).toContain(
      'Marieke Bos (opleider) vraagt je via Praktijkvolg van Huisartsopleiding LUMC',
    );
    expect(mail!.text).toContain('Marieke Bos je heeft aangewezen als waarnemer voor dit deel');
    expect(mail!.text).toContain('Ik ben met verlof');
    const [notice] = await waitForMail(P.pieter.email, 'Waarnemer aangewezen: ComBel maand 3');
    expect(notice!.text).toContain(`Marieke Bos (opleider) heeft ${JAN.name} aangewezen als waarnemer`);
    expect((await listMail()).filter((m) => m.to.some((t) => t.address === P.marieke.email))).toEqual([]);
    expect((await listMail()).filter((m) => m.to.some((t) => t.address === P.anna.email))).toEqual([]);

    const designation = {
      name: JAN.name,
      invitationId,
      designatedBy: P.marieke.uid,
      designatedByName: 'Marieke Bos',
      designatedAs: 'rater',
    };
    expect((await partOf(COMBEL, 'opleider')).designation).toMatchObject({
      ...designation,
      email: JAN.email,
    });
    const envelope = (await adminDb().doc(`forms/${COMBEL}`).get()).data()!;
    expect(envelope.designations.opleider).toMatchObject(designation);
    expect(envelope.designations.opleider.email).toBeUndefined();
    const [token] = await tokensOf(COMBEL);
    expect(token).toMatchObject({ invitedBy: P.marieke.uid, invitationId, raterEmail: JAN.email });
    expect((await adminDb().doc(`audit/${invitationId}`).get()).data()).toMatchObject({
      action: 'link.invited',
      actorUid: P.marieke.uid,
      details: { designatedAs: 'rater', via: 'link', inviteeName: JAN.name },
    });
  });

  it('is named by the secretariat: both opleiders are told', async () => {
    const sanne = await as(P.sanne.uid);
    await sanne.call('inviteRater', { formId: DIENSTEN, partId: 'opleider', ...JAN });
    const [mail] = await waitForMail(JAN.email, 'Uitnodiging: Voortgangsrapportage diensten maand 6');
    expect(mail!.text).toContain(
      'Sanne Jansen (secretariaat) vraagt je via Praktijkvolg van Huisartsopleiding LUMC',
    );
    for (const opleider of [P.pieter, P.marieke]) {
      const [notice] = await waitForMail(
        opleider.email,
        'Waarnemer aangewezen: Voortgangsrapportage diensten',
      );
      expect(notice!.text).toContain(
        `Sanne Jansen (secretariaat) heeft ${JAN.name} aangewezen als waarnemer`,
      );
    }
    expect((await partOf(DIENSTEN, 'opleider')).designation).toMatchObject({ designatedAs: 'secretariaat' });
  });

  it('is never the aios (any spelling of their address), the designator, the secretariat or someone in a conflicting role', async () => {
    const pieter = await as(P.pieter.uid);
    const sanne = await as(P.sanne.uid);
    const cases: [Client, string, string, RegExp][] = [
      [pieter, 'Anna', ` ${P.anna.email.toUpperCase()} `.trim(), /^Anna is de aios van dit traject/],
      [pieter, 'Anna', 'anna+opleider@lumc-huisarts.example', /^Anna is de aios van dit traject/],
      [pieter, 'Pieter', P.pieter.email, /^Je kunt jezelf niet aanwijzen/],
      [pieter, 'Gerda', P.gerda.email, /^Gerda is in dit traject al groepsdocent/],
      [sanne, 'Sietse', P.sietse.email, /^Het secretariaat vult geen beoordelingen of feedback in/],
    ];
    for (const [c, name, email, message] of cases) {
      const r = await refusal(c.call('inviteRater', { formId: KPB, partId: 'opleider', name, email }));
      expect(r.code, email).toBe('failed-precondition');
      expect(r.message, email).toMatch(message);
    }
    expect(await tokensOf(KPB)).toEqual([]);
  });

  it('has at most one open invitation per part: a second is refused saying who has it; replacing ends the old link and its session', async () => {
    const pieter = await as(P.pieter.uid);
    await pieter.call('inviteRater', { formId: COMBEL, partId: 'opleider', ...JAN });
    const first = tokenIn((await waitForMail(JAN.email, 'Uitnodiging: '))[0]!);
    // Jan starts: a session for the part, and a draft.
    const jan = await as(null);
    const session = await jan.call('redeemLinkToken', { token: first });
    const { user } = await signInWithCustomToken(jan.auth, session.customToken);
    const janPart = doc(jan.db, `forms/${COMBEL}/parts/opleider`);
    const write = (tops: string) =>
      updateDoc(janPart, {
        answers: { tops },
        status: 'draft',
        updatedAt: serverTimestamp(),
        updatedBy: user.uid,
      });
    await write('Rustig.');

    const marieke = await as(P.marieke.uid);
    const second = await refusal(
      marieke.call('inviteRater', { formId: COMBEL, partId: 'opleider', ...HENK }),
    );
    expect(second).toMatchObject({ code: 'failed-precondition', details: { reason: 'already_invited' } });
    expect(second.message).toBe(
      'Jan Waarnemer is al aangewezen voor dit deel (door Pieter van Dijk). Wil je iemand anders aanwijzen? Kies dan "Vervangen": de link van Jan Waarnemer werkt daarna niet meer.',
    );
    expect(await tokensOf(COMBEL)).toHaveLength(1);

    await marieke.call('inviteRater', { formId: COMBEL, partId: 'opleider', ...HENK, replace: true });
    const [notice] = await waitForMail(P.pieter.email, 'Waarnemer aangewezen: ComBel maand 3');
    expect(notice!.text).toContain(`Marieke Bos (opleider) heeft ${HENK.name} aangewezen als waarnemer`);
    expect(notice!.text).toContain(`${JAN.name} is niet langer aangewezen`);
    expect((await partOf(COMBEL, 'opleider')).designation).toMatchObject({
      name: HENK.name,
      designatedBy: P.marieke.uid,
    });
    expect((await partOf(COMBEL, 'opleider')).raterUids).not.toContain(user.uid);

    // Jan's session and links are dead: no write, no new link.
    await expect(write('Nog iets.')).rejects.toMatchObject({ code: 'permission-denied' });
    expect((await jan.call('peekLinkToken', { token: first })).state).toBe('spent');
    expect(await refusal(jan.call('requestNewLink', { token: first }))).toMatchObject({
      code: 'failed-precondition',
      message:
        'Deze uitnodiging is ingetrokken: er is iemand anders aangewezen voor dit deel. Je hoeft niets meer te doen.',
    });
    // Henk's link works.
    const henkToken = tokenIn((await waitForMail(HENK.email, 'Uitnodiging: '))[0]!);
    expect((await (await as(null)).call('redeemLinkToken', { token: henkToken })).partId).toBe('opleider');
  });

  it('a link the aios handed out before this rule (no designation on the part) opens nothing and is not renewed', async () => {
    const token = 'L'.repeat(43);
    const now = Date.now();
    await adminDb()
      .doc(`linkTokens/${createHash('sha256').update(token).digest('hex')}`)
      .set({
        instituteId: INSTITUTE,
        formId: KPB,
        partId: 'opleider',
        raterName: 'Anna Privé',
        raterEmail: 'anna.prive@gmail.example',
        invitedBy: P.anna.uid,
        invitationId: 'oud',
        renewedFrom: null,
        uid: 'ext_0000000000000000000000000000',
        createdAt: Timestamp.fromMillis(now - 60_000),
        expiresAt: Timestamp.fromMillis(now + 86_400_000),
        spentAt: null,
      });
    const c = await as(null);
    expect((await c.call('peekLinkToken', { token })).state).toBe('expired');
    const notValid =
      'Deze uitnodiging is niet meer geldig: wie een beoordeling invult, wijst de opleider of het secretariaat aan. Je hoeft niets meer te doen.';
    expect(await refusal(c.call('redeemLinkToken', { token }))).toMatchObject({
      code: 'failed-precondition',
      message: notValid,
    });
    expect(await refusal(c.call('requestNewLink', { token }))).toMatchObject({ message: notValid });
    expect((await partOf(KPB, 'opleider')).raterUids).toEqual([P.pieter.uid, P.marieke.uid]);
    expect((await adminDb().collection('mail').get()).size).toBe(0);
  });

  it('is refused for parts nobody hands out by link, and by anyone but the opleider or the secretariat', async () => {
    const pieter = await as(P.pieter.uid);
    const notHandedOut: [string, string, RegExp][] = [
      [
        COMBEL,
        'groepsdocent',
        /^Voor het deel "Groepsdocent" van dit formulier kan niemand worden uitgenodigd of aangewezen/,
      ],
      [COMBEL, 'aios', /^Het eigen deel van de aios vult niemand anders in/],
    ];
    for (const [formId, partId, message] of notHandedOut) {
      const r = await refusal(pieter.call('inviteRater', { formId, partId, ...JAN }));
      expect(r.code, partId).toBe('failed-precondition');
      expect(r.message, partId).toMatch(message);
    }
    for (const uid of [P.gerda.uid, P.olga.uid, P.lotte.uid, P.daan.uid]) {
      const r = await refusal(
        (await as(uid)).call('inviteRater', { formId: KPB, partId: 'opleider', ...JAN }),
      );
      expect(r, uid).toMatchObject({
        code: 'permission-denied',
        message:
          'Alleen de opleider van dit traject of het secretariaat kan een waarnemer aanwijzen voor dit deel.',
      });
    }
    expect((await adminDb().collection('linkTokens').get()).size).toBe(0);
  });
});
