// The form route on a phone (docs/architecture.md): the form is usable with Firestore Lite before the full SDK
// arrives, and typing while the full SDK takes over loses nothing; the app is installable and a form opened
// once reopens offline in a new tab (service worker + the full SDK's cache); a new version waits for the
// person ("Nieuwe versie beschikbaar – vernieuwen") and the open draft survives it; axe finds nothing serious
// on the form, link, sign-in and home routes at 390 px.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb, eventually } from '../support/stack.js';
import {
  axeViolations,
  launchBrowser,
  newContext,
  PHONE,
  screenshot,
  signInByEmailLink,
  url,
} from './browser.js';
import { F, P, seedWorld } from './fixtures.js';

const SW = join(fileURLToPath(new URL('../..', import.meta.url)), 'web', 'dist', 'sw.js');
const formPath = `/formulieren/${F.diensten}/opleider`;
const savedState = '[data-testid="sync-state"][data-state="saved"]';

let browser: Browser;
beforeAll(async () => {
  await seedWorld();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the service worker is active, then until it controls this page (after a reload). */
async function serviceWorkerControls(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.locator('form[data-ready]').waitFor();
  }
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/**
 * On a page that opened the form: waits until the service worker has been registered (it is, on the first
 * visit) and checks it was only after the form was interactive, so it never competed with the form's own
 * requests (docs/architecture.md, "The form route on a phone").
 */
async function registeredAfterInteractive(page: Page): Promise<void> {
  const times = await page.waitForFunction(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    const interactive = at('pv:form-interactive');
    const registered = at('pv:sw-registered');
    return interactive !== undefined && registered !== undefined ? { interactive, registered } : undefined;
  });
  const { interactive, registered } = (await times.jsonValue())!;
  expect(registered).toBeGreaterThan(interactive);
  // Nor was its loader (workbox-window) or the worker script fetched before then.
  const early = await page.evaluate(
    (mark) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.startTime < mark && /workbox-window|\/sw\.js/.test(r.name))
        .map((r) => r.name),
    interactive,
  );
  expect(early).toEqual([]);
}

/**
 * Pieter signed in on a phone, without a service worker: requests it answered would bypass the routes the tests
 * use to hold a chunk back.
 */
async function pieterWithoutServiceWorker() {
  const context = await browser.newContext({
    viewport: PHONE,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await signInByEmailLink(page, P.pieter.email, '/');
  return { context, page };
}

describe('lite first, full later', () => {
  it('the form is interactive before the full Firestore SDK, and typing during the switch loses nothing', async () => {
    const { context, page } = await pieterWithoutServiceWorker();
    // Hold the full SDK's chunk back, so the switch certainly happens while typing.
    let released!: () => void;
    const release = new Promise<void>((resolve) => (released = resolve));
    await page.route(/\/assets\/firebase-[\w-]+\.js$/, async (route) => {
      await release;
      await route.continue();
    });
    await page.goto(url(formPath));
    await page.locator('form[data-ready]').waitFor();
    expect(await page.locator('html[data-firestore]').count()).toBe(0);

    const text = 'Zelfstandig op de post, ook bij drukte in de avond en in het weekend.';
    const field = page.locator('#f-toelichting');
    await field.click();
    const half = Math.floor(text.length / 2);
    await page.keyboard.type(text.slice(0, half), { delay: 15 });
    released();
    // Keep typing while the full SDK loads and its listeners replace the Lite reads.
    await page.keyboard.type(text.slice(half), { delay: 15 });
    await page.locator('html[data-part-live]').waitFor({ state: 'attached' });
    expect(await field.inputValue()).toBe(text);
    await page.locator(savedState).waitFor();
    await eventually('the typed text on the server', async () =>
      (await adminDb().doc(`forms/${F.diensten}/parts/opleider`).get()).get('answers.toelichting') === text
        ? true
        : undefined,
    );
    await context.close();
  });
});

describe('the first reads', () => {
  it('start before React has arrived, and the form uses them instead of reading again', async () => {
    const { context, page } = await pieterWithoutServiceWorker();
    // Firestore Lite reads a document with batchGet; the full SDK listens over its own channel.
    const reads: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('documents:batchGet')) reads.push(r.url());
    });
    // Hold the entry chunk (React, the app) back until the part, envelope and traject are being read.
    let released!: () => void;
    const release = new Promise<void>((resolve) => (released = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await release;
      await route.continue();
    });
    await page.goto(url(formPath), { waitUntil: 'commit' });
    await eventually('the three first reads, without the entry chunk', async () =>
      reads.length >= 3 ? true : undefined,
    );
    released();
    await page.locator('form[data-ready]').waitFor();
    expect(await page.locator('#f-aantalDiensten').isEditable()).toBe(true);
    expect(reads).toHaveLength(3);
    await context.close();
  });
});

