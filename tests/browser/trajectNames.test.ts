// Finding 6 in the secretariat's traject editor: a name with a right-to-left override or a NUL is refused with
// the Dutch message before anything is written (the rules refuse it too: tests/rules/matrixTexts.ts), and a
// name typed in decomposed Unicode is stored NFC (docs/rules.md, "Accounts, links and texts").
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminDb, eventually } from '../support/stack.js';
import { launchBrowser, newContext, signInByEmailLink } from './browser.js';
import { P, seedWorld } from './fixtures.js';

let browser: Browser;
let page: Page;
let trajectPath: string;

beforeAll(async () => {
  await seedWorld();
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  await signInByEmailLink(page, P.sanne.email, '/trajecten');
  await page.getByRole('link', { name: P.anna.displayName }).click();
  await page.getByRole('heading', { name: `Traject ${P.anna.displayName}` }).waitFor();
  trajectPath = new URL(page.url()).pathname;
});
afterAll(async () => {
  await browser?.close();
});

const traineeName = async () =>
  (await adminDb().doc(trajectPath.replace(/^\//, '')).get()).get('traineeName') as string;

it('refuses a trainee name with a right-to-left override or a NUL, in Dutch, and writes nothing', async () => {
  for (const spoof of ['Anna \u202Eseirv ed', 'Anna\u0000de Vries']) {
    await page.getByLabel(/^Naam /).fill(spoof);
    await page.getByRole('button', { name: 'Traject opslaan' }).click();
    await expect
      .poll(() => page.getByTestId('save-error').textContent())
      .toContain(
        'De naam van de aios of deelnemer bevat een onzichtbaar stuur- of tekenrichtingsteken; typ de tekst opnieuw zonder dat teken.',
      );
    expect(await traineeName()).toBe(P.anna.displayName);
  }
});

it('stores a name typed in decomposed form as NFC', async () => {
  await page.getByLabel(/^Naam /).fill('Anna de Vrie\u0301s');
  await page.getByRole('button', { name: 'Traject opslaan' }).click();
  const stored = await eventually('the new name stored', async () => {
    const error = await page
      .getByTestId('save-error')
      .textContent({ timeout: 100 })
      .catch(() => null);
    if (error) throw new Error(`save refused: ${error}`);
    const name = await traineeName();
    return name !== P.anna.displayName ? name : undefined;
  });
  expect(stored).toBe('Anna de Vri\u00e9s');
});
