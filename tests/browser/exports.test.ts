// The export buttons in the browser: the aios downloads her dossier from her home (the PDF at once, the ZIP
// from the link), the secretariat from the traject page, the hoofd opleiding from the decisions; and every
// person downloads their own data (inzage) from "Mijn gegevens". Each download is opened and read back.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allText, readPdf } from '../support/pdfText.js';
import { axeViolations, DESKTOP, screenshot } from './browser.js';
import { P, T } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite();

const { signedIn } = suite;

/** Clicks and waits for the download the click starts; returns it with its bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { file, bytes: await readFile((await file.path())!) };
}

const DAY = /\d{4}-\d{2}-\d{2}/.source;

describe('dossier export', () => {
  it('the aios downloads her own dossier from her home: the PDF at once, the ZIP from the link', async () => {
    const page = await signedIn(P.anna, '/');
    const trajecten = page.getByRole('region', { name: 'Jouw trajecten' });
    const pdf = await download(page, () =>
      trajecten.getByRole('button', { name: 'Exporteer dossier (PDF + ZIP)' }).click(),
    );
    expect(pdf.file.suggestedFilename()).toMatch(new RegExp(`^dossier-Anna-de-Vries-${DAY}\\.pdf$`));
    const text = await readPdf(pdf.bytes);
    expect(text.pages[0]).toContain('Anna de Vries');
    expect(allText(text)).toContain('ComBel maand 3');

    await trajecten.getByText(/Het dossier is klaar \(\d+ ingediende delen\)/).waitFor();
    const zip = await download(page, () =>
      trajecten.getByRole('link', { name: 'Dossier als ZIP (JSON en PDF)' }).click(),
    );
    expect(zip.file.suggestedFilename()).toMatch(new RegExp(`^dossier-Anna-de-Vries-${DAY}\\.zip$`));
    const files = unzipSync(zip.bytes);
    const json = JSON.parse(strFromU8(files['dossier.json']!)) as { traject: { traineeName: string } };
    expect(json.traject.traineeName).toBe('Anna de Vries');
    await screenshot(page, 'dossier-export-aios', true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the secretariat downloads it from the traject page', async () => {
    const page = await signedIn(P.sanne, `/trajecten/${T.anna.id}`, DESKTOP);
    await page.getByRole('heading', { name: 'Traject Anna de Vries' }).waitFor();
    const pdf = await download(page, () =>
      page.getByRole('button', { name: 'Exporteer dossier (PDF + ZIP)' }).click(),
    );
    expect(allText(await readPdf(pdf.bytes))).toContain('Sanne de Wit (voor de opleiding)');
    await page.getByRole('link', { name: 'Dossier als PDF' }).waitFor();
    await screenshot(page, 'dossier-export-secretariaat');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the hoofd opleiding downloads it next to the decisions; the opleider sees no button', async () => {
    const page = await signedIn(P.hendrik, '/beslissingen', DESKTOP);
    const pdf = await download(page, () =>
      page.getByRole('button', { name: 'Exporteer dossier van Anna de Vries (PDF + ZIP)' }).click(),
    );
    expect((await readPdf(pdf.bytes)).pages[0]).toContain('Anna de Vries');
    await page.context().close();

    const opleider = await signedIn(P.pieter, '/');
    await opleider.getByRole('region', { name: 'Jouw trajecten' }).getByText('Anna de Vries').waitFor();
    expect(await opleider.getByRole('button', { name: /Exporteer dossier/ }).count()).toBe(0);
    await opleider.context().close();
  });
});

describe('inzage', () => {
  it('every person downloads everything stored about them from "Mijn gegevens"', async () => {
    const page = await signedIn(P.pieter, '/');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn gegevens' })
      .click();
    await page.getByRole('heading', { name: 'Mijn gegevens' }).waitFor();
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Mijn gegevens downloaden (inzage)' }).click(),
    );
    expect(file.file.suggestedFilename()).toMatch(new RegExp(`^inzage-Pieter-Jansen-${DAY}\\.json$`));
    const json = JSON.parse(file.bytes.toString('utf8')) as {
      samenvatting: string[];
      person: { displayName: string };
      parts: { formId: string; own: boolean }[];
    };
    expect(json.person.displayName).toBe('Pieter Jansen');
    expect(json.samenvatting[0]).toMatch(/^Inzage voor Pieter Jansen/);
    // The LEOhs about him are in it (he may read them); Anna's own ComBel part is not about him.
    const others = json.parts.filter((p) => !p.own);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((p) => p.formId.includes('leoh'))).toBe(true);
    const summary = page.getByRole('status', { name: 'Samenvatting' });
    await summary.getByText(/^Inzage voor Pieter Jansen/).waitFor();
    await screenshot(page, 'inzage', true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
