// Staff roles and people: only an admin sets staff roles (custom claims), never their own and only in their own
// institute; the secretariat adds people to its institute without duplicating an address. Both leave a trail.
import { useClients } from '../support/clients.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createUserWithEmailAndPassword,
  signInWithEmailAndPassword,
  signInWithEmailLink,
} from 'firebase/auth';
import { APP_URL, TEST_HOSTS, TEST_PROJECT_ID } from '../support/ports.js';
import { adminAuth, adminDb, closeAdmin, functionUrl, resetAuth, resetFirestore } from '../support/stack.js';
import { enableTriggers, INSTITUTE, P, refusal, seedWorld } from './world.js';

const ADMIN = 'u-admin';
const OTHER_ADMIN = 'u-admin-elders';

const { as, device } = useClients();

beforeAll(enableTriggers);
beforeEach(async () => {
  await Promise.all([resetFirestore(), resetAuth()]);
  await seedWorld();
  for (const [uid, institute] of [
    [ADMIN, INSTITUTE],
    [OTHER_ADMIN, 'elders'],
  ] as const) {
    await adminAuth().createUser({ uid, email: `${uid}@example.nl` });
    await adminAuth().setCustomUserClaims(uid, { institute, staff: ['admin'] });
  }
});
afterAll(closeAdmin);

