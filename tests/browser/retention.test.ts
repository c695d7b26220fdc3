// Retention in the app (docs/data-model.md, "Retention"): the admin sets the institute's term on the Medewerkers
// page and puts a traject under a legal hold on its page; the secretariat sees the hold but cannot set or lift it.
import { describe, expect, it } from 'vitest';
import { adminDb, eventually } from '../support/stack.js';
import { axeViolations, DESKTOP, screenshot } from './browser.js';
import { P, T, type Person } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const suite = useBrowserSuite();

const signedIn = (person: Person, path: string) => suite.signedIn(person, path, DESKTOP);

describe('retention', () => {
  it('the admin sets the institute’s retention term', async () => {
    const page = await signedIn(P.beheer, '/medewerkers');
    const section = page.getByRole('region', { name: 'Bewaartermijn' });
    const years = section.getByLabel('Bewaartermijn in jaren na afloop van een traject');
    await expect.poll(() => years.inputValue()).toBe('7');
    await years.fill('25');
    await section
      .getByRole('alert')
      .getByText('De bewaartermijn is een heel aantal jaren, van 1 tot en met 20.')
      .waitFor();
    expect(await section.getByRole('button', { name: 'Bewaartermijn opslaan' }).isDisabled()).toBe(true);
    await years.fill('10');
    await section.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
    await section.getByRole('status').getByText('Opgeslagen: 10 jaar na afloop van een traject.').waitFor();
    expect((await adminDb().doc(`institutes/${P.beheer.instituteId}`).get()).get('retentionYears')).toBe(10);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the admin puts a traject under a legal hold; the secretariat sees it but cannot lift it', async () => {
    const page = await signedIn(P.beheer, `/trajecten/${T.anna.id}`);
    const section = page.getByRole('region', { name: 'Bewaren en verwijderen' });
    await section.getByText(/^Het traject loopt\./).waitFor();
    await section.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
    await section.getByRole('alert').getByText('Vul de reden van de bewaarplicht in.').waitFor();
    await section
      .getByLabel('Reden voor een bewaarplicht')
      .fill('Bezwaarprocedure over de voortgangsbeslissing');
    await section.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
    await section.getByText(/Reden: Bezwaarprocedure over de voortgangsbeslissing/).waitFor();
    await section
      .getByText('Er geldt een bewaarplicht: de gegevens van dit traject worden niet verwijderd.')
      .waitFor();
    const hold = await eventually(
      'the hold on the server',
      async () =>
        (await adminDb().doc(`trajecten/${T.anna.id}`).get()).get('legalHold') as
          { reason: string; setBy: string } | undefined,
    );
    expect(hold).toMatchObject({
      reason: 'Bezwaarprocedure over de voortgangsbeslissing',
      setBy: P.beheer.uid,
    });
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'traject-bewaarplicht');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();

    const secretariaat = await signedIn(P.sanne, `/trajecten/${T.anna.id}`);
    const seen = secretariaat.getByRole('region', { name: 'Bewaren en verwijderen' });
    await seen
      .getByText('Er geldt een bewaarplicht: de gegevens van dit traject worden niet verwijderd.')
      .waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
    await secretariaat.context().close();
  });
});
