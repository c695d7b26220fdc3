// Finding 6: names and free texts that go into mails, PDFs and screens are NFC, bounded, and free of control and
// bidi characters, on every callable that takes one (domain policies/text.ts via the request contract in
// domain/src/api.ts; docs/rules.md, "Accounts, links and texts"). Each refusal is Dutch and writes nothing.
import { useClients } from '../support/clients.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminAuth, adminDb, closeAdmin, resetAuth, resetFirestore } from '../support/stack.js';
import { enableTriggers, INSTITUTE, P, refusal, seedForm, seedWorld } from './world.js';

const HIDDEN =
  /^(De naam|Het bericht) bevat een onzichtbaar stuur- of tekenrichtingsteken; typ de tekst opnieuw zonder dat teken\.$/;
const SPOOFS = {
  NUL: 'Jan\u0000Jansen',
  'right-to-left override (U+202E)': 'Jan \u202Elpmaxe.moc',
  'first strong isolate (U+2068)': 'Jan \u2068x\u2069',
  'zero-width space': 'Jan\u200BJansen',
};

const { as, device } = useClients();

beforeAll(enableTriggers);
beforeEach(async () => {
  await Promise.all([resetFirestore(), resetAuth()]);
  await seedWorld();
  await seedForm({
    formId: 't1__tekst-kpb',
    formType: 'kpb',
    title: 'KPB 1',
    parts: { aios: { raterUids: [P.anna.uid] }, opleider: { raterUids: [P.pieter.uid] } },
  });
});
afterAll(closeAdmin);

const written = async () => ({
  mail: (await adminDb().collection('mail').get()).size,
  tokens: (await adminDb().collection('linkTokens').get()).size,
});

describe.each(Object.entries(SPOOFS))('a %s', (_what, spoof) => {
  it('is refused in the name of an invitation (inviteRater), before anything is checked or written', async () => {
    const anna = await as(P.anna.uid);
    const r = await refusal(
      anna.callRaw('inviteRater', {
        formId: 't1__tekst-kpb',
        partId: 'opleider',
        name: spoof,
        email: 'x@praktijk.example',
      }),
    );
    expect(r.code).toBe('invalid-argument');
    expect(r.message).toMatch(HIDDEN);
    expect(await written()).toEqual({ mail: 0, tokens: 0 });
  });

  it('is refused in the message of an invitation (inviteRater)', async () => {
    const anna = await as(P.anna.uid);
    const r = await refusal(
      anna.callRaw('inviteRater', {
        formId: 't1__tekst-kpb',
        partId: 'opleider',
        name: 'Jan Jansen',
        email: 'x@praktijk.example',
        message: `Beste Jan,\n${spoof}`,
      }),
    );
    expect(r.code).toBe('invalid-argument');
    expect(r.message).toMatch(/^Het bericht bevat een onzichtbaar/);
    expect(await written()).toEqual({ mail: 0, tokens: 0 });
  });

  it('is refused in the name of a new person (upsertPerson)', async () => {
    const sec = await as(P.sanne.uid);
    const r = await refusal(
      sec.callRaw('upsertPerson', { email: 'nieuw@praktijk.example', displayName: spoof }),
    );
    expect(r.code).toBe('invalid-argument');
    expect(r.message).toMatch(HIDDEN);
    await expect(adminAuth().getUserByEmail('nieuw@praktijk.example')).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
    expect(
      (await adminDb().collection('people').where('email', '==', 'nieuw@praktijk.example').get()).size,
    ).toBe(0);
  });

  it('is refused in the path a sign-in link returns to (sendSignInLink)', async () => {
    const c = device();
    const r = await refusal(
      c.callRaw('sendSignInLink', { email: P.pieter.email, continuePath: `/formulieren/${spoof}` }),
    );
    expect(r.code).toBe('invalid-argument');
    expect(await written()).toEqual({ mail: 0, tokens: 0 });
  });
});

describe('what passes', () => {
  it('a name in another form of Unicode is stored as NFC and trimmed; a too long one is refused', async () => {
    const sec = await as(P.sanne.uid);
    const { uid } = await sec.call('upsertPerson', {
      email: 'rene@praktijk.example',
      displayName: '  Rene\u0301 Ağaoğlu ',
    });
    expect((await adminDb().doc(`people/${uid}`).get()).get('displayName')).toBe('René Ağaoğlu');

    const r = await refusal(
      sec.callRaw('upsertPerson', { email: 'lang@praktijk.example', displayName: 'x'.repeat(121) }),
    );
    expect(r).toMatchObject({
      code: 'invalid-argument',
      message: 'De naam is te lang (maximaal 120 tekens).',
    });
  });

  it('setStaffRoles never copies a spoofed Auth profile name into people/: the address instead', async () => {
    await adminAuth().createUser({ uid: 'u-admin', email: 'beheer@lumc-huisarts.example' });
    await adminAuth().setCustomUserClaims('u-admin', { institute: INSTITUTE, staff: ['admin'] });
    await adminAuth().createUser({
      uid: 'u-nieuw',
      email: 'nieuw@lumc-huisarts.example',
      displayName: 'Hoofd \u202Egnidiel',
    });
    const beheer = await as('u-admin');
    await beheer.call('setStaffRoles', { uid: 'u-nieuw', institute: INSTITUTE, staff: ['secretariaat'] });
    expect((await adminDb().doc('people/u-nieuw').get()).get('displayName')).toBe(
      'nieuw@lumc-huisarts.example',
    );
  });
});
