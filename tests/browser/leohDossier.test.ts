// The opleider hands in the dossier LEOh about him (never the private month-3 one); the secretariat finds
// it in its LEOh inbox under that opleider and prints it.
import { describe, expect, it } from 'vitest';
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { adminDb, eventually } from '../support/stack.js';
import { axeViolations, screenshot, url } from './browser.js';
import { F, P } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite();

describe('dossier LEOh: from the opleider to the secretariat', () => {
  it('the opleider sees both LEOhs about him, and only the dossier LEOh can go to the secretariat', async () => {
    const page = await suite.signedIn(P.pieter, '/');
    const section = page.getByRole('region', { name: "LEOh's over jou als opleider" });
    await section.waitFor();
    const privateItem = section.getByRole('listitem').filter({ hasText: 'LEOh maand 3 (eigen gebruik)' });
    const dossierItem = section.getByRole('listitem').filter({ hasText: 'LEOh maand 9–10 (dossier)' });
    await privateItem.getByText('Eigen gebruik: gaat niet naar het secretariaat.').waitFor();
    expect(await privateItem.getByRole('button').count()).toBe(0);
    await dossierItem.getByText('door de aios ingevuld').waitFor();
    // His own work: the overdue duty report and the ComBel.
    await page
      .getByRole('region', { name: /Te laat/ })
      .getByText('Voortgangsrapportage diensten maand 3')
      .waitFor();
    await screenshot(page, 'home-opleider', true);
    expect(await axeViolations(page)).toEqual([]);

    // He reads what the aios wrote about him before handing it in.
    await dossierItem.getByRole('link', { name: 'LEOh maand 9–10 (dossier)' }).click();
    await page.getByText((FORM_EXAMPLES.leoh.aios as { tops: string }).tops).waitFor();
    await page.goBack();

    await dossierItem.getByRole('button', { name: 'Indienen bij het secretariaat' }).click();
    await dossierItem.getByRole('button', { name: 'Ja, indienen' }).click();
    await page.getByText('De LEOh is ingediend bij het secretariaat.').waitFor({ timeout: 20_000 });
    await dossierItem.getByText('ingediend bij het secretariaat').waitFor();
    const form = await adminDb().doc(`forms/${F.leohDossier}`).get();
    expect(form.get('status')).toBe('ingediend');
    expect(form.get('staffVisible')).toBe(true);
    expect((await adminDb().doc(`forms/${F.leohPrivate}`).get()).get('staffVisible')).toBe(false);
    await page.context().close();
  });

  it('the secretariat sees it in the LEOh inbox under the opleider, never the private one, and prints it', async () => {
    const page = await suite.signedIn(P.sanne, '/leoh');
    const opleider = page.getByRole('region', { name: P.pieter.displayName });
    await eventually('the LEOh in the inbox', async () =>
      (await opleider.getByRole('link', { name: 'LEOh maand 9–10 (dossier)' }).count()) === 1
        ? true
        : undefined,
    );
    expect(await page.getByText('LEOh maand 3 (eigen gebruik)').count()).toBe(0);
    await screenshot(page, 'leoh-inbox');
    expect(await axeViolations(page)).toEqual([]);

    await opleider.getByRole('link', { name: 'LEOh maand 9–10 (dossier)' }).click();
    await page.waitForURL(url(`/formulieren/${F.leohDossier}/afdrukken`));
    await page.getByRole('heading', { name: 'Evaluatie door de aios' }).waitFor();
    await page.getByText((FORM_EXAMPLES.leoh.aios as { tips: string }).tips).waitFor();
    await page.getByRole('button', { name: 'Afdrukken / PDF opslaan' }).waitFor();
    await screenshot(page, 'afdrukken-leoh', true);
    // The print stylesheet drops the app's chrome.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    await page.context().close();
  });
});