describe('installable and offline-openable', () => {
  it('has a web app manifest and icons', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/aanmelden'));
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(url(href!))).json()) as {
      name: string;
      lang: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Praktijkvolg', lang: 'nl', display: 'standalone' });
    for (const icon of manifest.icons) expect((await page.request.get(url(icon.src))).ok()).toBe(true);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    await context.close();
  });

  it('a form opened once reopens offline in a new tab', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInByEmailLink(page, P.pieter.email, formPath);
    // Opened from the link in a fresh page load: the worker is registered on this visit, after the form.
    await page.goto(url(formPath));
    await page.locator('form[data-ready]').waitFor();
    await registeredAfterInteractive(page);
    await page.locator('html[data-part-live]').waitFor({ state: 'attached' });
    await page.locator('#f-aantalDiensten').fill('9');
    await page.locator(savedState).waitFor();
    await serviceWorkerControls(page);
    await page.locator('html[data-part-live]').waitFor({ state: 'attached' });

    await context.setOffline(true);
    const tab = await context.newPage();
    await tab.goto(url(formPath));
    await tab.locator('form[data-ready]').waitFor();
    await tab.getByText('Je bent offline.').waitFor();
    expect(await tab.locator('#f-aantalDiensten').inputValue()).toBe('9');
    // Still a working form: what is typed offline is kept on the device.
    await tab.locator('#f-toelichting').fill('Offline aangevuld');
    await tab.reload();
    await tab.locator('form[data-ready]').waitFor();
    expect(await tab.locator('#f-toelichting').inputValue()).toBe('Offline aangevuld');
    await screenshot(tab, 'formulier-offline-nieuw-tabblad');
    await context.close();
  }, 60_000);

  it('a new version while a draft is open: the prompt shows, nothing reloads by itself, the draft survives', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInByEmailLink(page, P.pieter.email, formPath);
    await page.locator('form[data-ready]').waitFor();
    await serviceWorkerControls(page);

    await page.locator('#f-toelichting').fill('Half af, nog niet klaar');
    const original = readFileSync(SW, 'utf8');
    try {
      // A deploy: the worker script changes (the emulator lock keeps other suites off web/dist meanwhile).
      writeFileSync(SW, `${original}\n// next version ${Date.now()}\n`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const prompt = page.getByRole('status').filter({ hasText: 'Nieuwe versie beschikbaar' });
      await prompt.waitFor();
      await page.locator('#f-toelichting').press('End');
      await page.keyboard.type(' – aangevuld');
      // Nothing reloaded: the typed text is still in the field.
      expect(await page.locator('#f-toelichting').inputValue()).toBe('Half af, nog niet klaar – aangevuld');
      await screenshot(page, 'nieuwe-versie-beschikbaar');

      await Promise.all([
        page.waitForEvent('load'),
        prompt.getByRole('button', { name: 'vernieuwen' }).click(),
      ]);
      await page.locator('form[data-ready]').waitFor();
      expect(await page.locator('#f-toelichting').inputValue()).toBe('Half af, nog niet klaar – aangevuld');
      await expect(page.getByText('Nieuwe versie beschikbaar').count()).resolves.toBe(0);
    } finally {
      writeFileSync(SW, original);
    }
    await context.close();
  }, 60_000);
});

describe('accessibility at 390 px', () => {
  it('axe finds no serious or critical violation on the form, link, sign-in and home routes', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/aanmelden'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(url('/link/geen-geldige-link'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await signInByEmailLink(page, P.pieter.email, '/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(url(formPath));
    await page.locator('form[data-ready]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
