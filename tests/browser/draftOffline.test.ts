// Nothing typed is lost: a draft survives a reload, and a lesson observation opened online is filled and
// submitted with the network gone (Firestore offline persistence), showing what is not yet synced, and
// reaches the server when the connection is back.
import { describe, expect, it } from 'vitest';
import { fieldsForPart, FORM_DEFINITIONS, FORM_EXAMPLES } from '@praktijkvolg/domain';
import { adminDb, eventually } from '../support/stack.js';
import { axeViolations, fillAnswers, screenshot, submitForm } from './browser.js';
import { F, P } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite();

const savedState = '[data-testid="sync-state"][data-state="saved"]';

describe('drafts and offline work', () => {
  it('a draft survives a reload', async () => {
    const page = await suite.signedIn(P.pieter, `/formulieren/${F.diensten}/opleider`);
    await page.locator('form[data-ready]').waitFor();
    await page.locator('#f-aantalDiensten').fill('12');
    await page.locator('#f-onderdelen-spoed-niveau-1').check();
    await page.locator(savedState).waitFor();
    const stored = await eventually('the draft on the server', async () => {
      const snap = await adminDb().doc(`forms/${F.diensten}/parts/opleider`).get();
      return snap.get('status') === 'draft' && snap.get('answers.onderdelen.spoed.niveau')
        ? snap.data()
        : undefined;
    });
    expect(stored!.answers).toEqual({
      aantalDiensten: 12,
      onderdelen: { spoed: { niveau: 'op_verwachting' } },
    });

    // Typed just before the reload (within the autosave delay): the local copy keeps it.
    await page.locator('#f-toelichting').fill('Zelfstandig op de post');
    await page.reload();
    await page.locator('form[data-ready]').waitFor();
    expect(await page.locator('#f-aantalDiensten').inputValue()).toBe('12');
    expect(await page.locator('#f-onderdelen-spoed-niveau-1').isChecked()).toBe(true);
    expect(await page.locator('#f-toelichting').inputValue()).toBe('Zelfstandig op de post');
    await eventually('the reloaded text synced too', async () =>
      (await adminDb().doc(`forms/${F.diensten}/parts/opleider`).get()).get('answers.toelichting') ===
      'Zelfstandig op de post'
        ? true
        : undefined,
    );
    await page.context().close();
  });

  it('a lesson observation opened online is filled and submitted offline, and syncs when the connection is back', async () => {
    const page = await suite.signedIn(P.kees, `/formulieren/${F.observatie}/werkplekbegeleider`);
    await page.locator('form[data-ready]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Opened online: the full Firestore SDK (offline cache, queued writes) has taken over from Lite and
    // holds the part in its cache.
    await page.locator('html[data-part-live]').waitFor({ state: 'attached' });

    // In the classroom: no network.
    await page.context().setOffline(true);
    await page.getByText('Je bent offline.').waitFor();
    const answers = FORM_EXAMPLES.observatie.werkplekbegeleider as Record<string, unknown>;
    await fillAnswers(page, fieldsForPart(FORM_DEFINITIONS.observatie, 'werkplekbegeleider'), answers);
    await page.locator('[data-testid="sync-state"][data-state="pending"]').waitFor();
    expect(await page.getByTestId('sync-state').textContent()).toBe(
      'Niet verbonden – wordt bewaard op dit toestel',
    );
    await page.locator('#f-lesonderwerp').scrollIntoViewIfNeeded();
    await screenshot(page, 'offline-nog-niet-gesynchroniseerd');

    await submitForm(page);
    const banner = page.getByTestId('submitted');
    await banner.filter({ hasText: 'Ingediend, nog niet gesynchroniseerd' }).waitFor();
    await screenshot(page, 'offline-ingediend');
    expect((await adminDb().doc(`forms/${F.observatie}/parts/werkplekbegeleider`).get()).get('status')).toBe(
      'open',
    );

    // Back online: the queued writes reach the server and the banner turns final.
    await page.context().setOffline(false);
    const part = await eventually(
      'the offline submission on the server',
      async () => {
        const snap = await adminDb().doc(`forms/${F.observatie}/parts/werkplekbegeleider`).get();
        return snap.get('status') === 'submitted' ? snap.data() : undefined;
      },
      30_000,
    );
    expect(part!.answers).toEqual(answers);
    await banner.filter({ hasText: 'Het kan niet meer worden gewijzigd.' }).waitFor({ timeout: 30_000 });
    await page.context().close();
  }, 90_000);
});
