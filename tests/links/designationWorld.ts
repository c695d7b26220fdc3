// The world of the designation suites (docs/rules.md, "Who fills an assessment part"): the link suites' world
// (world.ts) with a ComBel, a diensten report and a KPB of Anna (duo-opleiders Pieter and Marieke) and an LED
// observation of Daan, whose collega_docent part is a feedback part. Call useDesignationWorld() once per file.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { APP_URL } from '../support/ports.js';
import { clearMail, type ReceivedMail } from '../support/mailbox.js';
import { adminDb, closeAdmin, resetAuth, resetFirestore } from '../support/stack.js';
import {
  client,
  enableTriggers,
  L1,
  linkIn,
  P,
  seedForm,
  seedWorld,
  signInAs,
  type Client,
} from './world.js';

export const COMBEL = 't1__aanwijzen-combel';
export const DIENSTEN = 't1__aanwijzen-diensten';
export const KPB = 't1__aanwijzen-kpb';
export const OBSERVATIE = 'l1__aanwijzen-observatie';
export const JAN = { name: 'Jan Waarnemer', email: 'jan@waarneming.example' };
export const HENK = { name: 'Henk Bos', email: 'henk.bos@praktijk-delinde.example' };

/** Seeds the world before each test; returns `as(uid)`: a client signed in as that person (null: nobody). */
export function useDesignationWorld(): (uid: string | null) => Promise<Client> {
  const open: Client[] = [];
  beforeAll(enableTriggers);
  beforeEach(async () => {
    await Promise.all([resetFirestore(), resetAuth(), clearMail()]);
    await seedWorld();
    const opleiders = { raterUids: [P.pieter.uid, P.marieke.uid] };
    await seedForm({
      formId: COMBEL,
      formType: 'combel',
      title: 'ComBel maand 3',
      parts: {
        aios: { raterUids: [P.anna.uid] },
        opleider: opleiders,
        groepsdocent: { raterUids: [P.gerda.uid] },
      },
    });
    await seedForm({
      formId: DIENSTEN,
      formType: 'diensten',
      title: 'Voortgangsrapportage diensten maand 6',
      parts: { opleider: opleiders },
    });
    await seedForm({
      formId: KPB,
      formType: 'kpb',
      title: 'KPB 4',
      parts: { aios: { raterUids: [P.anna.uid] }, opleider: opleiders },
    });
    await seedForm({
      formId: OBSERVATIE,
      trajectId: L1,
      formType: 'observatie',
      title: 'Observatie lesbezoek 1',
      parts: { collega_docent: { raterUids: [] } },
    });
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  afterAll(closeAdmin);
  return async (uid) => {
    const c = client();
    open.push(c);
    if (uid) await signInAs(c, uid);
    return c;
  };
}

export const tokensOf = async (formId: string) =>
  (await adminDb().collection('linkTokens').where('formId', '==', formId).get()).docs.map((d) => d.data());
export const partOf = async (formId: string, partId: string) =>
  (await adminDb().doc(`forms/${formId}/parts/${partId}`).get()).data()!;
/** The single-use token in an invitation mail. */
export const tokenIn = (mail: ReceivedMail) =>
  linkIn(mail, `${APP_URL}/link/`).slice(`${APP_URL}/link/`.length);
