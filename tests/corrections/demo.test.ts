// The demo world's reopened part (scripts/seed/correctionDemo.ts, run by `npm start`): after seedDemo, Pieter's part
// of Anna's ComBel maand 3 is reopened by Sanne, with its version kept and Pieter's mail queued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REOPEN_REASON, seedCorrectionDemo } from '../../scripts/seed/correctionDemo.js';
import { TEST_HOSTS, TEST_PROJECT_ID } from '../support/ports.js';
import { adminDb, closeAdmin, eventually, resetAuth, resetFirestore } from '../support/stack.js';
import { enableTriggers } from '../links/world.js';

beforeAll(async () => {
  await enableTriggers();
  await Promise.all([resetFirestore(), resetAuth()]);
});
afterAll(closeAdmin);

describe('the demo world has one reopened part', () => {
  it('Anna’s ComBel maand 3: Pieter’s part reopened by Sanne', { timeout: 120_000 }, async () => {
    // The seed refuses to run unless it is pointed at the emulators (scripts/seed/seed.ts): the test stack's.
    process.env.FIRESTORE_EMULATOR_HOST ??= TEST_HOSTS.firestore;
    process.env.FIREBASE_AUTH_EMULATOR_HOST ??= TEST_HOSTS.auth;
    const { seedDemo } = await import('../../scripts/seed/seed.js');
    await seedDemo(TEST_PROJECT_ID);
    await eventually(
      'Anna’s forms',
      async () =>
        (await adminDb().collection('forms').where('trajectId', '==', 'anna-jaar1').count().get()).data()
          .count > 0
          ? true
          : undefined,
      60_000,
    );
    await seedCorrectionDemo(TEST_PROJECT_ID, 'http://127.0.0.1:5173');
    const reopened = await adminDb().collection('audit').where('action', '==', 'part.reopened').get();
    expect(reopened.size).toBe(1);
    const target = reopened.docs[0]!.get('target') as string;
    expect(target).toMatch(/^forms\/anna-jaar1__combel-m3\/parts\/opleider$/);
    const part = (await adminDb().doc(target).get()).data()!;
    expect(part).toMatchObject({
      status: 'draft',
      version: 2,
      correctionReason: DEMO_REOPEN_REASON,
      reopened: { byName: 'Sanne de Wit' },
    });
    expect((await adminDb().doc(`${target}/versions/1`).get()).get('status')).toBe('submitted');
    expect((await adminDb().collection('mail').where('purpose', '==', 'part.reopened').get()).size).toBe(1);
  });
});
