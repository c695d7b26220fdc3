// Corrections of submitted parts, as the real users do it (docs/rules.md, "Corrections of submitted parts"): the
// secretariat (desktop) reopens the opleider's submitted part of a revealed ComBel on the form's overview, with a
// required reason; the opleider (phone) finds the part back as a draft with "Heropend door … op …: reden", and
// the aios no longer sees the opleider's part until it is submitted again.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMail } from '../support/mailbox.js';
import { adminDb, eventually } from '../support/stack.js';
import {
  axeViolations,
  DESKTOP,
  launchBrowser,
  newContext,
  screenshot,
  signInByEmailLink,
  submitForm,
} from './browser.js';
import { F, P, seedWorld } from './fixtures.js';

const REASON = 'Bij communicatie is het verkeerde niveau aangeklikt.';
let browser: Browser;

beforeAll(async () => {
  await seedWorld();
  // The opleider submitted too: the round is in and revealed (partWritten).
  await adminDb().doc(`forms/${F.combel}/parts/opleider`).update({
    status: 'submitted',
    answers: FORM_EXAMPLES.combel.opleider,
    submittedAt: Timestamp.now(),
    updatedAt: Timestamp.now(),
    updatedBy: P.pieter.uid,
  });
  await eventually('the ComBel is revealed', async () =>
    (await adminDb().doc(`forms/${F.combel}`).get()).get('revealed') === true ? true : undefined,
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('reopening a submitted part', () => {
  it('the secretariat reopens with a required reason; the opleider corrects it on the phone', async () => {
    const desk = await newContext(browser, DESKTOP);
    const page = await desk.newPage();
    await signInByEmailLink(page, P.sanne.email, `/formulieren/${F.combel}`);
    const opleider = page.locator('.worklist > li').filter({ hasText: 'Opleider' });
    await opleider.getByRole('button', { name: 'Heropenen' }).click();
    const dialog = page.getByRole('dialog', { name: /heropenen/ });
    await dialog.getByRole('button', { name: 'Deel heropenen' }).click();
    await dialog.getByText('Vul de reden van het heropenen in.').waitFor(); // the reason is required
    expect(await dialog.getByLabel('Reden (verplicht)').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Reden (verplicht)').fill(REASON);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'heropenen-secretariaat');
    await dialog.getByRole('button', { name: 'Deel heropenen' }).click();
    await page
      .getByText(`Heropend als versie 2. ${P.pieter.displayName} krijgt een e-mail met de reden.`)
      .waitFor();
    await page
      .getByTestId('reopened-opleider')
      .filter({ hasText: `Heropend door ${P.sanne.displayName} op ` })
      .waitFor();
    await expect.poll(async () => opleider.locator('.chip').first().textContent()).toBe('bezig');
    await screenshot(page, 'heropend-overzicht-secretariaat');
    await desk.close();

    // The mail to the opleider says why and links to the part.
    const mail = await eventually('the reopened mail', async () =>
      (await listMail()).find((m) => m.subject.startsWith('Heropend: opleider van ComBel maand 3')),
    );
    expect(mail.text).toContain(REASON);
    expect(mail.text).toContain(`/formulieren/${F.combel}/opleider`);

    // The aios: the round is sealed again, the opleider's part is not readable until it is in again.
    const annaContext = await newContext(browser);
    const anna = await annaContext.newPage();
    await signInByEmailLink(anna, P.anna.email, `/formulieren/${F.combel}/aios`);
    await anna.getByTestId('sealed-notice').waitFor();
    await annaContext.close();

    // The opleider on the phone: the draft with the reason on top, answers kept; submits again.
    const phone = await newContext(browser);
    const rater = await phone.newPage();
    await signInByEmailLink(rater, P.pieter.email, `/formulieren/${F.combel}/opleider`);
    const notice = rater.getByTestId('reopened');
    await notice
      .filter({ hasText: `Heropend door ${P.sanne.displayName} op ` })
      .filter({ hasText: REASON })
      .waitFor();
    await rater.locator('form[data-ready]').waitFor();
    expect(await axeViolations(rater)).toEqual([]);
    await screenshot(rater, 'heropend-deel-opleider');
    await submitForm(rater);
    await eventually('the round is revealed again', async () =>
      (await adminDb().doc(`forms/${F.combel}`).get()).get('revealed') === true ? true : undefined,
    );
    const part = (await adminDb().doc(`forms/${F.combel}/parts/opleider`).get()).data()!;
    expect(part).toMatchObject({ status: 'submitted', version: 2, correctionReason: REASON });
    expect((await adminDb().doc(`forms/${F.combel}/parts/opleider/versions/1`).get()).get('status')).toBe(
      'submitted',
    );
    await phone.close();
  });
});
