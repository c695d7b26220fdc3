// Issue 12 item 7, late registration, walked by the secretariat on a desktop: moving a traject's start date more
// than a year back asks for confirmation and lists the forms whose window already closed; per form "nog
// uitvoeren" (new due date) or "niet van toepassing" (reason required, in Dutch); the choices are stored on the
// traject (docs/data-model.md "trajecten.lateForms") and the sync applies them (tests/functions/lateRegistration.test.ts).
import { addDaysIso, addMonthsIso, toIsoDate } from '@praktijkvolg/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminDb, eventually } from '../support/stack.js';
import { DESKTOP, launchBrowser, newContext, screenshot, signInByEmailLink } from './browser.js';
import { P, seedWorld } from './fixtures.js';

let browser: Browser;
let page: Page;
let trajectPath: string;

beforeAll(async () => {
  await seedWorld();
  browser = await launchBrowser();
  page = await (await newContext(browser, DESKTOP)).newPage();
  await signInByEmailLink(page, P.sanne.email, '/trajecten');
  await page.getByRole('link', { name: P.anna.displayName }).click();
  await page.getByRole('heading', { name: `Traject ${P.anna.displayName}` }).waitFor();
  trajectPath = new URL(page.url()).pathname.replace(/^\//, '');
});
afterAll(async () => {
  await browser?.close();
});

it('a start date 14 months back: confirm, list the past forms, choose per form, stored on the traject', async () => {
  const today = toIsoDate(new Date());
  await page.getByLabel('Startdatum').fill(addMonthsIso(today, -14));
  await page.getByRole('button', { name: 'Traject opslaan' }).click();
  const step = page.getByTestId('late-forms');
  await step.waitFor();
  await expect.poll(() => step.textContent()).toContain('meer dan een jaar terug');
  const legends = step.locator('legend');
  expect(await legends.count()).toBeGreaterThan(1);
  await expect.poll(() => step.textContent()).toContain('ComBel maand 3');

  // Not confirmed, and 'niet van toepassing' without a reason: refused in Dutch, nothing written.
  const first = step.locator('fieldset').first();
  await first.getByLabel('Niet van toepassing').check();
  await step.getByRole('button', { name: 'Keuzes bevestigen en opslaan' }).click();
  await expect.poll(() => step.textContent()).toContain('Geef een reden');
  await expect.poll(() => step.textContent()).toContain('Bevestig de startdatum');
  expect((await adminDb().doc(trajectPath).get()).get('lateForms')).toBeUndefined();

  await first.getByLabel('Reden').fill('Beoordeeld bij de vorige opleidingspraktijk');
  await step.getByLabel('Ja, de startdatum klopt').check();
  await screenshot(page, 'late-registratie-secretariaat', true);
  await step.getByRole('button', { name: 'Keuzes bevestigen en opslaan' }).click();

  const stored = await eventually('the choices stored', async () => {
    const late = (await adminDb().doc(trajectPath).get()).get('lateForms') as
      Record<string, { decision: string; dueDate?: string; reason?: string }> | undefined;
    return late && Object.keys(late).length > 1 ? late : undefined;
  });
  const decisions = Object.values(stored);
  expect(decisions.filter((d) => d.decision === 'nvt')).toEqual([
    { decision: 'nvt', reason: 'Beoordeeld bij de vorige opleidingspraktijk' },
  ]);
  // The others default to 'nog uitvoeren' four weeks from today.
  for (const d of decisions.filter((x) => x.decision === 'todo'))
    expect(d.dueDate).toBe(addDaysIso(today, 28));
});
