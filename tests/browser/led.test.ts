// The LED year as its users walk it (seed 000; docs/rules.md "LED"): the docent writes her leerdoelen, the
// collega-docent responds in a part of his own, observes her lessons on her own learning points (the server put
// her leerdoelen on the observation as its items, never the PDG behaviour indicators), and responds to her
// practice assignment and reflection; the LED-trainer reads along on his home. Screenshots docs/screenshots/led-*.
import { FORM_DEFINITIONS, FORM_EXAMPLES } from '@praktijkvolg/domain';
import { FieldValue } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browserSuite.js';
import { adminDb, eventually } from '../support/stack.js';
import { axeViolations, fillAnswers, screenshot, submitForm } from './browser.js';
import { LP, seedLedMbo } from './ledMboWorld.js';

const db = adminDb();
const suite = useBrowserSuite({ afterSeed: seedLedMbo });
const form = (key: string) => `karin-led__${key}`;
const GOALS = [
  { doel: 'Ik open en sluit een groepsbijeenkomst met duidelijke doelen.' },
  { doel: 'Ik geef feedback die aansluit bij de leervraag van de aios.' },
];

async function partOf(formId: string, partId: string) {
  return (await db.doc(`forms/${formId}/parts/${partId}`).get()).data()!;
}

describe('LED: docent, collega-docent and LED-trainer', () => {
  it('the docent writes her leerdoelen in the form, and they become the items of her observations', async () => {
    const page = await suite.signedIn(LP.karin, `/formulieren/${form('leerdoelen')}/deelnemer`);
    await page.locator('form[data-ready]').waitFor();
    // Only her own fields: the collega-docent's response is not hers to write.
    expect(await page.getByLabel('Reactie op de leerdoelen').count()).toBe(0);
    await fillAnswers(
      page,
      FORM_DEFINITIONS.leerdoelen.fields.filter((f) => f.key === 'leerdoelen'),
      {
        leerdoelen: GOALS,
      },
    );
    await screenshot(page, 'led-leerdoelen-docent', true);
    await submitForm(page);
    const items = await eventually(
      'the leerpunten on the first observation',
      async () => {
        const answers = (await partOf(form('observatie-led-1'), 'collega_docent')).answers as {
          leerpunten?: unknown[];
        };
        return answers.leerpunten;
      },
      30_000,
    );
    expect(items).toEqual(GOALS.map((g) => ({ leerpunt: g.doel })));
    await page.context().close();
  }, 120_000);

  it('the collega-docent responds to the leerdoelen in his own part', async () => {
    const page = await suite.signedIn(LP.wim, `/formulieren/${form('leerdoelen')}/collega_docent`);
    await page.locator('form[data-ready]').waitFor();
    await page.getByText(GOALS[0]!.doel).first().waitFor(); // he reads her goals
    await page
      .getByLabel('Reactie op de leerdoelen')
      .fill('Goede doelen; ik observeer je in blok 2 op het eerste.');
    await submitForm(page);
    await eventually('his response in', async () =>
      (await partOf(form('leerdoelen'), 'collega_docent')).status === 'submitted' ? true : undefined,
    );
    await page.context().close();
  }, 90_000);

  it('he observes her lesson on her own leerpunten, not on behaviour indicators', async () => {
    const page = await suite.signedIn(LP.wim, `/formulieren/${form('observatie-led-1')}/collega_docent`);
    await page.locator('form[data-ready]').waitFor();
    await page.getByRole('group', { name: 'Leerpunt 1', exact: true }).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Leerpunt 1', exact: true })
        .locator('input')
        .first()
        .inputValue(),
    ).toBe(GOALS[0]!.doel);
    expect(await page.getByText('Gedragsindicatoren').count()).toBe(0);
    const def = FORM_DEFINITIONS.observatie_led;
    await fillAnswers(page, def.fields, {
      datum: (FORM_EXAMPLES.observatie_led.collega_docent as { datum: string }).datum,
      leerpunten: GOALS.map((g, i) => ({
        leerpunt: g.doel,
        waargenomen:
          i === 0 ? 'Doelen op het bord bij de opening; afsluiting kort.' : 'Vroeg eerst naar de leervraag.',
      })),
    });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'led-observatie-leerpunten', true);
    await submitForm(page);
    await eventually('the observation in', async () =>
      (await partOf(form('observatie-led-1'), 'collega_docent')).status === 'submitted' ? true : undefined,
    );
    await page.context().close();
  }, 120_000);

  it('her practice assignment and reflection reach the collega-docent and the LED-trainer', async () => {
    await db.doc(`forms/${form('praktijkopdracht-1')}/parts/deelnemer`).update({
      answers: FORM_EXAMPLES.praktijkopdracht.deelnemer,
      status: 'submitted',
      submittedAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: LP.karin.uid,
    });
    const trainer = await suite.signedIn(LP.els, '/');
    const panel = trainer.getByRole('region', { name: /LED-opleiding van Karin Vermeulen/ });
    await panel.waitFor();
    await panel.getByText('observatie ingevuld').waitFor();
    await panel.getByText('wacht op de reactie van de collega-docent').first().waitFor();
    expect(await axeViolations(trainer)).toEqual([]);
    await screenshot(trainer, 'led-home-trainer', true);
    await panel.getByRole('link', { name: 'Praktijkopdracht en reflectie 1' }).click();
    await trainer
      .getByText((FORM_EXAMPLES.praktijkopdracht.deelnemer as { reflectie: string }).reflectie)
      .waitFor();
    await trainer.context().close();

    const docent = await suite.signedIn(LP.karin, '/');
    const mine = docent.getByRole('region', { name: 'Mijn LED-opleiding' });
    await mine.getByText('leerdoelen en reactie collega-docent ingediend').waitFor();
    await screenshot(docent, 'led-home-docent', true);
    await docent.context().close();
  }, 120_000);
});
