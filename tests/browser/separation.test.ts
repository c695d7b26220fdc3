// Rule 1 of docs/rules.md: a werkplekbegeleider is never assessor of the deelnemer he supervises. Refused with a clear
// Dutch message when he opens the assessor part (the rules do not let him read it), when the server
// wrongly listed him (the app's own check, and the rules refuse his write), and when the secretariat
// tries to assign him (the conflict explained before anything is written).
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { ROLE_CONFLICTS } from '@praktijkvolg/domain';
import { adminDb } from '../support/stack.js';
import { axeViolations, newContext, screenshot, signInByEmailLink, url } from './browser.js';
import { errorCodeOf, webClientAs } from './client.js';
import { F, P, T } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite();

describe('a werkplekbegeleider who tries to act as assessor', () => {
  it('opening the assessor part of the summative assessment: refused, with the reason in Dutch', async () => {
    const context = await newContext(suite.browser);
    const page = await context.newPage();
    const path = `/formulieren/${F.beoordeling}/assessor`;
    await signInByEmailLink(page, P.kees.email, path);
    const refusal = page.getByTestId('refusal');
    await refusal
      .filter({
        hasText:
          'Een werkplekbegeleider mag nooit assessor zijn bij het summatief lesbezoek van de deelnemer die hij of zij begeleidt.',
      })
      .waitFor();
    expect(await page.locator('form[data-ready]').count()).toBe(0);
    await screenshot(page, 'geweigerd-werkplekbegeleider-als-assessor');
    expect(await axeViolations(page)).toEqual([]);

    // Even listed as assessor by mistake, the app refuses him, and so do the rules.
    await page.goto(url(`/formulieren/${F.beoordelingFout}/assessor`));
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'De werkplekbegeleider mag nooit assessor zijn bij het summatief lesbezoek.',
    );
    expect(await page.locator('form[data-ready]').count()).toBe(0);
    const kees = await webClientAs(P.kees.uid);
    try {
      const write = updateDoc(doc(kees.db, 'forms', F.beoordelingFout, 'parts', 'assessor'), {
        answers: { eindoordeel: 'behaald' },
        status: 'draft',
        updatedAt: serverTimestamp(),
        updatedBy: P.kees.uid,
      });
      expect(await errorCodeOf(write)).toBe('permission-denied');
    } finally {
      await kees.close();
    }
    await context.close();
  });

  it('the secretariat assigning him as assessor: the conflict is explained and nothing is written', async () => {
    const page = await suite.signedIn(P.ria, `/trajecten/${T.lotte.id}`);
    const assessor = page.getByRole('group', { name: /^Assessor \(opleiding\)/ });
    await assessor
      .getByRole('button', { name: `${P.ingrid.displayName} verwijderen als assessor (opleiding)` })
      .click();
    await assessor
      .getByLabel('Assessor (opleiding) toevoegen')
      .selectOption({ label: `${P.kees.displayName} (${P.kees.email})` });
    const expected = ROLE_CONFLICTS.find((c) => c.roles[1] === 'assessor')!.message;
    const conflicts = page.getByTestId('role-conflicts');
    await conflicts.getByText(expected, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Traject opslaan' }).click();
    await conflicts.getByText('Niet opgeslagen: los eerst deze punten op').waitFor();
    await conflicts.scrollIntoViewIfNeeded();
    await screenshot(page, 'traject-rolconflict');
    expect(await axeViolations(page)).toEqual([]);
    const traject = await adminDb().doc(`trajecten/${T.lotte.id}`).get();
    expect(traject.get('roles.assessor')).toEqual([P.ingrid.uid]);
    await page.context().close();
  });
});