describe('setStaffRoles', () => {
  it('lets an admin give a person staff roles: claims, the people mirror and an audit entry', async () => {
    const admin = await as(ADMIN);
    await admin.call('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: ['secretariaat'] });

    expect((await adminAuth().getUser(P.gerda.uid)).customClaims).toEqual({
      institute: INSTITUTE,
      staff: ['secretariaat'],
    });
    expect((await adminDb().doc(`people/${P.gerda.uid}`).get()).get('staffRoles')).toEqual(['secretariaat']);
    const audit = await adminDb().collection('audit').where('action', '==', 'staff.roles_set').get();
    expect(audit.docs.map((d) => d.data())).toMatchObject([
      { actorUid: ADMIN, target: `people/${P.gerda.uid}`, details: { before: [], after: ['secretariaat'] } },
    ]);

    // ... and take them away again.
    await admin.call('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: [] });
    expect((await adminAuth().getUser(P.gerda.uid)).customClaims).toEqual({
      institute: INSTITUTE,
      staff: [],
    });
  });

  it('refuses everyone but an admin, with the reason in Dutch', async () => {
    for (const uid of [P.sanne.uid /* secretariaat */, P.anna.uid]) {
      const c = await as(uid);
      const r = await refusal(
        c.call('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: ['admin'] }),
      );
      expect(r).toMatchObject({
        code: 'permission-denied',
        message: expect.stringMatching(/^Alleen een beheerder/),
      });
    }
    expect((await adminAuth().getUser(P.gerda.uid)).customClaims ?? {}).toEqual({});
  });

  it('refuses an admin who changes their own roles (nobody grants themselves a role)', async () => {
    const admin = await as(ADMIN);
    const r = await refusal(
      admin.call('setStaffRoles', { uid: ADMIN, institute: INSTITUTE, staff: ['admin', 'hoofd_opleiding'] }),
    );
    expect(r.code).toBe('permission-denied');
    expect((await adminAuth().getUser(ADMIN)).customClaims).toEqual({
      institute: INSTITUTE,
      staff: ['admin'],
    });
  });

  it('refuses an admin of another institute, for either institute', async () => {
    const other = await as(OTHER_ADMIN);
    expect(
      (
        await refusal(
          other.call('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: ['admin'] }),
        )
      ).code,
    ).toBe('permission-denied');
    // Naming their own institute does not move a person of ours over.
    expect(
      (
        await refusal(
          other.call('setStaffRoles', { uid: P.gerda.uid, institute: 'elders', staff: ['admin'] }),
        )
      ).code,
    ).toBe('failed-precondition');
    expect((await adminAuth().getUser(P.gerda.uid)).customClaims ?? {}).toEqual({});
  });

  it('refuses an unknown staff role before doing anything', async () => {
    const admin = await as(ADMIN);
    const r = await refusal(
      admin.callRaw('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: ['koning'] }),
    );
    expect(r.code).toBe('invalid-argument');
  });
});

describe('upsertPerson', () => {
  it('lets the secretariat add a person once: an account without password and a people document', async () => {
    const sec = await as(P.sanne.uid);
    const first = await sec.call('upsertPerson', {
      email: 'Nieuwe.Opleider@praktijk.example',
      displayName: 'Nieuwe Opleider',
    });
    expect(first.created).toBe(true);
    const user = await adminAuth().getUser(first.uid);
    expect(user.email).toBe('nieuwe.opleider@praktijk.example');
    expect(user.passwordHash).toBeUndefined();
    expect((await adminDb().doc(`people/${first.uid}`).get()).data()).toMatchObject({
      instituteId: INSTITUTE,
      displayName: 'Nieuwe Opleider',
      email: 'nieuwe.opleider@praktijk.example',
      staffRoles: [],
    });

    // The same address again (other capitals): the same person, renamed, not a second one.
    const again = await sec.call('upsertPerson', {
      email: 'nieuwe.opleider@praktijk.example',
      displayName: 'N. Opleider',
    });
    expect(again).toEqual({ uid: first.uid, created: false });
    expect((await adminDb().doc(`people/${first.uid}`).get()).get('displayName')).toBe('N. Opleider');
  });

  it('refuses an address of another institute, and anyone who is not staff', async () => {
    await adminDb()
      .doc('people/u-elders')
      .set({ instituteId: 'elders', displayName: 'Elders', email: 'elders@example.nl', staffRoles: [] });
    const sec = await as(P.sanne.uid);
    const r = await refusal(
      sec.call('upsertPerson', { email: 'elders@example.nl', displayName: 'Overgenomen' }),
    );
    expect(r).toEqual({
      code: 'already-exists',
      message: 'Dit e-mailadres hoort al bij een andere opleiding.',
      details: undefined,
    });
    expect((await adminDb().doc('people/u-elders').get()).get('displayName')).toBe('Elders');

    const aios = await as(P.anna.uid);
    expect((await refusal(aios.call('upsertPerson', { email: 'x@example.nl', displayName: 'X' }))).code).toBe(
      'permission-denied',
    );
  });
});

describe('account pre-hijack (finding 4)', () => {
  const victim = 'nieuwe.opleider@praktijk.example';

  it('does not adopt a password account someone made for the address before the person was added', async () => {
    // The attacker signed up with the victim's address and a password they know (before beforeUserCreated
    // existed, or through the console): an unverified account without claims or people document.
    const planted = await adminAuth().createUser({
      email: victim,
      password: 'aanvaller-123',
      emailVerified: false,
    });
    const attacker = device();
    await signInWithEmailAndPassword(attacker.auth, victim, 'aanvaller-123'); // it works, for now

    const sec = await as(P.sanne.uid);
    const added = await sec.call('upsertPerson', { email: victim, displayName: 'Nieuwe Opleider' });
    expect(added.created).toBe(true);
    expect(added.uid).not.toBe(planted.uid); // the person is not the attacker's account
    await expect(adminAuth().getUser(planted.uid)).rejects.toMatchObject({ code: 'auth/user-not-found' });
    const user = await adminAuth().getUser(added.uid);
    expect(user.passwordHash).toBeUndefined();
    expect(user.providerData).toEqual([]);
    expect((await adminDb().doc(`people/${added.uid}`).get()).get('email')).toBe(victim);

    // The attacker's password leads nowhere, and their session is gone with the account.
    const again = device();
    await expect(signInWithEmailAndPassword(again.auth, victim, 'aanvaller-123')).rejects.toMatchObject({
      code: expect.stringMatching(/^auth\/(user-not-found|invalid-credential|wrong-password)$/),
    });
    await expect(attacker.auth.currentUser!.getIdToken(true)).rejects.toMatchObject({
      code: expect.stringMatching(/^auth\//),
    });
    const audit = await adminDb().collection('audit').where('action', '==', 'person.account_replaced').get();
    expect(audit.docs.map((d) => d.data())).toMatchObject([
      {
        instituteId: INSTITUTE,
        actorUid: P.sanne.uid,
        details: { removedUid: planted.uid, providers: ['password'] },
      },
    ]);
  });

  it('adopts an account an admin of the institute vouched for (its claims), and refuses one of another person', async () => {
    const vouched = await adminAuth().createUser({ email: 'hoofd@lumc-huisarts.example' });
    await adminAuth().setCustomUserClaims(vouched.uid, { institute: INSTITUTE, staff: ['hoofd_opleiding'] });
    const sec = await as(P.sanne.uid);
    expect(
      await sec.call('upsertPerson', { email: 'hoofd@lumc-huisarts.example', displayName: 'Hoofd' }),
    ).toEqual({
      uid: vouched.uid,
      created: true,
    });

    // An account whose uid is already someone else's people document is never taken over nor deleted.
    const other = await adminAuth().createUser({ email: 'ander@praktijk.example' });
    await adminDb()
      .doc(`people/${other.uid}`)
      .set({ instituteId: INSTITUTE, displayName: 'Ander', staffRoles: [] });
    const r = await refusal(
      sec.call('upsertPerson', { email: 'ander@praktijk.example', displayName: 'Overname' }),
    );
    expect(r.code).toBe('failed-precondition');
    expect(r.message).toMatch(
      /^Er bestaat al een account met dit e-mailadres dat bij een andere persoon hoort/,
    );
    expect((await adminAuth().getUser(other.uid)).email).toBe('ander@praktijk.example');
  });
});

/**
 * The functions emulator tells the Auth emulator about blocking functions when it starts (firebase-tools 14.18.0
 * does not repeat it when it reloads changed functions), so a stack started before beforeUserCreated existed
 * would not call it. Register it the way the functions emulator does; on a fresh stack this changes nothing.
 */
async function registerBlockingFunction(): Promise<void> {
  const res = await fetch(
    `http://${TEST_HOSTS.auth}/identitytoolkit.googleapis.com/v2/projects/${TEST_PROJECT_ID}/config?updateMask=blockingFunctions`,
    {
      method: 'PATCH',
      headers: { Authorization: 'Bearer owner', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        blockingFunctions: {
          triggers: { beforeCreate: { functionUri: functionUrl('beforeUserCreated') } },
          forwardInboundCredentials: { accessToken: false, idToken: false, refreshToken: false },
        },
      }),
    },
  );
  if (!res.ok) throw new Error(`Auth emulator answered ${res.status} ${await res.text()}`);
}

describe('beforeUserCreated: no self sign-up (finding 4)', () => {
  beforeAll(registerBlockingFunction);

  it('refuses a password sign-up, for an unknown and for a known address', async () => {
    for (const email of ['vreemd@example.nl', 'nog.geen.account@praktijk.example']) {
      if (email.startsWith('nog')) {
        await adminDb()
          .doc('people/u-nog')
          .set({ instituteId: INSTITUTE, displayName: 'Nog Geen Account', email, staffRoles: [] });
      }
      const c = device();
      const err = await createUserWithEmailAndPassword(c.auth, email, 'geheim-123').then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(err?.message).toContain('Een account met een wachtwoord aanmaken kan niet');
      await expect(adminAuth().getUserByEmail(email)).rejects.toMatchObject({ code: 'auth/user-not-found' });
    }
  });

  it('lets a known person without an account in by e-mail link, and nobody else', async () => {
    const known = 'nog.geen.account@praktijk.example';
    await adminDb()
      .doc('people/u-nog')
      .set({ instituteId: INSTITUTE, displayName: 'Nog Geen Account', email: known, staffRoles: [] });
    const linkFor = (email: string) =>
      adminAuth().generateSignInWithEmailLink(email, {
        url: `${APP_URL}/aanmelden/voltooien`,
        handleCodeInApp: true,
      });

    const stranger = device();
    const err = await signInWithEmailLink(
      stranger.auth,
      'vreemd@example.nl',
      await linkFor('vreemd@example.nl'),
    ).then(
      () => null,
      (e: unknown) => e as { message: string },
    );
    expect(err?.message).toContain('Voor dit e-mailadres is geen account mogelijk');
    await expect(adminAuth().getUserByEmail('vreemd@example.nl')).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });

    const person = device();
    const { user } = await signInWithEmailLink(person.auth, known, await linkFor(known));
    expect(user.email).toBe(known);
  });
});
