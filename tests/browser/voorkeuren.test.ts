// Voorkeuren → Agenda: the opleider makes a calendar link, sees it once, copies it and subscribes; the link
// serves his open deadlines (parsed with ical.js); renewing ends the old link, stopping ends the new one, and
// the link is never shown again after the page is left. Screenshots for docs/screenshots.
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL } from '../support/ports.js';
import { axeViolations, DESKTOP, newContext, screenshot, signInByEmailLink, url } from './browser.js';
import { F, P } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite();

const agenda = (page: Page) => page.getByRole('region', { name: 'Agenda' });
const linkField = (page: Page) => agenda(page).getByLabel('Agenda-link');

async function feedUids(feedUrl: string): Promise<{ status: number; uids: string[] }> {
  const res = await fetch(feedUrl);
  if (res.status !== 200) return { status: res.status, uids: [] };
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  return {
    status: 200,
    uids: calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).uid)
      .sort(),
  };
}

describe('Voorkeuren: the calendar link', () => {
  it('make, copy, subscribe, renew and stop', async () => {
    const context = await newContext(suite.browser, DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_URL });
    const page = await context.newPage();
    await signInByEmailLink(page, P.pieter.email, '/');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Voorkeuren' })
      .click();
    await page.getByRole('heading', { name: 'Voorkeuren', level: 1 }).waitFor();
    await agenda(page).getByText('Je hebt geen agenda-link.').waitFor();
    await screenshot(page, 'voorkeuren-agenda-leeg');

    await agenda(page).getByRole('button', { name: 'Maak agenda-link' }).click();
    await linkField(page).waitFor();
    const first = await linkField(page).inputValue();
    expect(first).toMatch(new RegExp(`^${APP_URL}/agenda/[A-Za-z0-9_-]{43}\\.ics$`));
    await agenda(page).getByRole('button', { name: 'Kopieer link' }).click();
    await agenda(page)
      .getByText(/^Gekopieerd\./)
      .waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
    await screenshot(page, 'voorkeuren-agenda', true);
    expect(await axeViolations(page)).toEqual([]);

    // What Outlook or Google would fetch: his two open parts (the ComBel and the overdue diensten report).
    expect(await feedUids(first)).toEqual({
      status: 200,
      uids: [`${F.combel}/opleider@praktijkvolg`, `${F.diensten}/opleider@praktijkvolg`].sort(),
    });

    await agenda(page).getByRole('button', { name: 'Vernieuw link (de oude werkt dan niet meer)' }).click();
    await page.waitForFunction(
      (old) => (document.querySelector('input[readonly]') as HTMLInputElement | null)?.value !== old,
      first,
    );
    const second = await linkField(page).inputValue();
    expect((await feedUids(first)).status).toBe(404);
    expect((await feedUids(second)).status).toBe(200);

    // Leaving the page forgets the link: only whether there is one is shown again.
    await page.goto(url('/voorkeuren'));
    await agenda(page)
      .getByText(/^Je hebt een agenda-link, gemaakt op /)
      .waitFor();
    expect(await linkField(page).count()).toBe(0);

    await agenda(page).getByRole('button', { name: 'Stop agenda-link' }).click();
    await agenda(page)
      .getByText(/^Je agenda-link is gestopt/)
      .waitFor();
    await agenda(page).getByRole('button', { name: 'Maak agenda-link' }).waitFor();
    expect((await feedUids(second)).status).toBe(404);
    await context.close();
  });

  it('on a phone: the explanation and the instructions fit', async () => {
    const page = await suite.signedIn(P.anna, '/voorkeuren');
    await agenda(page).getByRole('button', { name: 'Maak agenda-link' }).click();
    await linkField(page).waitFor();
    await screenshot(page, 'voorkeuren-agenda-telefoon', true);
    expect(await axeViolations(page)).toEqual([]);
    await agenda(page).getByRole('button', { name: 'Stop agenda-link' }).click();
    await agenda(page)
      .getByText(/^Je agenda-link is gestopt/)
      .waitFor();
    await page.context().close();
  });
});
