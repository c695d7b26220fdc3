// The progress decision and its conditions (docs/rules.md "Progress decision and conditions"), walked as their
// users do: Hendrik (hoofd opleiding, desktop) finds a decision still waiting for the docenten's advice refused in
// Dutch; Anna (aios, phone) reads the conditions of her decision "door onder voorwaarden" on her home, and cannot
// close them; Hendrik finds the follow-up on his home and closes it with an outcome, after which it leaves his list.
import { DECISION_WAITS_MESSAGE } from '@praktijkvolg/domain';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { formDocs } from '../support/builders.js';
import { adminDb, eventually } from '../support/stack.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { axeViolations, DESKTOP, screenshot, submitForm, url } from './browser.js';
import { F, P, T } from './fixtures.js';

const VERVOLG = `${T.anna.id}__dfu-voorwaarden-vervolg-1`;
const VOORWAARDEN =
  'Vier KPBs spoedzorg op niveau en een spreekuur zonder uitloop, besproken met de opleider.';

async function world(now: Date) {
  const db = adminDb();
  const batch = db.batch();
  // The world's decision, but the docenten's advice is not in yet: the server has not opened it.
  for (const path of [`forms/${F.beslissing}`, `forms/${F.beslissing}/parts/hoofd_opleiding`])
    batch.update(db.doc(path), { adviceComplete: FieldValue.delete() });
  const vervolg = formDocs(
    {
      formId: VERVOLG,
      trajectId: T.anna.id,
      traject: { ...T.anna, traineeName: T.anna.trainee.displayName },
      formType: 'voorwaarden_vervolg',
      title: 'Vervolg voorwaarden voortgangsbeslissing',
      dueInDays: 40,
      parts: { hoofd_opleiding: { status: 'open' } },
      envelopeFields: {
        voorwaarden: {
          tekst: VOORWAARDEN,
          uiterlijk: new Date(now.getTime() + 40 * 86_400_000).toISOString().slice(0, 10),
          beslissing: F.beslissing,
        },
      },
    },
    now,
    Timestamp.fromDate,
  );
  for (const [path, data] of vervolg) batch.set(db.doc(path), data);
  await batch.commit();
}

const suite = useBrowserSuite({ afterSeed: world });

describe('the progress decision and its conditions', () => {
  it('the hoofd opleiding cannot record a decision before the docenten’s advice is in', async () => {
    const page = await suite.signedIn(P.hendrik, `/formulieren/${F.beslissing}/hoofd_opleiding`, DESKTOP);
    await page.getByTestId('refusal').filter({ hasText: DECISION_WAITS_MESSAGE }).waitFor();
    expect(await page.locator('form[data-ready]').count()).toBe(0);
    await screenshot(page, 'beslissing-wacht-op-advies');
    await page.context().close();
  });

  it('the aios reads her conditions on her home and cannot close them', async () => {
    const page = await suite.signedIn(P.anna);
    const block = page.getByTestId('voorwaarden').filter({ hasText: VOORWAARDEN });
    await block.waitFor();
    await block.getByText('loopt').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'voorwaarden-aios');
    await page.goto(url(`/formulieren/${VERVOLG}/hoofd_opleiding`));
    await page.getByRole('heading', { name: 'Geen toegang tot dit deel' }).waitFor();
    await page.context().close();
  });

  it('the hoofd opleiding closes the follow-up with an outcome; it leaves his list', async () => {
    const page = await suite.signedIn(P.hendrik, '/', DESKTOP);
    const list = page.getByTestId('voorwaarden-te-volgen');
    await list.getByRole('link', { name: `${P.anna.displayName}: voorwaarden` }).click();
    await page.getByTestId('voorwaarden').filter({ hasText: VOORWAARDEN }).waitFor();
    await page.getByLabel('Aan de voorwaarden voldaan', { exact: true }).check();
    await page
      .getByLabel('Toelichting', { exact: true })
      .fill('Vier KPBs spoedzorg op niveau; het spreekuur loopt op tijd.');
    await page.getByLabel('Datum afsluiting').fill('2026-10-01');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'voorwaarden-afsluiten');
    await submitForm(page);
    await page.getByTestId('submitted').waitFor();
    await eventually('the follow-up closed on the server', async () =>
      (await adminDb().doc(`forms/${VERVOLG}`).get()).get('status') === 'completed' ? true : undefined,
    );
    await page.goto(url('/'));
    await page.getByText('Er lopen geen voorwaarden.').waitFor();
    await page.context().close();
  });
});
