import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { launchBrowser, newContext, signInByEmailLink } from './browser.js';
import { F, P, seedWorld } from './fixtures.js';

let browser: Browser;
beforeAll(async () => {
  await seedWorld();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('debug', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await signInByEmailLink(page, P.kees.email, `/formulieren/${F.observatie}/werkplekbegeleider`);
  await page.locator('form[data-ready]').waitFor();
  await page.locator('html[data-firestore="full"]').waitFor({ state: 'attached' });
  console.log('STATE0', await page.getByTestId('sync-state').getAttribute('data-state'));
  await context.setOffline(true);
  await page.locator('#f-lesonderwerp').fill('Breuken');
  for (let i = 0; i < 6; i++) {
    await page.waitForTimeout(1000);
    console.log('STATE', i, await page.getByTestId('sync-state').getAttribute('data-state'), await page.getByTestId('sync-state').textContent());
  }
  await context.close();
}, 60_000);
