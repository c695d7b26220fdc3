// From an e-mailed reminder to a submitted form: the reminder job mails the opleider, the link (opened
// signed out) goes through the e-mailed sign-in link straight back to the form, he fills it and submits,
// and the sealed ComBel round opens up side by side. Also: the other parts stayed hidden before that, in
// the UI and by the rules.
import { doc, getDoc } from 'firebase/firestore';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearMail, mailTo } from '../support/mailbox.js';
import { adminDb, eventually } from '../support/stack.js';
import { APP_URL } from '../support/ports.js';
import { axeViolations, DESKTOP, launchBrowser, newContext, screenshot, submitForm } from './browser.js';
import { errorCodeOf, webClientAs } from './client.js';
import { F, P, runReminderJob, seedWorld } from './fixtures.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let formLink: string;

beforeAll(async () => {
  await seedWorld();
  await clearMail();
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('from a reminder e-mail to a submitted form', () => {
  it('the reminder job mails the opleider a link to his part of the ComBel', async () => {
    await runReminderJob();
    const mail = await eventually(
      'the reminder to the opleider',
      async () => (await mailTo(P.pieter.email)).find((m) => m.subject.startsWith('Herinnering')),
      20_000,
    );
    const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
    formLink = links.find((l) => l.includes(encodeURIComponent(F.combel)))!;
    expect(formLink).toBe(`${APP_URL}/formulieren/${encodeURIComponent(F.combel)}/opleider`);
  });

  it('opened signed out, the link asks for the address and mails a sign-in link that returns to the form', async () => {
    await page.goto(formLink);
    await page.waitForURL(
      (u) =>
        u.pathname === '/aanmelden' && u.searchParams.get('next') === `/formulieren/${F.combel}/opleider`,
    );
    await page.getByText('Meld je aan om het formulier te openen.').waitFor();
    await screenshot(page, 'aanmelden');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Stuur mij een aanmeldlink' }).click();
    await page.getByText('Vul een geldig e-mailadres in').waitFor();

    await page.getByLabel('E-mailadres').fill(P.pieter.email);
    await page.getByRole('button', { name: 'Stuur mij een aanmeldlink' }).click();
    await page.getByRole('heading', { name: 'Controleer je e-mail' }).waitFor();
    await screenshot(page, 'controleer-je-email');

    const mail = await eventually(
      'the sign-in mail',
      async () =>
        (await mailTo(P.pieter.email)).find((m) => m.subject === 'Je aanmeldlink voor Praktijkvolg'),
      20_000,
    );
    const signInLink = (mail.text.match(/https?:\/\/\S+/g) ?? []).find((l) => l.includes('oobCode'));
    expect(signInLink).toBeDefined();
    await page.goto(signInLink!);
    await page.waitForURL((u) => u.pathname === `/formulieren/${F.combel}/opleider`);
    await page.locator('form[data-ready]').waitFor();
    await page.getByRole('heading', { level: 1, name: 'ComBel maand 3' }).waitFor();
  });

  it('until everyone has submitted, the other raters’ parts stay hidden: in the UI and by the rules', async () => {
    await page.getByTestId('sealed-notice').waitFor();
    // The aios's self-assessment is submitted, yet none of its text is on the page.
    expect(await page.getByText('Gestructureerde anamnese').count()).toBe(0);
    const pieter = await webClientAs(P.pieter.uid);
    try {
      expect(await errorCodeOf(getDoc(doc(pieter.db, 'forms', F.combel, 'parts', 'aios')))).toBe(
        'permission-denied',
      );
      expect(await errorCodeOf(getDoc(doc(pieter.db, 'forms', F.combel, 'parts', 'groepsdocent')))).toBe(
        'permission-denied',
      );
    } finally {
      await pieter.close();
    }
  });

  it('the opleider fills in his part in Dutch, sees Dutch validation, submits, and the round opens up side by side', async () => {
    await screenshot(page, 'formulier-combel-opleider');
    // Submitting empty: the Dutch summary and messages of the domain schema.
    await page.getByRole('button', { name: 'Mijn deel indienen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nog niet compleet' }).waitFor();
    expect(await page.getByText('Dit veld is verplicht').count()).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByLabel('Feedback van praktijkmedewerkers')
      .fill('De assistentes vinden Anna vriendelijk en duidelijk; zij plant haar visites nog te krap.');
    const levels: Record<string, string> = {
      'Medisch handelen': 'Op het verwachte niveau',
      Communicatie: 'Op het verwachte niveau',
      Samenwerking: 'Op het verwachte niveau',
      Organisatie: 'Onder het verwachte niveau',
      'Maatschappelijk handelen': 'Niet gezien / niet te beoordelen',
      'Wetenschap en onderwijs': 'Boven het verwachte niveau',
      Professionaliteit: 'Op het verwachte niveau',
    };
    for (const [area, level] of Object.entries(levels)) {
      await page.getByRole('group', { name: area, exact: true }).getByLabel(level, { exact: true }).check();
    }
    await page
      .getByRole('group', { name: 'Organisatie', exact: true })
      .getByLabel('Onderbouwing')
      .fill('Loopt structureel uit op het spreekuur.');
    await page.getByLabel('Tops', { exact: true }).fill('Warme bejegening, goede anamnese.');
    await page.getByLabel('Tips', { exact: true }).fill('Plan buffers in het spreekuur.');
    await page.getByTestId('sync-state').and(page.locator('[data-state="saved"]')).waitFor();

    await submitForm(page);
    await page.getByTestId('submitted').filter({ hasText: 'Ingediend' }).waitFor();
    const part = await eventually('the submitted part on the server', async () => {
      const snap = await adminDb().doc(`forms/${F.combel}/parts/opleider`).get();
      return snap.get('status') === 'submitted' ? snap.data() : undefined;
    });
    expect(part!.updatedBy).toBe(P.pieter.uid);
    expect(
      (part!.answers as { competenties: Record<string, { niveau: string }> }).competenties.organisatie!
        .niveau,
    ).toBe('onder_verwachting');

    // The server reveals the round (every part in); the parts appear side by side per competency area.
    const table = page.getByRole('table', { name: 'Competentiegebieden: niveaus per beoordelaar' });
    await table.waitFor({ timeout: 20_000 });
    const disagree = table.locator('tr[data-disagree]');
    expect(await disagree.count()).toBeGreaterThan(0);
    const areas = await disagree.locator('th').allTextContents();
    // The aios rated communicatie above the expected level, the opleider at it.
    expect(areas.join(' ')).toContain('Communicatie');
    await page.getByRole('heading', { name: 'Naast elkaar' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'combel-naast-elkaar');

    // The leergesprek happens at a desk: the same page on a wide screen.
    await page.setViewportSize(DESKTOP);
    await page.getByRole('heading', { name: 'Naast elkaar' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'combel-naast-elkaar-desktop');
  }, 60_000);
});
