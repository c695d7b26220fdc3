// Every role's home and the main screens: what each person must do now, what is coming, what is overdue;
// the secretariat's trajecten, overdue overview (with CSV export) and the hoofd opleiding recording a
// decision next to the advice. Each screen is checked with axe-core and stored in docs/screenshots.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminAuth, adminDb, eventually } from '../support/stack.js';
import { axeViolations, DESKTOP, newContext, screenshot, submitForm, url } from './browser.js';
import { F, P } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite();

const { signedIn } = suite;

const section = (page: Page, name: RegExp | string) => page.getByRole('region', { name });

describe('per-role home', () => {
  it('aios: her open, coming and submitted work and her traject', async () => {
    const page = await signedIn(P.anna);
    await section(page, 'Jouw trajecten').getByText('Huisartsopleiding fase I (jaar 1)').waitFor();
    await section(page, 'Onlangs ingediend').getByText('ComBel maand 3').waitFor();
    await screenshot(page, 'home-aios', true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('groepsdocent: the ComBel he already submitted', async () => {
    const page = await signedIn(P.gerda);
    await section(page, 'Onlangs ingediend').getByText('ComBel maand 3').waitFor();
    await section(page, 'Nu te doen').getByText('Er staat nu niets voor je open.').waitFor();
    await screenshot(page, 'home-groepsdocent');
    await page.context().close();
  });

  it('werkplekbegeleider: the lesson observation to do now', async () => {
    const page = await signedIn(P.kees);
    const now = section(page, 'Nu te doen');
    await now.getByRole('link', { name: 'Lesbezoek 3 werkplekbegeleider (tweede helft)' }).waitFor();
    // Never a summative assessment, not even the one the server wrongly listed him on: it is not his.
    expect(await page.getByText('Beoordeling summatief lesbezoek').count()).toBe(0);
    await screenshot(page, 'home-werkplekbegeleider');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('assessor: the summative assessment', async () => {
    const page = await signedIn(P.ingrid);
    await section(page, 'Nu te doen')
      .getByRole('link', { name: 'Beoordeling summatief lesbezoek 1' })
      .waitFor();
    await screenshot(page, 'home-assessor');
    await page.context().close();
  });

  it('deelnemer: her traject and what the others still have to do is not her work list', async () => {
    const page = await signedIn(P.lotte);
    await section(page, 'Jouw trajecten').getByText('Zadkine, Rotterdam').waitFor();
    await section(page, 'Nu te doen').getByText('Er staat nu niets voor je open.').waitFor();
    await screenshot(page, 'home-deelnemer');
    await page.context().close();
  });

  it('secretariaat: overdue count, LEOh inbox and trajecten', async () => {
    const page = await signedIn(P.sanne);
    const panel = section(page, 'Secretariaat');
    await panel.getByText('1 deel over de deadline', { exact: true }).waitFor();
    await screenshot(page, 'home-secretariaat');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('secretariat screens', () => {
  it('trajecten and a traject with its koppelingen', async () => {
    const page = await signedIn(P.sanne, '/trajecten');
    await page.getByRole('link', { name: P.anna.displayName }).click();
    await page.getByRole('heading', { name: `Traject ${P.anna.displayName}` }).waitFor();
    await page
      .getByRole('group', { name: /^Groepsdocenten/ })
      .getByText(P.bram.displayName)
      .waitFor();
    await screenshot(page, 'traject-bewerken');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(url('/trajecten'));
    await page.getByRole('table', { name: 'Trajecten' }).waitFor();
    await screenshot(page, 'trajecten');
    await page.context().close();
  });

  it('overdue items per traject with filters, exported as CSV', async () => {
    const page = await signedIn(P.sanne, '/achterstanden', DESKTOP);
    const anna = page.getByRole('region', { name: `Tabel achterstanden ${P.anna.displayName}` });
    await anna.getByRole('cell', { name: 'Voortgangsrapportage diensten maand 3' }).waitFor();
    await screenshot(page, 'achterstanden-desktop');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Minimaal dagen te laat').fill('30');
    await page.getByText('Geen achterstanden die aan het filter voldoen.').waitFor();
    await page.getByLabel('Minimaal dagen te laat').fill('0');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Exporteren als CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^achterstanden-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF"Aios/deelnemer";"Opleiding";"Formulier"')).toBe(true);
    expect(csv).toContain(
      `"${P.anna.displayName}";"Huisartsopleiding fase I (jaar 1)";"Voortgangsrapportage diensten maand 3";"Rapportage opleider";"${P.pieter.displayName}";"niet begonnen"`,
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'achterstanden');
    await page.context().close();
  });
});

describe('hoofd opleiding', () => {
  it('sees the advice side by side and records the decision', async () => {
    const page = await signedIn(P.hendrik);
    const link = section(page, 'Hoofd opleiding').getByRole('link', { name: 'Voortgangsbeslissing jaar 1' });
    await link.click();
    const advice = page.getByRole('region', { name: 'Adviezen in dit traject' });
    await advice
      .getByRole('row', { name: /Voortgangsadvies maand 3/ })
      .getByText('Go op voorwaarden', { exact: true })
      .waitFor();
    await screenshot(page, 'voortgangsbeslissing');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Door onder voorwaarden').check();
    await page
      .getByLabel('Onderbouwing', { exact: true })
      .fill('Adviezen positief; organisatie van het spreekuur verdient aandacht.');
    await page.getByRole('button', { name: 'Indienen', exact: true }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Dit veld is verplicht' }).first().waitFor(); // voorwaarden, datum
    await page
      .getByRole('textbox', { name: /^Voorwaarden/ })
      .first()
      .fill('Voor maand 9: spreekuur zonder uitloop.');
    await page.getByLabel('Datum beslissing').fill('2026-03-01');
    await page.getByLabel(/^Voorwaarden uiterlijk vervuld op/).fill('2026-06-01');
    await submitForm(page);
    await page.getByTestId('submitted').waitFor();
    const part = await eventually('the decision on the server', async () => {
      const snap = await adminDb().doc(`forms/${F.beslissing}/parts/hoofd_opleiding`).get();
      return snap.get('status') === 'submitted' ? snap.data() : undefined;
    });
    expect(part!.answers.uitkomst).toBe('door_onder_voorwaarden');
    expect(part!.updatedBy).toBe(P.hendrik.uid);
    await page.goto(url('/beslissingen'));
    await page.getByText('vastgelegd: Door onder voorwaarden').waitFor();
    await screenshot(page, 'beslissingen');
    await page.context().close();
  });
});

describe('a link that does not work', () => {
  it('explains itself in Dutch', async () => {
    const context = await newContext(suite.browser);
    const page = await context.newPage();
    await page.goto(url(`/link/${'x'.repeat(43)}`));
    await page.getByRole('heading', { name: 'Deze link werkt niet meer' }).waitFor();
    await page.getByText('Deze link kennen we niet.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('beheerder', () => {
  it('gives a person a staff role, never their own', async () => {
    const page = await signedIn(P.beheer, '/medewerkers');
    const table = page.getByRole('region', { name: 'Medewerkers en hun rollen' });
    // Their own row cannot be changed here.
    expect(
      await table.getByRole('checkbox', { name: `Beheerder: ${P.beheer.displayName}` }).isDisabled(),
    ).toBe(true);
    await table.getByRole('checkbox', { name: `Opleiderscoach: ${P.gerda.displayName}` }).check();
    await screenshot(page, 'medewerkers');
    expect(await axeViolations(page)).toEqual([]);
    await table
      .getByRole('row', { name: new RegExp(P.gerda.displayName) })
      .getByRole('button', { name: 'Opslaan' })
      .click();
    await table
      .getByRole('status')
      .getByText(/^Opgeslagen\./)
      .waitFor();
    expect((await adminAuth().getUser(P.gerda.uid)).customClaims).toEqual({
      institute: P.gerda.instituteId,
      staff: ['opleiderscoach'],
    });
    await page.context().close();
  });
});
