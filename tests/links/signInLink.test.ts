// Account holders: an e-mailed link signs them in (Firebase e-mail link, passwordless) and lands on the
// form it was asked for, also on another device, where the app asks for the address again.
import { isSignInWithEmailLink, signInWithEmailLink } from 'firebase/auth';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_URL } from '../support/ports.js';
import { clearMail, mailTo } from '../support/mailbox.js';
import {
  adminDb,
  closeAdmin,
  eventually,
  resetAuth,
  resetFirestore,
  setBackgroundTriggers,
} from '../support/stack.js';
import { client, enableTriggers, linkIn, P, refusal, seedWorld, waitForMail, type Client } from './world.js';

const formPath = '/formulieren/t1__link-combel/opleider';
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
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(closeAdmin);

/** Follows the mailed link like a browser's first hop: the Auth emulator answers with a redirect. */
async function landing(link: string): Promise<URL> {
  const res = await fetch(link, { redirect: 'manual' });
  expect(res.status).toBe(303);
  return new URL(res.headers.get('location')!);
}

describe('sendSignInLink', () => {
  it('mails a link that signs the person in and lands on the form they asked for', async () => {
    const phone = device();
    expect(await phone.call('sendSignInLink', { email: P.pieter.email, continuePath: formPath })).toEqual({
      ok: true,
    });

    const [mail] = await waitForMail(P.pieter.email, 'Je aanmeldlink voor Praktijkvolg');
    const link = linkIn(mail!, 'http://');
    const landed = await landing(link);
    expect(`${landed.origin}${landed.pathname}`).toBe(`${APP_URL}/aanmelden/voltooien`);
    expect(landed.searchParams.get('next')).toBe(formPath);
    expect(landed.searchParams.get('oobCode')).toBeTruthy();
    expect(isSignInWithEmailLink(phone.auth, landed.href)).toBe(true);

    const { user } = await signInWithEmailLink(phone.auth, P.pieter.email, landed.href);
    expect(user.uid).toBe(P.pieter.uid); // the person's own account, not a new one
    // The link works once.
    const again = device();
    await expect(signInWithEmailLink(again.auth, P.pieter.email, landed.href)).rejects.toMatchObject({
      code: 'auth/invalid-action-code',
    });
  });

  it('works on a second device: a fresh browser asks the address again and continues to the form', async () => {
    const laptop = device();
    await laptop.call('sendSignInLink', { email: P.pieter.email, continuePath: formPath });
    const [mail] = await waitForMail(P.pieter.email, 'Je aanmeldlink');
    const landed = await landing(linkIn(mail!, 'http://'));

    const phone = device(); // nothing stored: no address from the laptop
    expect(phone.auth.currentUser).toBeNull();
    await expect(signInWithEmailLink(phone.auth, P.anna.email, landed.href)).rejects.toMatchObject({
      code: 'auth/invalid-email',
    });
    const { user } = await signInWithEmailLink(phone.auth, P.pieter.email, landed.href); // the address typed again
    expect(user.uid).toBe(P.pieter.uid);
    expect(landed.searchParams.get('next')).toBe(formPath);
    expect(laptop.auth.currentUser).toBeNull(); // the other device is untouched
  });

  it('creates the Auth account of a person who has none yet, under their people uid', async () => {
    await adminDb().doc('people/u-nieuw').set({
      instituteId: 'lumc',
      displayName: 'Nieuwe Opleider',
      email: 'nieuw@lumc-huisarts.example',
      staffRoles: [],
    });
    const c = device();
    await c.call('sendSignInLink', { email: 'Nieuw@LUMC-huisarts.example', continuePath: '/' });
    const [mail] = await waitForMail('nieuw@lumc-huisarts.example', 'Je aanmeldlink');
    const landed = await landing(linkIn(mail!, 'http://'));
    const { user } = await signInWithEmailLink(c.auth, 'nieuw@lumc-huisarts.example', landed.href);
    expect(user.uid).toBe('u-nieuw');
  });

  it('answers ok for an unknown address and mails nothing; the outbox keeps no copy of the address', async () => {
    const c = device();
    expect(await c.call('sendSignInLink', { email: 'onbekend@example.nl', continuePath: '/' })).toEqual({
      ok: true,
    });
    // The call queued one outbox mail, as for anyone; at send time nobody has the address, so it is skipped.
    const skipped = await eventually('the sign-in mail skipped', async () => {
      const docs = (await adminDb().collection('mail').get()).docs.map((d) => d.data());
      return docs.length === 1 && docs[0]!.delivery?.state === 'SUCCESS' ? docs[0]! : undefined;
    });
    expect(skipped.delivery.skippedReason).toBeTruthy();
    expect(skipped.to).toBe('niet-verzonden');
    expect(JSON.stringify(skipped)).not.toContain('onbekend');
    expect(await mailTo('onbekend@example.nl')).toEqual([]);
  });

  it('does the same work for a known and an unknown address: one outbox mail of the same shape', async () => {
    await setBackgroundTriggers(false); // look at what the call itself wrote, before the outbox moves it
    try {
      const c = device();
      await c.call('sendSignInLink', { email: P.pieter.email, continuePath: formPath });
      await c.call('sendSignInLink', { email: 'onbekend@example.nl', continuePath: formPath });
      const docs = (await adminDb().collection('mail').get()).docs.map((d) => d.data());
      expect(docs).toHaveLength(2);
      const [known, unknown] = [P.pieter.email, 'onbekend@example.nl'].map((to) =>
        docs.find((d) => d.to === to)!,
      );
      const { to: _k, ...knownRest } = known!;
      const { to: _u, ...unknownRest } = unknown!;
      expect(knownRest).toEqual(unknownRest); // nothing in it depends on whether the address is known
      expect(knownRest).toEqual({
        purpose: 'link.signin',
        continuePath: formPath,
        message: { subject: 'Je aanmeldlink voor Praktijkvolg', text: expect.any(String) },
      });
      // Neither call touched Auth: the account of a person without one is made at send time.
      expect((await adminDb().collection('linkRateLimits').get()).size).toBe(2);
    } finally {
      await setBackgroundTriggers(true);
    }
  });

  it('never puts a path that leaves the app in a mail: refused before anything is queued', async () => {
    const c = device();
    for (const continuePath of [
      '/\\evil.example',
      '/\\/evil.example',
      '//evil.example',
      'https://evil.example',
      '/%5Cevil.example',
      'https://evil.example/',
      '//evil.example/x',
      'formulieren',
      '/formulieren/x\u202E',
    ]) {
      const r = await refusal(c.callRaw('sendSignInLink', { email: P.pieter.email, continuePath }));
      expect(r).toMatchObject({
        code: 'invalid-argument',
        message: 'Ongeldig pad: na het aanmelden kan alleen een pagina van Praktijkvolg worden geopend.',
      });
    }
    expect((await adminDb().collection('mail').get()).size).toBe(0);
    expect((await adminDb().collection('linkRateLimits').get()).size).toBe(0);
  });

  it('limits links per address per hour, for known and unknown addresses alike', async () => {
    const c = device();
    for (const email of [P.pieter.email, 'onbekend@example.nl']) {
      for (let i = 0; i < 5; i++) await c.call('sendSignInLink', { email, continuePath: '/' });
      const r = await refusal(c.call('sendSignInLink', { email, continuePath: '/' }));
      expect(r.code).toBe('resource-exhausted');
      expect(r.message).toMatch(/^Er zijn het afgelopen uur al te veel aanmeldlinks gevraagd/);
    }
    await waitForMail(P.pieter.email, 'Je aanmeldlink', 5);
  });
});
