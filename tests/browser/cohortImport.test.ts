// Cohort importeren: the secretary pastes rows from a spreadsheet (tabs), checks them, sees every problem per row
// in Dutch, and imports the valid ones; a Dutch Excel file (semicolons, Windows-1252) reads with its accents; the
// example file downloads. And "Herinner nu" in Achterstanden. Screenshots for docs/screenshots.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clearMail } from '../support/mailbox.js';
import { adminDb } from '../support/stack.js';
import { axeViolations, DESKTOP, newContext, screenshot, signInByEmailLink } from './browser.js';
import { F, P } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite({ afterSeed: clearMail });

const START = '01-09-2026';
/** As copied from a spreadsheet: tab-separated, the header first. */
const PASTED = [
  [
    'naam',
    'email',
    'opleiding',
    'startdatum',
    'werkplek',
    'opleider_email',
    'opleider_naam',
    'groepsdocent_email',
  ],
  [
    'Noor Bakker',
    'noor@lumc-huisarts.example',
    'huisarts_jaar1',
    START,
    'Praktijk Oost',
    P.pieter.email,
    '',
    P.gerda.email,
  ],
  [
    'Sem de Groot',
    'sem@lumc-huisarts.example',
    'huisarts_jaar1',
    START,
    'Praktijk West',
    'els@praktijk.example',
    'Els Vermeer',
    '',
  ],
  ['Fleur Kok', 'fleur@lumc-huisarts.example', 'huisarts_jaar4', START, '', P.pieter.email, '', ''],
  [
    'Daan Mol',
    'daan@lumc-huisarts.example',
    'huisarts_jaar1',
    '31-02-2026',
    '',
    'nieuw@praktijk.example',
    '',
    '',
  ],
  [P.anna.displayName, P.anna.email, 'huisarts_jaar1', START, '', P.pieter.email, '', ''],
  ['Noor Bakker', 'noor@lumc-huisarts.example', 'huisarts_jaar3', START, '', P.sanne.email, '', ''],
]
  .map((r) => r.join('\t'))
  .join('\n');

const trajectenOf = async (email: string) => {
  const person = (await adminDb().collection('people').where('email', '==', email).get()).docs[0];
  if (!person) return 0;
  return (await adminDb().collection('trajecten').where('members', 'array-contains', person.id).get()).size;
};

async function openImport(page: Page): Promise<void> {
  await signInByEmailLink(page, P.sanne.email, '/');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Cohort importeren' })
    .click();
  await page.getByRole('heading', { name: 'Cohort importeren', level: 1 }).waitFor();
}

