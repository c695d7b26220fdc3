// Raters without an account: a single-use, expiring link grants one form part and nothing else. Opening
// it (a GET, as mail scanners do) spends nothing; only the button (redeem) does, once.
import { createHash } from 'node:crypto';
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { api } from '@praktijkvolg/domain/api';
import { signInWithCustomToken } from 'firebase/auth';
import { doc, getDoc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_URL } from '../support/ports.js';
import { clearMail, listMail } from '../support/mailbox.js';
import { adminDb, closeAdmin, eventually, functionUrl, resetAuth, resetFirestore } from '../support/stack.js';
import {
  client,
  enableTriggers,
  INSTITUTE,
  linkIn,
  P,
  refusal,
  seedForm,
  seedWorld,
  signInAs,
  waitForMail,
  type Client,
} from './world.js';

const FORM_A = 't1__link-combel';
const FORM_B = 't1__link-diensten';
const JAN = { name: 'Jan Waarnemer', email: 'jan@waarneming.example' };
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const tokenOf = (link: string) => link.slice(`${APP_URL}/link/`.length);

const open: Client[] = [];
const device = () => {
  const c = client();
  open.push(c);
  return c;
};

beforeAll(enableTriggers);
beforeEach(async () => {
  await Promise.all([resetFirestore(), resetAuth(), clearMail()]);
  await seedWorld();
  await seedForm({
    formId: FORM_A,
    formType: 'combel',
    title: 'ComBel maand 3',
    parts: {
      aios: { raterUids: [P.anna.uid] },
      opleider: { raterUids: [P.pieter.uid, P.marieke.uid] },
      groepsdocent: { raterUids: [P.gerda.uid] },
    },
  });
  await seedForm({
    formId: FORM_B,
    formType: 'diensten',
    title: 'Voortgangsrapportage diensten maand 6',
    parts: { opleider: { raterUids: [P.pieter.uid] } },
  });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(closeAdmin);

/**
 * Pieter (opleider) names Jan waarnemend opleider for the opleider part of form A (docs/rules.md, "Who fills
 * an assessment part"); returns the mailed link and the invitation.
 */
async function inviteJan(formId = FORM_A): Promise<{ link: string; token: string; invitationId: string }> {
  const pieter = device();
  await signInAs(pieter, P.pieter.uid);
  const { invitationId } = await pieter.call('inviteRater', {
    formId,
    partId: 'opleider',
    ...JAN,
    message: 'Wil jij dit keer de ComBel invullen?',
  });
  const mails = await waitForMail(JAN.email, 'Uitnodiging: ');
  // The duo-opleider of form A is told (wait for it, so no later mail surprises a test that counts mails).
  if (formId === FORM_A) await waitForMail(P.marieke.email, 'Waarnemer aangewezen: ');
  const link = linkIn(mails.at(-1)!, `${APP_URL}/link/`);
  return { link, token: tokenOf(link), invitationId };
}

describe('a single-use link', () => {
  it('is mailed as an invitation and stored only as its hash', async () => {
    const { link, token, invitationId } = await inviteJan();
    expect(link).toMatch(new RegExp(`^${APP_URL}/link/[A-Za-z0-9_-]{43}$`));
    const [mail] = await waitForMail(JAN.email, 'Uitnodiging: ComBel maand 3');
    expect(mail!.text).toContain(
      'Pieter van Dijk (opleider) vraagt je via Praktijkvolg van Huisartsopleiding LUMC om het deel "Opleider" van het formulier "ComBel maand 3" in te vullen',
    );
    expect(mail!.text).toContain('Wil jij dit keer de ComBel invullen?');
    expect(mail!.text).toContain('Het openen van de link verbruikt niets');

    const stored = await adminDb()
      .doc(`linkTokens/${sha256(token)}`)
      .get();
    expect(stored.exists).toBe(true);
    expect(stored.data()).toMatchObject({
      instituteId: INSTITUTE,
      formId: FORM_A,
      partId: 'opleider',
      raterName: JAN.name,
      raterEmail: JAN.email,
      invitedBy: P.pieter.uid,
      invitationId,
      spentAt: null,
    });
    const days = (stored.get('expiresAt').toMillis() - stored.get('createdAt').toMillis()) / 86_400_000;
    expect(days).toBe(14);
    // The plain token is nowhere in the token store, the audit trail or the rate-limit counters.
    for (const col of ['linkTokens', 'audit', 'linkRateLimits', 'forms']) {
      const snap = await adminDb().collection(col).get();
      expect(JSON.stringify(snap.docs.map((d) => [d.id, d.data()]))).not.toContain(token);
    }
    // ... nor, once delivered, in the outbox: the mail document keeps its subject, not its body.
    const delivered = await eventually('the invitation mail to be marked delivered', async () => {
      const mails = (await adminDb().collection('mail').where('purpose', '==', 'link.invitation').get()).docs;
      return mails.length > 0 && mails.every((m) => m.get('delivery.state') === 'SUCCESS') ? mails : undefined;
    });
    expect(JSON.stringify(delivered.map((m) => m.data()))).not.toContain(token);
    expect(delivered[0]!.get('message.subject')).toMatch(/^Uitnodiging/);
    const audit = await adminDb().doc(`audit/${invitationId}`).get();
    expect(audit.data()).toMatchObject({
      action: 'link.invited',
      actorUid: P.pieter.uid,
      target: `forms/${FORM_A}/parts/opleider`,
    });
    expect(audit.get('details.token')).toBe(sha256(token).slice(0, 8));
  });

  it('can be opened any number of times (peek, GETs as a mail scanner does) without spending anything', async () => {
    const { token } = await inviteJan();
    const ref = adminDb().doc(`linkTokens/${sha256(token)}`);
    const before = await ref.get();
    const scanner = device();
    for (let i = 0; i < 5; i++) {
      expect(await scanner.call('peekLinkToken', { token })).toEqual({
        state: 'valid',
        formTitle: 'ComBel maand 3',
        raterName: JAN.name,
        expiresAt: before.get('expiresAt').toDate().toISOString(),
        submittedAt: null,
      });
    }
    // A scanner that fetches URLs with the token in them gets nothing from the functions either.
    for (const name of ['redeemLinkToken', 'peekLinkToken', 'requestNewLink']) {
      for (const url of [`${functionUrl(name)}?token=${token}`, `${functionUrl(name)}/${token}`]) {
        const res = await fetch(url);
        expect(res.status, `GET ${name}`).toBeGreaterThanOrEqual(400);
      }
    }
    const after = await ref.get();
    expect(after.updateTime!.isEqual(before.updateTime!)).toBe(true);
    expect(after.get('spentAt')).toBeNull();
    expect((await adminDb().doc(`forms/${FORM_A}/parts/opleider`).get()).get('raterUids')).toEqual([
      P.pieter.uid,
      P.marieke.uid,
    ]);
  });

  it('is spent by its button once: a session for exactly that part, and never again', async () => {
    const { token } = await inviteJan();
    const browser = device();
    const session = await browser.call('redeemLinkToken', { token });
    expect(session).toMatchObject({ formId: FORM_A, partId: 'opleider' });

    const { user } = await signInWithCustomToken(browser.auth, session.customToken);
    const claims = (await user.getIdTokenResult()).claims;
    expect(claims).toMatchObject({ institute: INSTITUTE, linkPart: `${FORM_A}/opleider` });
    expect(claims.staff).toBeUndefined();
    expect(user.uid).toMatch(/^ext_[0-9a-f]{28}$/);

    const stored = await adminDb()
      .doc(`linkTokens/${sha256(token)}`)
      .get();
    expect(stored.get('spentAt')).toBeInstanceOf(Timestamp);
    expect(stored.get('uid')).toBe(user.uid);
    expect((await adminDb().doc(`forms/${FORM_A}/parts/opleider`).get()).get('raterUids')).toContain(
      user.uid,
    );
    const envelope = await adminDb().doc(`forms/${FORM_A}`).get();
    expect(envelope.get('parts.opleider.raterUids')).toContain(user.uid);
    expect(envelope.get('raterUids')).toContain(user.uid);
    expect(envelope.get('parts.aios.raterUids')).not.toContain(user.uid);
    expect(envelope.get('readerUids')).not.toContain(user.uid);

    for (let i = 0; i < 3; i++) {
      const again = await refusal(device().call('redeemLinkToken', { token }));
      expect(again).toMatchObject({
        code: 'failed-precondition',
        message: 'Deze link is al gebruikt. Vraag hieronder een nieuwe link aan.',
        details: { state: 'spent' },
      });
    }
    expect((await device().call('peekLinkToken', { token })).state).toBe('spent');
  });

  it('for form A cannot be used for form B', async () => {
    const { token } = await inviteJan(FORM_A);
    const browser = device();
    // The request names only the token; anything else is refused before any lookup.
    const extra = await refusal(browser.callRaw('redeemLinkToken', { token, formId: FORM_B }));
    expect(extra.code).toBe('invalid-argument');
    const session = await browser.call('redeemLinkToken', { token });
    expect(session.formId).toBe(FORM_A);
    const { user } = await signInWithCustomToken(browser.auth, session.customToken);
    expect((await user.getIdTokenResult()).claims.linkPart).toBe(`${FORM_A}/opleider`);

    // Through firestore.rules: the session reads and writes its own part, never form B's part or
    // another part of form A.
    const own = doc(browser.db, `forms/${FORM_A}/parts/opleider`);
    expect((await getDoc(own)).get('formId')).toBe(FORM_A);
    await expect(getDoc(doc(browser.db, `forms/${FORM_B}/parts/opleider`))).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(
      updateDoc(doc(browser.db, `forms/${FORM_B}/parts/opleider`), { status: 'draft' }),
    ).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(getDoc(doc(browser.db, `forms/${FORM_A}/parts/aios`))).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(getDoc(doc(browser.db, `linkTokens/${sha256(token)}`))).rejects.toMatchObject({
      code: 'permission-denied',
    });
  });

  it('expires: then it spends nothing, and a new link goes to the rater by mail and resumes the same part', async () => {
    const { token } = await inviteJan();
    const ref = adminDb().doc(`linkTokens/${sha256(token)}`);
    await ref.update({ expiresAt: Timestamp.fromMillis(Date.now() - 1000) }); // 14 days later
    const browser = device();
    expect((await browser.call('peekLinkToken', { token })).state).toBe('expired');
    expect(await refusal(browser.call('redeemLinkToken', { token }))).toMatchObject({
      code: 'failed-precondition',
      message: 'Deze link is verlopen. Vraag hieronder een nieuwe link aan.',
      details: { state: 'expired' },
    });
    expect((await ref.get()).get('spentAt')).toBeNull();

    expect(await browser.call('requestNewLink', { token })).toEqual({ ok: true, sentTo: 'rater' });
    const [mail] = await waitForMail(JAN.email, 'Nieuwe link: ComBel maand 3');
    const fresh = tokenOf(linkIn(mail!, `${APP_URL}/link/`));
    expect(fresh).not.toBe(token);
    expect(api.redeemLinkToken.request.safeParse({ token: fresh }).success).toBe(true);
    expect(
      (
        await adminDb()
          .doc(`linkTokens/${sha256(fresh)}`)
          .get()
      ).get('renewedFrom'),
    ).toBe(sha256(token).slice(0, 8));

    expect((await browser.call('peekLinkToken', { token: fresh })).state).toBe('valid');
    const session = await browser.call('redeemLinkToken', { token: fresh });
    const { user } = await signInWithCustomToken(browser.auth, session.customToken);
    // The same rater uid as the first link would have given: the draft on the part is theirs to resume.
    expect(user.uid).toBe((await ref.get()).get('uid'));
    expect(session).toMatchObject({ formId: FORM_A, partId: 'opleider' });
  });

  it('keeps partial work: a draft saved in one session is there in the session of a new link', async () => {
    const { token } = await inviteJan();
    const laptop = device();
    const first = await laptop.call('redeemLinkToken', { token });
    const { user } = await signInWithCustomToken(laptop.auth, first.customToken);
    const part = doc(laptop.db, `forms/${FORM_A}/parts/opleider`);
    const draft = {
      tops: 'Goede anamnese, rustig tempo.',
      feedbackPraktijk: 'Assistentes: prettig in de omgang.',
    };
    await updateDoc(part, {
      answers: draft,
      status: 'draft',
      updatedAt: serverTimestamp(),
      updatedBy: user.uid,
    });

    // Another day, another device: the link is spent, so a new one is asked for and mailed to Jan.
    const phone = device();
    expect(await phone.call('requestNewLink', { token })).toEqual({ ok: true, sentTo: 'rater' });
    const [mail] = await waitForMail(JAN.email, 'Nieuwe link: ');
    const session = await phone.call('redeemLinkToken', {
      token: tokenOf(linkIn(mail!, `${APP_URL}/link/`)),
    });
    const again = await signInWithCustomToken(phone.auth, session.customToken);
    expect(again.user.uid).toBe(user.uid);
    const resumed = await getDoc(doc(phone.db, `forms/${FORM_A}/parts/opleider`));
    expect(resumed.get('answers')).toEqual(draft);
    expect(resumed.get('status')).toBe('draft');
  });

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
