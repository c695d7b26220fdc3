// A rater without an account: the opleider names a waarnemend opleider (docs/rules.md, "Who fills an
// assessment part"; the aios cannot); the mailed single-use link opens a page that spends nothing until
// "Formulier openen"; a used link offers a new one, which comes by mail and finds the draft where it was left.
import { describe, expect, it } from 'vitest';
import { fieldsForPart, FORM_DEFINITIONS, FORM_EXAMPLES } from '@praktijkvolg/domain';
import { APP_URL } from '../support/ports.js';
import { clearMail, mailTo } from '../support/mailbox.js';
import { adminDb, eventually } from '../support/stack.js';
import { axeViolations, fillAnswers, newContext, screenshot, submitForm } from './browser.js';
import { F, P } from './fixtures.js';
import { useBrowserSuite } from '../support/browserSuite.js';

const henk = { name: 'Henk Bos', email: 'henk.bos@praktijk-delinde.example' };

const suite = useBrowserSuite({ afterSeed: clearMail });

async function linkFromMail(subject: string, count = 1): Promise<string> {
  const mails = await eventually(
    `mail "${subject}" to ${henk.email}`,
    async () => {
      const m = (await mailTo(henk.email)).filter((x) => x.subject.startsWith(subject));
      return m.length >= count ? m : undefined;
    },
    20_000,
  );
  const newest = mails.sort((a, b) => b.time.localeCompare(a.time))[0]!;
  const link = (newest.text.match(/https?:\/\/\S+/g) ?? []).find((l) => l.startsWith(`${APP_URL}/link/`));
  if (!link) throw new Error(`no /link/ URL in:\n${newest.text}`);
  return link;
}

describe('single-use links for raters without an account', () => {
  let firstLink: string;

  it('the opleider names a waarnemend opleider for the ComBel of his aios', async () => {
    const page = await suite.signedIn(P.pieter, `/formulieren/${F.combel}`);
    await page.getByRole('button', { name: 'Waarnemend opleider aanwijzen' }).click();
    const form = page.getByRole('form', { name: 'Waarnemend opleider aanwijzen' });
    await form.getByLabel('Naam').fill(henk.name);
    await form.getByLabel('E-mailadres').fill(henk.email);
    await form
      .getByLabel('Persoonlijk bericht (optioneel)')
      .fill('Ik ben met verlof; wil jij de ComBel van Anna invullen?');
    await screenshot(page, 'uitnodigen');
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page
      .getByText(`Uitnodiging verstuurd naar ${henk.name} (${henk.email}).`)
      .waitFor({ timeout: 20_000 });
    firstLink = await linkFromMail('Uitnodiging: ComBel maand 3');
    await page.context().close();
  });

  it('opening the link spends nothing; the button does, and opens the form', async () => {
    const context = await newContext(suite.browser);
    const page = await context.newPage();
    await page.goto(firstLink);
    await page.getByRole('button', { name: 'Formulier openen' }).waitFor();
    await page.getByText(henk.name).waitFor();
    await page.reload(); // a mail scanner or a second look: still valid
    await page.getByRole('button', { name: 'Formulier openen' }).waitFor();
    await screenshot(page, 'link-openen');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Formulier openen' }).click();
    await page.waitForURL(`${APP_URL}/formulieren/${F.combel}/opleider`);
    await page.locator('form[data-ready]').waitFor();
    await page.getByLabel('Tops', { exact: true }).fill('Rustig en grondig.');
    await page.locator('[data-testid="sync-state"][data-state="saved"]').waitFor();
    await context.close();
  });

  it('a used link explains itself and sends a new one, which finds the draft; the rater submits', async () => {
    const context = await newContext(suite.browser);
    const page = await context.newPage();
    await page.goto(firstLink);
    await page.getByRole('heading', { name: 'Deze link werkt niet meer' }).waitFor();
    await page.getByText('Deze link is al gebruikt.').waitFor();
    await screenshot(page, 'link-gebruikt');
    await page.getByRole('button', { name: 'Stuur mij een nieuwe link' }).click();
    await page.getByText('We hebben een nieuwe link gestuurd').waitFor({ timeout: 20_000 });

    const fresh = await linkFromMail('Nieuwe link: ComBel maand 3');
    expect(fresh).not.toBe(firstLink);
    await page.goto(fresh);
    await page.getByRole('button', { name: 'Formulier openen' }).click();
    await page.locator('form[data-ready]').waitFor();
    expect(await page.getByLabel('Tops', { exact: true }).inputValue()).toBe('Rustig en grondig.');

    const example = FORM_EXAMPLES.combel.opleider as Record<string, unknown>;
    await fillAnswers(page, fieldsForPart(FORM_DEFINITIONS.combel, 'opleider'), example);
    await submitForm(page);
    await page.getByTestId('submitted').waitFor({ timeout: 20_000 });
    const part = await eventually('the part submitted through the link', async () => {
      const snap = await adminDb().doc(`forms/${F.combel}/parts/opleider`).get();
      return snap.get('status') === 'submitted' ? snap.data() : undefined;
    });
    expect(part!.answers).toEqual(example);
    expect(part!.updatedBy).not.toBe(P.pieter.uid);
    await context.close();
  }, 60_000);
});