describe('Cohort importeren', () => {
  it('preview with every problem per row, then the valid rows are imported', async () => {
    const context = await newContext(suite.browser, DESKTOP);
    const page = await context.newPage();
    await openImport(page);

    await page.getByLabel(/^Rijen \(met kopregel/).fill(PASTED);
    await page.getByRole('button', { name: 'Controleer' }).click();
    await page.getByRole('heading', { name: 'Controle' }).waitFor();
    await page.getByText('1 rij in orde, 5 rijen met een probleem (die worden niet geïmporteerd).').waitFor();
    const table = page.getByRole('table', { name: 'Controle van het bestand per rij' });
    const row = (n: number) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) });
    await row(2).getByText('Niet importeren').waitFor();
    const texts = async (n: number) => (await row(n).innerText()).replace(/\s+/g, ' ');
    expect(await texts(2)).toContain('staat meer dan eens in het bestand: ook in rij 7');
    expect(await texts(3)).toContain('In orde');
    expect(await texts(3)).toContain('Opleider: Els Vermeer nieuw');
    expect(await texts(4)).toContain('opleiding: Onbekende opleiding "huisarts_jaar4"');
    expect(await texts(5)).toContain('startdatum: De startdatum "31-02-2026" is geen geldige datum');
    expect(await texts(5)).toContain(
      'opleider_naam: nieuw@praktijk.example is nog niet bekend in Praktijkvolg',
    );
    expect(await texts(6)).toContain(
      `${P.anna.displayName} heeft al een actief traject in Huisartsopleiding fase I`,
    );
    expect(await texts(7)).toContain('opleider_email: Je kunt jezelf niet de rol opleider geven');
    await screenshot(page, 'cohort-import-controle', true);
    expect(await axeViolations(page)).toEqual([]);

    // Only the problem rows, as a secretary would look at them before fixing the file.
    await page.getByLabel('Alleen rijen met een probleem').check();
    expect(await table.locator('tbody tr').count()).toBe(5);

    // A change after the check asks for a new check before importing.
    await page.getByLabel(/^Rijen \(met kopregel/).press('End');
    await page.getByLabel(/^Rijen \(met kopregel/).pressSequentially(' ');
    await page.getByText('De rijen zijn veranderd sinds de controle.').waitFor();
    await page.getByLabel(/^Rijen \(met kopregel/).press('Backspace');

    await page.getByRole('button', { name: 'Importeer 1 geldige rij' }).click();
    await page.getByText(/^1 traject aangemaakt, 2 nieuwe personen toegevoegd\./).waitFor();
    expect(await trajectenOf('sem@lumc-huisarts.example')).toBe(1);
    for (const email of [
      'noor@lumc-huisarts.example',
      'fleur@lumc-huisarts.example',
      'daan@lumc-huisarts.example',
    ]) {
      expect(await trajectenOf(email), email).toBe(0);
    }
    await screenshot(page, 'cohort-import-resultaat', true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('reads a Dutch Excel file (semicolons, Windows-1252) and offers an example file', async () => {
    const context = await newContext(suite.browser);
    const page = await context.newPage();
    await openImport(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download voorbeeld-CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cohort-huisarts_jaar1.csv');
    const template = readFileSync((await download.path())!, 'utf8');
    expect(
      template.startsWith(
        '\uFEFFnaam;email;opleiding;startdatum;werkplek;deeltijdfactor;opleider_email;opleider_naam',
      ),
    ).toBe(true);

    const latin1 = Buffer.from(
      `naam;email;opleiding;startdatum;opleider_email\r\nRenée Ëlberg;renee@lumc-huisarts.example;huisarts_jaar1;${START};${P.pieter.email}\r\n`,
      'latin1',
    );
    await page
      .getByLabel('CSV-bestand')
      .setInputFiles({ name: 'cohort.csv', mimeType: 'text/csv', buffer: latin1 });
    await page.getByText('cohort.csv is ingelezen.', { exact: false }).waitFor();
    expect(await page.getByLabel(/^Rijen \(met kopregel/).inputValue()).toContain('Renée Ëlberg');
    await page.getByRole('button', { name: 'Controleer' }).click();
    await page.getByText('1 rij in orde.').waitFor();
    await screenshot(page, 'cohort-import-telefoon', true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('Achterstanden: herinner nu', () => {
  it('sends one reminder for a row and then shows "Herinnerd vandaag"', async () => {
    const page = await suite.signedIn(P.sanne, '/achterstanden', DESKTOP);
    const row = page.getByRole('row').filter({ hasText: 'Voortgangsrapportage diensten maand 3' });
    const button = row.getByRole('button', { name: 'Herinner nu' });
    expect(await button.getAttribute('aria-describedby')).toBe(`o-${F.diensten}-opleider`);
    await button.click();
    await page.getByText(`Herinnerd vandaag (${P.pieter.displayName})`).waitFor();
    await screenshot(page, 'achterstanden-herinnerd');
    // After a reload too (the envelope's remindedOn), for everyone.
    await page.reload();
    await page
      .getByRole('region', { name: `Tabel achterstanden ${P.anna.displayName}` })
      .getByText('Herinnerd vandaag')
      .first()
      .waitFor();
    expect(await button.count()).toBe(0);
    const mails = await adminDb().collection('mail').where('purpose', '==', 'part.remind_now').get();
    expect(
      mails.docs.map((d) => [d.get('to'), d.id.startsWith(`remind-now_${F.diensten}_opleider_`)]),
    ).toEqual([[P.pieter.email, true]]);
    await page.context().close();
  });
});
