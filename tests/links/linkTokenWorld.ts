// The world of the single-use link suites (linkTokens*.test.ts): traject t1 with two forms, and Jan, whom
// Pieter names waarnemend opleider by inviteRater. Call useLinkTokenWorld() once per file.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { APP_URL } from '../support/ports.js';
import { clearMail } from '../support/mailbox.js';
import { closeAdmin, resetAuth, resetFirestore } from '../support/stack.js';
import {
  enableTriggers,
  linkIn,
  P,
  seedForm,
  seedWorld,
  signInAs,
  useClients,
  waitForMail,
} from './world.js';

export const FORM_A = 't1__link-combel';
export const FORM_B = 't1__link-diensten';
export const JAN = { name: 'Jan Waarnemer', email: 'jan@waarneming.example' };
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const tokenOf = (link: string) => link.slice(`${APP_URL}/link/`.length);

/**
 * Seeds the world before each test: traject t1's ComBel (form A) and diensten (form B). Returns `device()`, a
 * client signed in as nobody (closed after the test), and `inviteJan`.
 */
export function useLinkTokenWorld() {
  const { device } = useClients();
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
  return { device, inviteJan };
}
