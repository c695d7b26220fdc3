// Mails people trust (docs/rules.md, "Mails people trust"): the admin sets whom mails name for questions; on
// Voorkeuren a person chooses the hour of the daily mail and switches messages off, and reads which mails cannot be
// switched off; the one-click link of an optional mail first asks, then unsubscribes. Screenshots for docs/screenshots.
import { mailDocSchema } from '@praktijkvolg/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browserSuite.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, eventually } from '../support/stack.js';
import { axeViolations, DESKTOP, screenshot } from './browser.js';
import { P } from './fixtures.js';

const suite = useBrowserSuite();
const db = adminDb();
const email = (page: Page) => page.getByRole('region', { name: 'E-mail' });

describe('mails people trust', () => {
  it('the admin names the secretariat that mails point to', async () => {
    const page = await suite.signedIn(P.beheer, '/medewerkers', DESKTOP);
    const section = page.getByRole('region', { name: 'Contact voor vragen over e-mails' });
    await section.getByText(/^Nog niet ingesteld/).waitFor();
    await section.getByLabel('Naam (zoals in de e-mail)').fill('Secretariaat Huisartsopleiding');
    await section.getByLabel('E-mailadres').fill('secretariaat@lumc');
    await section.getByRole('button', { name: 'Contact opslaan' }).click();
    await section.getByText(/^Vul een geldig e-mailadres in voor het secretariaat/).waitFor();
    await section.getByLabel('E-mailadres').fill('secretariaat@lumc-huisarts.example');
    await section.getByRole('button', { name: 'Contact opslaan' }).click();
    await section
      .getByText(
        'Opgeslagen: vragen over e-mails gaan naar Secretariaat Huisartsopleiding (secretariaat@lumc-huisarts.example).',
      )
      .waitFor();
    await screenshot(page, 'medewerkers-contact-email');
    expect((await db.doc(`institutes/${P.beheer.instituteId}`).get()).get('secretariaat')).toEqual({
      name: 'Secretariaat Huisartsopleiding',
      email: 'secretariaat@lumc-huisarts.example',
    });
    await page.context().close();
  });

  it('Voorkeuren: the hour of the daily mail, messages off, and what cannot be switched off', async () => {
    const page = await suite.signedIn(P.anna, '/voorkeuren');
    await email(page).getByRole('radio', { name: '07:00 uur' }).waitFor();
    expect(await email(page).getByRole('radio', { name: '07:00 uur' }).isChecked()).toBe(true);
    await email(page).getByText('Deze mails kun je niet uitzetten').waitFor();
    await email(page).getByRole('radio', { name: '17:00 uur' }).check();
    await email(page).getByRole('checkbox', { name: 'Berichten over je trajecten ontvangen' }).uncheck();
    await email(page).getByRole('button', { name: 'Voorkeuren opslaan' }).click();
    await email(page)
      .getByText('Opgeslagen: je dagelijkse mail komt om 17:00 uur; berichten over je trajecten staan uit.')
      .waitFor();
    await screenshot(page, 'voorkeuren-email', true);
    expect(await axeViolations(page)).toEqual([]);
    expect((await db.doc(`preferences/${P.anna.uid}`).get()).data()).toMatchObject({
      digestHour: 17,
      optOut: { berichten: true },
    });
    await page.reload();
    await email(page).getByRole('radio', { name: '17:00 uur' }).waitFor();
    expect(await email(page).getByRole('radio', { name: '17:00 uur' }).isChecked()).toBe(true);
    expect(
      await email(page).getByRole('checkbox', { name: 'Berichten over je trajecten ontvangen' }).isChecked(),
    ).toBe(false);
    await page.context().close();
  });

  it('the one-click link from a message mail asks first, then unsubscribes', async () => {
    // A message mail to Pieter, sent by the test stack's outbox, which signs its List-Unsubscribe link.
    const ref = db.doc('mail/mailtrust-browser-pieter');
    await ref.set({
      to: P.pieter.email,
      message: {
        subject: 'Bericht: Nieuw traject',
        text: 'Er is een nieuw traject waarin je opleider bent.',
      },
      purpose: 'event_digest',
      instituteId: P.pieter.instituteId,
      recipientUid: P.pieter.uid,
    });
    const sent = await eventually('the message mail to be sent', async () => {
      const m = mailDocSchema.parse((await ref.get()).data());
      return m.delivery?.state === 'SUCCESS' ? m : undefined;
    });
    const link = /^<(.+)>$/.exec(sent.message.headers?.['List-Unsubscribe'] ?? '')?.[1];
    expect(link?.startsWith(`${APP_URL}/afmelden/`)).toBe(true);
    expect(sent.message.text).toContain(link!);

    const page = await (await suite.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(link!);
    await page.getByRole('heading', { name: 'Afmelden' }).waitFor();
    await page.getByText('Herinneringen aan formulieren die jij moet invullen blijven komen').waitFor();
    await screenshot(page, 'afmelden-bevestigen');
    expect((await db.doc(`preferences/${P.pieter.uid}`).get()).exists).toBe(false); // opening changes nothing
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Je bent afgemeld' }).waitFor();
    await screenshot(page, 'afmelden-gelukt');
    expect((await db.doc(`preferences/${P.pieter.uid}`).get()).get('optOut')).toEqual({ berichten: true });
    await page.context().close();

    // Voorkeuren shows it, and can switch it on again.
    const prefs = await suite.signedIn(P.pieter, '/voorkeuren');
    await email(prefs).getByRole('checkbox', { name: 'Berichten over je trajecten ontvangen' }).waitFor();
    expect(
      await email(prefs).getByRole('checkbox', { name: 'Berichten over je trajecten ontvangen' }).isChecked(),
    ).toBe(false);
    await prefs.context().close();
  });
});
