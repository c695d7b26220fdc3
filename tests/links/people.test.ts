// Staff roles and people: only an admin sets staff roles (custom claims), never their own and only in their own
// institute; the secretariat adds people to its institute without duplicating an address. Both leave a trail.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminAuth, adminDb, closeAdmin, resetAuth, resetFirestore } from '../support/stack.js';
import { client, enableTriggers, INSTITUTE, P, refusal, seedWorld, signInAs, type Client } from './world.js';

const ADMIN = 'u-admin';
const OTHER_ADMIN = 'u-admin-elders';

const open: Client[] = [];
async function as(uid: string): Promise<Client> {
  const c = client();
  open.push(c);
  await signInAs(c, uid);
  return c;
}

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
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(closeAdmin);

describe('setStaffRoles', () => {
  it('lets an admin give a person staff roles: claims, the people mirror and an audit entry', async () => {
    const admin = await as(ADMIN);
    await admin.call('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: ['secretariaat'] });

    expect((await adminAuth().getUser(P.gerda.uid)).customClaims).toEqual({ institute: INSTITUTE, staff: ['secretariaat'] });
    expect((await adminDb().doc(`people/${P.gerda.uid}`).get()).get('staffRoles')).toEqual(['secretariaat']);
    const audit = await adminDb().collection('audit').where('action', '==', 'staff.roles_set').get();
    expect(audit.docs.map((d) => d.data())).toMatchObject([
      { actorUid: ADMIN, target: `people/${P.gerda.uid}`, details: { before: [], after: ['secretariaat'] } },
    ]);

    // ... and take them away again.
    await admin.call('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: [] });
    expect((await adminAuth().getUser(P.gerda.uid)).customClaims).toEqual({ institute: INSTITUTE, staff: [] });
  });

  it('refuses everyone but an admin, with the reason in Dutch', async () => {
    for (const uid of [P.sanne.uid /* secretariaat */, P.anna.uid]) {
      const c = await as(uid);
      const r = await refusal(c.call('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: ['admin'] }));
      expect(r).toMatchObject({ code: 'permission-denied', message: expect.stringMatching(/^Alleen een beheerder/) });
    }
    expect((await adminAuth().getUser(P.gerda.uid)).customClaims ?? {}).toEqual({});
  });

  it('refuses an admin who changes their own roles (nobody grants themselves a role)', async () => {
    const admin = await as(ADMIN);
    const r = await refusal(admin.call('setStaffRoles', { uid: ADMIN, institute: INSTITUTE, staff: ['admin', 'hoofd_opleiding'] }));
    expect(r.code).toBe('permission-denied');
    expect((await adminAuth().getUser(ADMIN)).customClaims).toEqual({ institute: INSTITUTE, staff: ['admin'] });
  });

  it('refuses an admin of another institute, for either institute', async () => {
    const other = await as(OTHER_ADMIN);
    expect((await refusal(other.call('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: ['admin'] }))).code).toBe(
      'permission-denied',
    );
    // Naming their own institute does not move a person of ours over.
    expect((await refusal(other.call('setStaffRoles', { uid: P.gerda.uid, institute: 'elders', staff: ['admin'] }))).code).toBe(
      'failed-precondition',
    );
    expect((await adminAuth().getUser(P.gerda.uid)).customClaims ?? {}).toEqual({});
  });

  it('refuses an unknown staff role before doing anything', async () => {
    const admin = await as(ADMIN);
    const r = await refusal(admin.callRaw('setStaffRoles', { uid: P.gerda.uid, institute: INSTITUTE, staff: ['koning'] }));
    expect(r.code).toBe('invalid-argument');
  });
});

describe('upsertPerson', () => {
  it('lets the secretariat add a person once: an account without password and a people document', async () => {
    const sec = await as(P.sanne.uid);
    const first = await sec.call('upsertPerson', { email: 'Nieuwe.Opleider@praktijk.example', displayName: 'Nieuwe Opleider' });
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
    const again = await sec.call('upsertPerson', { email: 'nieuwe.opleider@praktijk.example', displayName: 'N. Opleider' });
    expect(again).toEqual({ uid: first.uid, created: false });
    expect((await adminDb().doc(`people/${first.uid}`).get()).get('displayName')).toBe('N. Opleider');
  });

  it('refuses an address of another institute, and anyone who is not staff', async () => {
    await adminDb().doc('people/u-elders').set({ instituteId: 'elders', displayName: 'Elders', email: 'elders@example.nl', staffRoles: [] });
    const sec = await as(P.sanne.uid);
    const r = await refusal(sec.call('upsertPerson', { email: 'elders@example.nl', displayName: 'Overgenomen' }));
    expect(r).toEqual({ code: 'already-exists', message: 'Dit e-mailadres hoort al bij een andere opleiding.', details: undefined });
    expect((await adminDb().doc('people/u-elders').get()).get('displayName')).toBe('Elders');

    const aios = await as(P.anna.uid);
    expect((await refusal(aios.call('upsertPerson', { email: 'x@example.nl', displayName: 'X' }))).code).toBe('permission-denied');
  });
});
