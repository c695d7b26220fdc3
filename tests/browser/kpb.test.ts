// KPB/KVB weekly and duties counted (docs/domain.md "Progress counted"), walked as their users do: Anna (aios,
// phone) sees her pace and starts a KPB from her home, lands in her own part, and is refused a fourth open one in
// Dutch; Pieter (opleider, phone) sees the KPB waiting and the pace; Gerda (groepsdocent, phone) sees Anna's
// duties counted; Sanne (secretariat, desktop) sees both on the traject page.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { beginKpb } from '../../functions/src/forms/kpb.js';
import { formDocs } from '../support/builders.js';
import { adminDb } from '../support/stack.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { axeViolations, DESKTOP, screenshot } from './browser.js';
import { P, T } from './fixtures.js';

const traject = { ...T.anna, traineeName: T.anna.trainee.displayName };
const DIENSTEN_M2 = `${T.anna.id}__fx-diensten-m2`;

/** Five KPBs done (both parts in), and a submitted diensten report saying 14 duties. */
async function kpbWorld(now: Date) {
  const batch = adminDb().batch();
  for (let n = 1; n <= 5; n++) {
    const form = formDocs(
      {
        formId: `${T.anna.id}__kpb-${n}`,
        trajectId: T.anna.id,
        traject,
        formType: 'kpb',
        title: `KPB/KVB ${n}`,
        dueInDays: -7 * (6 - n),
        parts: { aios: { status: 'submitted' }, opleider: { status: 'submitted' } },
      },
      now,
      Timestamp.fromDate,
    );
    for (const [path, data] of form) batch.set(adminDb().doc(path), data);
  }
  const diensten = formDocs(
    {
      formId: DIENSTEN_M2,
      trajectId: T.anna.id,
      traject,
      formType: 'diensten',
      title: 'Voortgangsrapportage diensten maand 2',
      dueInDays: -10,
      parts: {
        opleider: {
          status: 'submitted',
          answers: { ...FORM_EXAMPLES.diensten.opleider, aantalDiensten: 14 },
        },
      },
    },
    now,
    Timestamp.fromDate,
  );
  for (const [path, data] of diensten) batch.set(adminDb().doc(path), data);
  await batch.commit();
}

const suite = useBrowserSuite({ afterSeed: kpbWorld });

describe('KPB/KVB weekly', () => {
  it('the aios sees her pace, starts a KPB from home and fills her own part', async () => {
    const page = await suite.signedIn(P.anna, '/');
    const pace = page.getByTestId('kpb-pace');
    // 85 days into the year: floor(40 × 85 / 365) = 9 expected; 5 done is more than 2 behind.
    await pace.filter({ hasText: '5 van 40 (verwacht 9), achter op schema' }).waitFor();
    // The duty count comes from its own query: wait for it rather than read what is there at once.
    await page
      .getByTestId('diensten-voortgang')
      .filter({ hasText: 'Diensten: 14 van minimaal 20' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kpb-home-aios', true);

    await page.getByRole('button', { name: 'Nieuwe KPB' }).click();
    await page.waitForURL((u) => u.pathname === `/formulieren/${T.anna.id}__kpb-6/aios`);
    await page.locator('form[data-ready]').waitFor();
    await page.getByLabel('Onderdeel of vaardigheid').fill('Anamnese bij buikpijn');
    await screenshot(page, 'kpb-nieuw-aios');
    const envelope = (await adminDb().doc(`forms/${T.anna.id}__kpb-6`).get()).data()!;
    expect(envelope.parts.opleider.raterUids).toEqual([P.pieter.uid]);
    await page.context().close();
  });

  it('a fourth open KPB is refused in Dutch on the home screen', async () => {
    // Two more open ones (kpb-6 is open from the test before): three open now.
    for (let i = 0; i < 2; i++)
      await beginKpb(
        adminDb(),
        { trajectId: T.anna.id },
        { uid: P.anna.uid, claims: { institute: P.anna.instituteId, staff: [] } },
        new Date(suite.now.getTime() - (i + 1) * 86_400_000),
      );
    const page = await suite.signedIn(P.anna, '/');
    await page.getByRole('button', { name: 'Nieuwe KPB' }).click();
    const alert = page.getByRole('alert').filter({ hasText: "Je hebt al 3 KPB's openstaan (maximaal 3)." });
    await alert.waitFor();
    await screenshot(page, 'kpb-vierde-geweigerd');
    expect(page.url()).toMatch(/\/$/);
    await page.context().close();
  });

  it('the opleider sees the KPB waiting for him and the pace; the groepsdocent the duties', async () => {
    const pieter = await suite.signedIn(P.pieter, '/');
    await pieter.getByRole('heading', { name: 'KPB’s en diensten van Anna de Vries' }).waitFor();
    await pieter.getByTestId('kpb-pace').filter({ hasText: 'van 40 (verwacht 9)' }).waitFor();
    expect(await pieter.getByRole('link', { name: 'KPB/KVB 6' }).count()).toBeGreaterThan(0);
    await screenshot(pieter, 'kpb-home-opleider', true);
    await pieter.context().close();

    const gerda = await suite.signedIn(P.gerda, '/');
    await gerda
      .getByTestId('diensten-voortgang')
      .filter({ hasText: 'Diensten: 14 van minimaal 20' })
      .waitFor();
    await screenshot(gerda, 'diensten-home-groepsdocent', true);
    await gerda.context().close();
  });

  it('the secretariat sees pace and duties on the traject page', async () => {
    const page = await suite.signedIn(P.sanne, `/trajecten/${T.anna.id}`, DESKTOP);
    await page.getByRole('heading', { name: 'Voortgang KPB/KVB en diensten' }).waitFor();
    await page.getByTestId('kpb-pace').filter({ hasText: 'van 40 (verwacht 9), achter op schema' }).waitFor();
    await page
      .getByTestId('diensten-voortgang')
      .filter({ hasText: 'Diensten: 14 van minimaal 20' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('heading', { name: 'Voortgang KPB/KVB en diensten' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'kpb-diensten-traject-secretariaat');
    await page.context().close();
  });
});
