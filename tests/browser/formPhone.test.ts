// The form on a phone (390 px): the header says whom the form is about and who fills it, the deadline chip
// fits, the save state and submit button stay in a bar at the bottom, a failed submission gets a summary
// that names and links every field, text fields count characters and keep a paste that is too long, and a
// submission ends in a confirmation at the top with what can still be done. A rater who came by link sees
// the trainee's name and their own.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsForPart, FORM_DEFINITIONS, FORM_EXAMPLES } from '@praktijkvolg/domain';
import { APP_URL } from '../support/ports.js';
import { clearMail, mailTo } from '../support/mailbox.js';
import { eventually } from '../support/stack.js';
import {
  axeViolations,
  fillAnswers,
  launchBrowser,
  newContext,
  PHONE,
  screenshot,
  signInByEmailLink,
  submitForm,
} from './browser.js';
import { F, P, seedWorld } from './fixtures.js';

let browser: Browser;
let page: Page;
const henk = { name: 'Henk Bos', email: 'henk.bos@praktijk-delinde.example' };
const fields = fieldsForPart(FORM_DEFINITIONS.observatie, 'werkplekbegeleider');

beforeAll(async () => {
  await seedWorld();
  await clearMail();
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  await signInByEmailLink(page, P.kees.email, `/formulieren/${F.observatie}/werkplekbegeleider`);
  await page.locator('form[data-ready]').waitFor();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** The element's box lies inside the 390 × 844 viewport. */
async function inViewport(selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    });
}

describe('the form on a phone', () => {
  it('says whom it is about and who fills it; the deadline chip is not clipped', async () => {
    const who = page.getByTestId('form-who');
    expect(await who.innerText()).toMatch(/Over:?\s*Lotte Meijer/);
    expect(await who.innerText()).toMatch(/Ingevuld door:?\s*Observatie werkplekbegeleider: Kees de Boer/);
    const chip = page.locator('header .chip').first();
    const fits = await chip.evaluate(
      (el) =>
        el.scrollWidth <= el.clientWidth + 1 &&
        el.getBoundingClientRect().right <= window.innerWidth &&
        document.documentElement.scrollWidth <= window.innerWidth,
    );
    expect(fits).toBe(true);
    await screenshot(page, 'formulier-telefoon-kop');
  });

  it('keeps the save state and the submit button in a bar at the bottom while typing', async () => {
    await page.locator('#f-gedragsindicatoren').scrollIntoViewIfNeeded();
    await page.locator('#f-lesonderwerp').fill('Breuken vergelijken');
    await page.locator('#f-gedragsindicatoren').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="sync-state"][data-state="saved"]').waitFor();
    expect(await page.getByTestId('sync-state').textContent()).toBe('Opgeslagen');
    expect(await inViewport('[data-testid="form-bar"]')).toBe(true);
    expect(await inViewport('[data-testid="form-bar"] button[type="submit"]')).toBe(true);
    // The save state wraps inside the bar rather than being cut off.
    const state = page.getByTestId('sync-state');
    expect(await state.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await screenshot(page, 'formulier-telefoon-balk');
  });

  it('a failed submission names each field in a summary that has focus and links to the field', async () => {
    await page.locator('form[data-ready] button[type="submit"]').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const lines = await summary.getByRole('link').allInnerTexts();
    expect(lines.some((l) => l.startsWith('Datum lesbezoek: '))).toBe(true);
    // No line is a bare message: each starts with the field's label.
    expect(lines.every((l) => /^[^:]+: /.test(l))).toBe(true);
    expect(new Set(lines).size).toBe(lines.length);
    await screenshot(page, 'formulier-foutoverzicht');
    expect(await axeViolations(page)).toEqual([]);

    await summary.getByRole('link', { name: /^Datum lesbezoek:/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-datum');
    expect(await inViewport('#f-datum')).toBe(true);
  });

  it('counts characters; a paste over the limit is kept, says how much is too much and blocks submitting', async () => {
    const field = page.locator('#f-observatievraag');
    await field.fill('Hoe');
    await page.getByTestId('count-f-observatievraag').filter({ hasText: '3 van 1.000 tekens' }).waitFor();
    await field.fill('');
    await field.focus();
    const pasted = 'Waarom '.repeat(180); // 1,260 characters
    await page.keyboard.insertText(pasted);
    expect((await field.inputValue()).length).toBe(1260);
    await page
      .getByTestId('count-f-observatievraag')
      .filter({ hasText: '1.260 tekens: 260 tekens te veel.' })
      .waitFor();
    await page.getByTestId('count-f-observatievraag').scrollIntoViewIfNeeded();
    await screenshot(page, 'formulier-tekenteller');

    await page.locator('form[data-ready] button[type="submit"]').click();
    await page
      .getByTestId('error-summary')
      .getByRole('link', { name: /Maximaal 1000 tekens/ })
      .waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect((await field.inputValue()).length).toBe(1260);
  });

  it('after submitting, a confirmation at the top says when and what can still be done', async () => {
    const answers = FORM_EXAMPLES.observatie.werkplekbegeleider as Record<string, unknown>;
    await fillAnswers(page, fields, answers);
    await submitForm(page);
    const confirmation = page.getByTestId('submitted');
    await confirmation.filter({ hasText: /Ingediend op .+ – dit kun je nog doen:/ }).waitFor();
    await confirmation.filter({ hasText: 'Het kan niet meer worden gewijzigd.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('submitted-title');
    expect(await inViewport('#submitted-title')).toBe(true);
    for (const link of ['Afdrukken of opslaan als PDF', 'Terug naar mijn overzicht'])
      await confirmation.getByRole('link', { name: link }).waitFor();
    await screenshot(page, 'formulier-ingediend-telefoon');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a rater who came by link', () => {
  it('sees the trainee’s name and their own, and is not called "Gebruiker"', async () => {
    const opleider = await (await newContext(browser)).newPage();
    await signInByEmailLink(opleider, P.pieter.email, `/formulieren/${F.combel}`);
    await opleider.getByRole('button', { name: 'Waarnemend opleider aanwijzen' }).click();
    const form = opleider.getByRole('form', { name: 'Waarnemend opleider aanwijzen' });
    await form.getByLabel('Naam').fill(henk.name);
    await form.getByLabel('E-mailadres').fill(henk.email);
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await opleider.getByText(`Uitnodiging verstuurd naar ${henk.name}`).waitFor({ timeout: 20_000 });
    await opleider.context().close();

    const mail = await eventually('the invitation mail', async () => (await mailTo(henk.email))[0], 20_000);
    const link = (mail.text.match(/https?:\/\/\S+/g) ?? []).find((l) => l.startsWith(`${APP_URL}/link/`))!;
    const rater = await (await newContext(browser, PHONE)).newPage();
    await rater.goto(link);
    await rater.getByRole('button', { name: 'Formulier openen' }).click();
    await rater.locator('form[data-ready]').waitFor();
    const who = rater.getByTestId('form-who');
    await who.filter({ hasText: P.anna.displayName }).waitFor();
    expect(await who.innerText()).toMatch(/Ingevuld door:?\s*Beoordeling opleider: Henk Bos/);
    expect(await rater.locator('body').innerText()).not.toContain('Gebruiker');
    await screenshot(rater, 'formulier-via-link-telefoon');
    await rater.context().close();
  }, 60_000);
});
