// Single-use links, continued: asking for a new link (spent, still valid, its part submitted or closed meanwhile,
// at most 3 a day) and links that are unknown or malformed. The world: linkTokenWorld.ts.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { signInWithCustomToken } from 'firebase/auth';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { clearMail, listMail } from '../support/mailbox.js';
import { adminDb } from '../support/stack.js';
import { P, refusal, waitForMail } from './world.js';
import { FORM_A, JAN, sha256, useLinkTokenWorld } from './linkTokenWorld.js';

const { device, inviteJan } = useLinkTokenWorld();

describe('a single-use link', () => {
  it('spent: a new link is mailed to the rater only (never to whoever asks)', async () => {
    const { token } = await inviteJan();
    await device().call('redeemLinkToken', { token });
    await clearMail();
    expect(await device().call('requestNewLink', { token })).toEqual({ ok: true, sentTo: 'rater' });
    await waitForMail(JAN.email, 'Nieuwe link: ');
    expect((await listMail()).every((m) => m.to.every((t) => t.address === JAN.email))).toBe(true);
  });

  it('still valid: no new link is needed', async () => {
    const { token } = await inviteJan();
    expect(await refusal(device().call('requestNewLink', { token }))).toMatchObject({
      code: 'failed-precondition',
      details: { state: 'valid' },
    });
  });

  // docs/rules.md, "Dossier LEOh, exports and counts": a used link whose part is in says so, and no new link.
  it('used, and its part then submitted: it says the part is in, when, and no new link is sent to anyone', async () => {
    const { token } = await inviteJan();
    const laptop = device();
    const session = await laptop.call('redeemLinkToken', { token });
    const { user } = await signInWithCustomToken(laptop.auth, session.customToken);
    await updateDoc(doc(laptop.db, `forms/${FORM_A}/parts/opleider`), {
      answers: FORM_EXAMPLES.combel.opleider,
      status: 'submitted',
      updatedAt: serverTimestamp(),
      updatedBy: user.uid,
      submittedAt: serverTimestamp(),
    });
    const submittedAt = (await adminDb().doc(`forms/${FORM_A}/parts/opleider`).get()).get('submittedAt');
    const counters = async () =>
      JSON.stringify((await adminDb().collection('linkRateLimits').get()).docs.map((d) => [d.id, d.data()]));
    const countersBefore = await counters();
    await clearMail();

    const browser = device();
    expect(await browser.call('peekLinkToken', { token })).toMatchObject({
      state: 'submitted',
      formTitle: 'ComBel maand 3',
      submittedAt: submittedAt.toDate().toISOString(),
    });
    const refused = await refusal(browser.call('requestNewLink', { token }));
    expect(refused).toMatchObject({ code: 'failed-precondition', details: { state: 'submitted' } });
    expect(refused.message).toMatch(
      /^Dit deel is al ingediend op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}\. Je hoeft niets meer te doen\.$/,
    );
    expect(await refusal(browser.call('redeemLinkToken', { token }))).toMatchObject({
      code: 'failed-precondition',
      details: { state: 'spent' },
    });
    expect((await adminDb().collection('linkTokens').where('formId', '==', FORM_A).get()).size).toBe(1);
    expect(await counters()).toBe(countersBefore); // nothing counted against the day's new links either
    await new Promise((r) => setTimeout(r, 1500)); // a mail, had one been queued, would be here by now
    expect(await listMail()).toEqual([]);
  });

  it('unused, for a part submitted meanwhile: it says so and cannot be spent; no new link', async () => {
    const { token } = await inviteJan();
    await adminDb()
      .doc(`forms/${FORM_A}/parts/opleider`)
      // A valid submission: partWritten returns one its form refuses to draft.
      .update({
        status: 'submitted',
        answers: FORM_EXAMPLES.combel.opleider,
        submittedAt: Timestamp.fromDate(new Date('2026-03-05T13:15:00Z')),
      });
    const browser = device();
    expect(await browser.call('peekLinkToken', { token })).toMatchObject({
      state: 'submitted',
      submittedAt: '2026-03-05T13:15:00.000Z',
    });
    expect(await refusal(browser.call('redeemLinkToken', { token }))).toMatchObject({
      code: 'failed-precondition',
      message: 'Dit deel is al ingediend op 5 maart 2026 om 14:15.',
      details: { state: 'submitted' },
    });
    expect(await refusal(browser.call('requestNewLink', { token }))).toMatchObject({
      code: 'failed-precondition',
      message: 'Dit deel is al ingediend op 5 maart 2026 om 14:15. Je hoeft niets meer te doen.',
      details: { state: 'submitted' },
    });
    const stored = await adminDb()
      .doc(`linkTokens/${sha256(token)}`)
      .get();
    expect(stored.get('spentAt')).toBeNull();
  });

  it('for a part whose window closed meanwhile: the request goes to the secretariat', async () => {
    const { token } = await inviteJan();
    const closed = Timestamp.fromMillis(Date.now() - 1000);
    await adminDb().doc(`forms/${FORM_A}/parts/opleider`).update({ closesAt: closed });
    await adminDb().doc(`forms/${FORM_A}`).update({ closesAt: closed });
    const browser = device();
    expect((await browser.call('peekLinkToken', { token })).state).toBe('expired');
    expect(await refusal(browser.call('redeemLinkToken', { token }))).toMatchObject({
      code: 'failed-precondition',
      message: 'De termijn van dit formulier is verstreken.',
      details: { state: 'closed' },
    });
    expect(await browser.call('requestNewLink', { token })).toEqual({ ok: true, sentTo: 'secretariaat' });
    const [mail] = await waitForMail(P.sanne.email, 'Nieuwe link gevraagd: ComBel maand 3');
    expect(mail!.to.map((t) => t.address).sort()).toEqual([P.sanne.email, P.sietse.email].sort());
    expect(mail!.text).toContain(`${JAN.name} (${JAN.email}) vraagt een nieuwe link`);
    expect(mail!.text).toContain('De termijn van dit formulier is verstreken.');
    expect(mail!.text).not.toContain('/link/');
    expect((await adminDb().collection('linkTokens').where('formId', '==', FORM_A).get()).size).toBe(1); // no new token
  });

  it('new links are limited to 3 per part per day (no mail bombing)', async () => {
    const { token } = await inviteJan();
    await adminDb()
      .doc(`linkTokens/${sha256(token)}`)
      .update({ expiresAt: Timestamp.fromMillis(Date.now() - 1000) });
    const browser = device();
    for (let i = 0; i < 3; i++)
      expect((await browser.call('requestNewLink', { token })).sentTo).toBe('rater');
    const fourth = await refusal(browser.call('requestNewLink', { token }));
    expect(fourth.code).toBe('resource-exhausted');
    expect(fourth.message).toMatch(/^Voor dit formulier zijn vandaag al te veel nieuwe links aangevraagd/);
    await waitForMail(JAN.email, 'Nieuwe link: ', 3);
  });

  it('unknown or malformed: a clear answer, nothing else', async () => {
    const c = device();
    const unknown = 'A'.repeat(43);
    expect(await c.call('peekLinkToken', { token: unknown })).toEqual({
      state: 'unknown',
      formTitle: null,
      raterName: null,
      expiresAt: null,
      submittedAt: null,
    });
    expect(await refusal(c.call('redeemLinkToken', { token: unknown }))).toMatchObject({
      code: 'not-found',
      details: { state: 'unknown' },
    });
    expect((await refusal(c.call('requestNewLink', { token: unknown }))).code).toBe('not-found');
    expect(await refusal(c.callRaw('peekLinkToken', { token: 'kort' }))).toMatchObject({
      code: 'invalid-argument',
      message: 'Ongeldige link',
    });
  });
});
