// Raters without an account: a single-use, expiring link grants one form part and nothing else. Opening
// it (a GET, as mail scanners do) spends nothing; only the button (redeem) does, once.
import { api } from '@praktijkvolg/domain/api';
import { signInWithCustomToken } from 'firebase/auth';
import { doc, getDoc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { APP_URL } from '../support/ports.js';
import { adminDb, eventually, functionUrl } from '../support/stack.js';
import { INSTITUTE, linkIn, P, refusal, waitForMail } from './world.js';
import { FORM_A, FORM_B, JAN, sha256, tokenOf, useLinkTokenWorld } from './linkTokenWorld.js';

const { device, inviteJan } = useLinkTokenWorld();

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
      return mails.length > 0 && mails.every((m) => m.get('delivery.state') === 'SUCCESS')
        ? mails
        : undefined;
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
});
