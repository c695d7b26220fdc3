// The demo world's reopened part (scripts/seed/correctionDemo.ts, run by `npm start`): after seedDemo, Pieter's part
// of Anna's ComBel maand 3 is reopened by Sanne, with its version kept and Pieter's mail queued. And, in the same
// seeded world, Thijs's decision "door onder voorwaarden" with its open follow-up (scripts/seed/decisionDemo.ts), and
// Lisa's late registration (demo/demoData.ts `lateForms`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REOPEN_REASON, seedCorrectionDemo } from '../../scripts/seed/correctionDemo.js';
import { DEMO_VOORWAARDEN, seedDecisionDemo } from '../../scripts/seed/decisionDemo.js';
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

  it(
    'Thijs’s decision "door onder voorwaarden": the follow-up waits for Hendrik',
    { timeout: 120_000 },
    async () => {
      await seedDecisionDemo(TEST_PROJECT_ID);
      const vervolg = (await adminDb().doc('forms/thijs-jaar1__voorwaarden-vervolg-1').get()).data()!;
      expect(vervolg).toMatchObject({
        formType: 'voorwaarden_vervolg',
        status: 'open',
        voorwaarden: { tekst: DEMO_VOORWAARDEN, beslissing: 'thijs-jaar1__voortgangsbeslissing' },
      });
      expect(vervolg.readerUids).toContain('thijs');
      const request = await adminDb().collection('audit').where('action', '==', 'decision.requested').get();
      expect(request.docs.map((d) => d.get('target'))).toEqual(['forms/thijs-jaar1__voortgangsbeslissing']);
    },
  );

  it('Lisa’s late registration: a past form not applicable keeps its reason, one to do is open again', async () => {
    const nvt = await eventually('Lisa’s forms', async () => {
      const snap = await adminDb().doc('forms/lisa-jaar3__voortgangsgesprek-m3').get();
      return snap.exists ? snap.data()! : undefined;
    });
    expect(nvt).toMatchObject({ status: 'vervallen', lateRegistration: true });
    expect(nvt.notApplicable.reason).toContain('vorige opleidingspraktijk');
    const todo = (await adminDb().doc('forms/lisa-jaar3__combel-m3').get()).data()!;
    expect(todo).toMatchObject({ status: 'open', lateRegistration: true, closesAt: null });
  });
});
