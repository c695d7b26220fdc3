// The trainee asks the raters of a part to fill it (askRaterToFill), instead of choosing who fills it; and the
// invitation is no mail relay: no links in its message or name (docs/rules.md, "Who fills an assessment part").
import { describe, expect, it } from 'vitest';
import { APP_URL } from '../support/ports.js';
import { adminDb } from '../support/stack.js';
import { COMBEL, DIENSTEN, JAN, KPB, useDesignationWorld } from './designationWorld.js';
import { linkIn, P, refusal, waitForMail } from './world.js';

const as = useDesignationWorld();

describe('the invitation message', () => {
  it('refuses links and whatever a mail client would turn into one, in the message and in the name', async () => {
    const pieter = await as(P.pieter.uid);
    const messages = [
      'Zie https://phish.example/login',
      'Kijk op www.lumc-huisarts.nl voor uitleg',
      'Log in op lumc-login.com en vul het in',
      'Mail naar jan@evil.example',
      'Open HXXP://x of ftp://bestanden.example',
      'x'.repeat(301),
    ];
    for (const message of messages) {
      const r = await refusal(
        pieter.callRaw('inviteRater', { formId: KPB, partId: 'opleider', ...JAN, message }),
      );
      expect(r.code, message).toBe('invalid-argument');
      expect(r.message, message).toMatch(
        /^(Een bericht mag geen links of webadressen bevatten|Maximaal 300 tekens)/,
      );
    }
    const name = await refusal(
      pieter.callRaw('inviteRater', {
        formId: KPB,
        partId: 'opleider',
        name: 'Klik www.evil.example',
        email: JAN.email,
      }),
    );
    expect(name).toMatchObject({ code: 'invalid-argument' });
    expect(name.message).toMatch(/^Een naam mag geen links of webadressen bevatten/);
    expect((await adminDb().collection('linkTokens').get()).size).toBe(0);

    // Ordinary Dutch is fine, abbreviations included.
    await pieter.call('inviteRater', {
      formId: KPB,
      partId: 'opleider',
      ...JAN,
      message: 'Wil je o.a. de anamnese bekijken, d.w.z. vóór 12.30 uur? Bijv. bij het spreekuur. Dank!',
    });
    const [mail] = await waitForMail(JAN.email, 'Uitnodiging: KPB 4');
    expect(mail!.text).toContain('d.w.z. vóór 12.30 uur');
  });
});

describe('askRaterToFill', () => {
  it('mails the assigned opleiders a link to their part, once per part per day, and audits it', async () => {
    const anna = await as(P.anna.uid);
    expect(await anna.call('askRaterToFill', { formId: DIENSTEN, partId: 'opleider' })).toEqual({
      ok: true,
      sentTo: ['Pieter van Dijk', 'Marieke Bos'],
    });
    for (const opleider of [P.pieter, P.marieke]) {
      const [mail] = await waitForMail(
        opleider.email,
        'Verzoek om in te vullen: Voortgangsrapportage diensten',
      );
      expect(mail!.text).toContain('Anna de Wit (aios) vraagt je om het deel "Opleider"');
      expect(mail!.text).toContain('Huisartsopleiding LUMC');
      expect(linkIn(mail!, APP_URL)).toBe(`${APP_URL}/formulieren/${DIENSTEN}/opleider`);
    }
    const again = await refusal(anna.call('askRaterToFill', { formId: DIENSTEN, partId: 'opleider' }));
    expect(again.code).toBe('resource-exhausted');
    expect(again.message).toMatch(/^Je hebt dit vandaag al gevraagd/);
    const audit = await adminDb().collection('audit').where('action', '==', 'part.fill_requested').get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        actorUid: P.anna.uid,
        target: `forms/${DIENSTEN}/parts/opleider`,
        details: { recipients: [P.pieter.uid, P.marieke.uid] },
      }),
    ]);
    // Another part is another day's question.
    await anna.call('askRaterToFill', { formId: KPB, partId: 'opleider' });
  });

  it('only the trainee asks, never for their own part', async () => {
    const anna = await as(P.anna.uid);
    expect(await refusal(anna.call('askRaterToFill', { formId: COMBEL, partId: 'aios' }))).toMatchObject({
      code: 'failed-precondition',
      message: 'Dit is je eigen deel: dat vul je zelf in.',
    });
    for (const uid of [P.pieter.uid, P.sanne.uid, P.lotte.uid]) {
      expect(
        await refusal((await as(uid)).call('askRaterToFill', { formId: COMBEL, partId: 'opleider' })),
        uid,
      ).toMatchObject({
        code: 'permission-denied',
        message: 'Alleen de aios of deelnemer van dit traject kan vragen om dit deel in te vullen.',
      });
    }
    expect((await adminDb().collection('mail').get()).size).toBe(0);
  });
});
