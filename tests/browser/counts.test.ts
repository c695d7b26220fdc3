// Numbers that tell the truth (docs/rules.md, "Dossier LEOh, exports and counts"): every count on the
// secretariat's home is the number of rows of the list it links to, and a used link whose part is in says
// so instead of offering a new link.
import type { Page } from 'playwright-core';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { createLinkToken } from '../../functions/src/links/lifecycle.js';
import { hashToken } from '../../functions/src/links/token.js';
import { adminDb, eventually } from '../support/stack.js';
import { axeViolations, newContext, screenshot, url } from './browser.js';
import { F, P } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite();

/** The secretariat's panel on the home page. */
const panel = (page: Page) => page.getByRole('region', { name: 'Secretariaat' });

/** The number at the start of the meta line under a link on the secretariat's home (shown now). */
async function homeCount(page: Page, link: string): Promise<number> {
  const meta = panel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: link, exact: true }) })
    .locator('.meta');
  await meta.filter({ hasNotText: 'Tellen…' }).waitFor();
  const n = /^(\d+) /.exec((await meta.textContent()) ?? '');
  if (!n) throw new Error(`no count under "${link}": ${await meta.textContent()}`);
  return Number(n[1]);
}

/** Follows the home's link to the list and counts its rows once it has loaded (rows, or its "none"). */
async function rowsBehind(page: Page, link: string, rows: string, none: string): Promise<number> {
  await panel(page).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { name: link, level: 1 }).waitFor();
  await page.locator(rows).or(page.getByText(none)).first().waitFor();
  return page.locator(rows).count();
}
const INBOX_ROWS = 'ul.worklist > li';
const NO_LEOH = "Er zijn nog geen LEOh's ingediend.";

describe('the secretariat’s home counts what its lists show', () => {
  it('LEOh inbox: staff-visible forms that are not handed in are not counted; a handed-in one is', async () => {
    const page = await suite.signedIn(P.sanne, '/');
    // The seeded institute has five staff-visible forms, among them a dossier LEOh not yet handed in.
    expect(await homeCount(page, 'LEOh-inbox')).toBe(0);
    expect(await rowsBehind(page, 'LEOh-inbox', INBOX_ROWS, NO_LEOH)).toBe(0);

    await adminDb().doc(`forms/${F.leohDossier}`).update({
      status: 'ingediend',
      staffVisible: true,
      ingediendAt: Timestamp.now(),
      ingediendBy: P.pieter.uid,
    });
    await page.goto(url('/'));
    // Live: the count follows the server (this browser may first show what it cached).
    await page.getByText('1 ingediende dossier-LEOh', { exact: true }).waitFor();
    const count = await homeCount(page, 'LEOh-inbox');
    expect(count).toBe(1);
    expect(await rowsBehind(page, 'LEOh-inbox', INBOX_ROWS, NO_LEOH)).toBe(count);
    await page.getByRole('region', { name: P.pieter.displayName }).waitFor();

    await page.goto(url('/'));
    const overdue = await homeCount(page, 'Achterstanden');
    await screenshot(page, 'home-secretariaat-tellingen');
    expect(await axeViolations(page)).toEqual([]);
    expect(overdue).toBeGreaterThan(0);
    expect(await rowsBehind(page, 'Achterstanden', 'tbody tr', 'Geen achterstanden')).toBe(overdue);
    await page.context().close();
  });
});

describe('a used link whose part is in', () => {
  it('says the part was submitted, with when, and offers no new link', async () => {
    // Anna's voortgangsadvies: the opleider's part is in. A waarnemer's link to it, used before.
    const part = await adminDb().doc(`forms/${F.advies}/parts/opleider`).get();
    expect(part.get('status')).toBe('submitted');
    const { token } = await adminDb().runTransaction(async (tx) =>
      createLinkToken(
        adminDb(),
        tx,
        {
          instituteId: P.pieter.instituteId,
          formId: F.advies,
          partId: 'opleider',
          raterName: 'Henk Bos',
          raterEmail: 'henk.bos@praktijk-delinde.example',
          invitedBy: P.pieter.uid,
          invitationId: 'browser-counts-invitation',
          renewedFrom: null,
        },
        new Date(),
      ),
    );
    await adminDb()
      .doc(`linkTokens/${hashToken(token)}`)
      .update({ spentAt: Timestamp.now() });

    const context = await newContext(suite.browser);
    const page = await context.newPage();
    await page.goto(url(`/link/${token}`));
    await page.getByRole('heading', { name: 'Dit deel is al ingediend' }).waitFor();
    const state = page.getByTestId('link-state');
    const when = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(part.get('submittedAt').toDate());
    await eventually('the submitted text', async () =>
      ((await state.textContent()) ?? '').includes(`Dit deel is al ingediend op ${when} om `)
        ? true
        : undefined,
    );
    await state.getByText('Het ging om: Voortgangsadvies maand 3.').waitFor();
    expect(await page.getByRole('button').filter({ hasText: /link/i }).count()).toBe(0);
    expect(await page.getByText('Deze link is al gebruikt').count()).toBe(0);
    await screenshot(page, 'link-ingediend');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
