// Feedback givers by link, as the real users do it (docs/rules.md "Feedback givers by link"): the opleider asks a
// doktersassistent for feedback from the ComBel's page on his phone ("Vraag feedback"); she opens the mailed link,
// fills her own part and submits; the opleider reads it while filling his part, labelled by giver, and the aios sees
// no button and no feedback before the reveal. The PDG-deelnemer asks a fellow student for her summative request
// and finds the answer, with its giver, beside her request to copy as a quote.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formDocs } from '../support/builders.js';
import { clearMail, mailTo } from '../support/mailbox.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, eventually } from '../support/stack.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { axeViolations, newContext, screenshot, submitForm, url } from './browser.js';
import { F, P, T } from './fixtures.js';

const AANVRAAG = `${T.lotte.id}__fx-aanvraag-summatief-1`;
const ELLEN = { name: 'Ellen de Graaf', email: 'ellen@praktijk-delinde.example' };
const SEM = { name: 'Sem Jansen', email: 'sem@student-hr.example' };

const suite = useBrowserSuite({
  afterSeed: async (now) => {
    const db = adminDb();
    const batch = db.batch();
    const traject = { ...T.lotte, traineeName: P.lotte.displayName };
    const docs = formDocs(
      {
        formId: AANVRAAG,
        trajectId: T.lotte.id,
        traject,
        formType: 'aanvraag_summatief',
        title: 'Aanvraag summatief lesbezoek',
        dueInDays: 60,
        parts: { deelnemer: { status: 'open' }, pdg_trainer: { status: 'open' } },
      },
      now,
      Timestamp.fromDate,
    );
    for (const [path, data] of docs) batch.set(db.doc(path), data);
    await batch.commit();
    await clearMail();
  },
});

/** The single-use link in the invitation mail to `email`, as it arrived in the inbox. */
async function linkTo(email: string): Promise<string> {
  const mail = await eventually(
    `the invitation to ${email}`,
    async () => (await mailTo(email)).find((m) => m.subject.startsWith('Uitnodiging: ')),
    20_000,
  );
  const link = (mail.text.match(/https?:\/\/\S+/g) ?? []).find((l) => l.startsWith(`${APP_URL}/link/`));
  if (!link) throw new Error(`no /link/ URL in:\n${mail.text}`);
  return link;
}

async function ask(page: Page, who: { name: string; email: string }, role: string) {
  await page.getByRole('button', { name: 'Vraag feedback' }).click();
  const form = page.getByRole('form', { name: 'Vraag feedback' });
  await form.getByLabel('Naam').fill(who.name);
  await form.getByLabel('E-mailadres').fill(who.email);
  await form.getByLabel('Rol').selectOption({ label: role });
  return form;
}

describe('feedback givers by link', () => {
  it('ComBel: the opleider asks a doktersassistent; she answers by link; he reads it, the aios does not', async () => {
    const pieter = await suite.signedIn(P.pieter, `/formulieren/${F.combel}`);
    const form = await ask(pieter, ELLEN, 'Doktersassistent');
    await screenshot(pieter, 'feedback-vragen-opleider');
    await form.getByRole('button', { name: 'Versturen' }).click();
    await pieter.getByText(`Gevraagd: ${ELLEN.name}.`).waitFor();
    await pieter
      .getByTestId('feedback-givers')
      .locator('li')
      .filter({ hasText: `Doktersassistent: ${ELLEN.name}` })
      .filter({ hasText: 'nog niet ingevuld' })
      .waitFor();
    expect(await axeViolations(pieter)).toEqual([]);

    // Ellen, on her phone, without an account.
    const ellen = await (await newContext(suite.browser)).newPage();
    await ellen.goto(await linkTo(ELLEN.email));
    await ellen.getByRole('button', { name: 'Formulier openen' }).click();
    await ellen.waitForURL(url(`/formulieren/${F.combel}/feedback_1`));
    await ellen.locator('form[data-ready]').waitFor();
    const answers = FORM_EXAMPLES.combel.feedback_1 as Record<string, string>;
    await ellen.getByLabel('Wat gaat goed in het werk van de aios?').fill(answers.praktijkGoed!);
    await ellen.getByLabel('Wat kan beter, en hoe?').fill(answers.praktijkBeter!);
    await screenshot(ellen, 'feedback-praktijkmedewerker-telefoon');
    await submitForm(ellen);
    await ellen.getByTestId('submitted').waitFor({ timeout: 20_000 });
    // The page shows "ingediend" at once; the write reaches the server (and partWritten the index) after.
    await eventually('her part in the index', async () =>
      (await adminDb().doc(`forms/${F.combel}`).get()).get('parts.feedback_1.status') === 'submitted'
        ? true
        : undefined,
    );
    await ellen.context().close();

    // The opleider fills his part with her feedback beside it, labelled by giver.
    await pieter.goto(url(`/formulieren/${F.combel}/opleider`));
    const card = pieter.getByTestId('feedback-feedback_1');
    await card.filter({ hasText: `Doktersassistent: ${ELLEN.name}` }).waitFor();
    await card.filter({ hasText: answers.praktijkBeter! }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshot(pieter, 'feedback-opleider-invullen');
    await pieter.context().close();

    // The aios: no "Vraag feedback", and the practice staff's answers stay sealed until the reveal.
    const anna = await suite.signedIn(P.anna, `/formulieren/${F.combel}`);
    await anna.getByTestId('sealed-notice').waitFor();
    expect(await anna.getByRole('button', { name: 'Vraag feedback' }).count()).toBe(0);
    expect(await anna.getByTestId('feedback-feedback_1').count()).toBe(0);
    await anna.context().close();
  }, 90_000);

  it('PDG: the deelnemer asks a fellow student and finds the answer, with its giver, beside her request', async () => {
    const lotte = await suite.signedIn(P.lotte, `/formulieren/${AANVRAAG}`);
    const form = await ask(lotte, SEM, 'Medestudent');
    await form.getByRole('button', { name: 'Versturen' }).click();
    await lotte.getByText(`Gevraagd: ${SEM.name}.`).waitFor();

    // Sem answers through his link (the link flow itself is walked for the ComBel above).
    const sem = await (await newContext(suite.browser)).newPage();
    await sem.goto(await linkTo(SEM.email));
    await sem.getByRole('button', { name: 'Formulier openen' }).click();
    await sem.locator('form[data-ready]').waitFor();
    const answers = FORM_EXAMPLES.aanvraag_summatief.feedback_1 as Record<string, string>;
    await sem.getByLabel('Jouw feedback').fill(answers.feedbackTekst!);
    await submitForm(sem);
    await sem.getByTestId('submitted').waitFor({ timeout: 20_000 });
    await eventually('his part in the index', async () =>
      (await adminDb().doc(`forms/${AANVRAAG}`).get()).get('parts.feedback_1.status') === 'submitted'
        ? true
        : undefined,
    );
    await sem.context().close();

    await lotte.goto(url(`/formulieren/${AANVRAAG}/deelnemer`));
    const card = lotte.getByTestId('feedback-feedback_1');
    await card.filter({ hasText: `Medestudent: ${SEM.name}` }).waitFor();
    await card.getByRole('button', { name: 'Kopieer als citaat' }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshot(lotte, 'feedback-deelnemer-citaten');
    await lotte.context().close();
  }, 90_000);
});
