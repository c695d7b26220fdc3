// Issue 12 item 6, event mails a user expects (docs/rules.md "Event mails"; docs/data-model.md "Event mails"), walked
// as the aios meets them on her phone: the last rater's part of the sealed ComBel comes in, the round is revealed,
// and her next daily digest has a "Nieuw voor jou" line whose link opens the parts side by side; the secretariat
// saves a new traject for her, and the digest of the next working day lists her first forms with their dates.
// A part the secretariat reopens is urgent: its rater gets a mail at once, whose link opens the part.
import {
  addDaysIso,
  DIGEST_EVENTS_COLLECTION,
  FORM_EXAMPLES,
  formatDate,
  toIsoDate,
} from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browserSuite.js';
import { clearMail, mailTo, type ReceivedMail } from '../support/mailbox.js';
import { APP_URL } from '../support/ports.js';
import { adminDb, eventually } from '../support/stack.js';
import { axeViolations, newContext, screenshot, signInByEmailLink } from './browser.js';
import { F, P, runReminderJob } from './fixtures.js';

const suite = useBrowserSuite({ afterSeed: clearMail });

/** The first working day on or after `iso` (at the weekend a digest carries no messages: they wait for Monday). */
function workingDay(iso: string): string {
  let day = iso;
  while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDaysIso(day, 1);
  return day;
}

/** Runs the reminder job as of 10:00 UTC on `day` (past the default 07:00 hour). */
const runDigestJob = (day: string) => runReminderJob(`${day}T10:00:00Z`);

/** Anna's digest mail that carries messages containing `text`. */
const annasDigestWith = (text: string): Promise<ReceivedMail> =>
  eventually(
    `Anna's digest with "${text}"`,
    async () =>
      (await mailTo(P.anna.email)).find((m) => m.text.includes('Nieuw voor jou:') && m.text.includes(text)),
    20_000,
  );

/** The mail as her mail app shows it, for the screenshots. */
async function showMail(mail: ReceivedMail, name: string): Promise<void> {
  const context = await newContext(suite.browser);
  const page = await context.newPage();
  await page.setContent(mail.html);
  await page.getByText('Nieuw voor jou:').waitFor();
  await screenshot(page, name, true);
  await context.close();
}

const linksIn = (mail: ReceivedMail) => mail.text.match(/https?:\/\/\S+/g) ?? [];

describe('event mails a user expects, in her daily digest', () => {
  const firstDay = () => workingDay(toIsoDate(suite.now));

  it('the last rater submits the sealed ComBel: the digest links Anna to the parts side by side', async () => {
    // The opleider's part is the last one in (his walk through the form: reminderLink.test.ts); partWritten
    // reveals the round and records the event for each participant.
    await adminDb().doc(`forms/${F.combel}/parts/opleider`).update({
      status: 'submitted',
      answers: FORM_EXAMPLES.combel.opleider,
      submittedAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
      updatedBy: P.pieter.uid,
    });
    const event = await eventually('the comparison-ready event for Anna', async () => {
      const snap = await adminDb()
        .collection(DIGEST_EVENTS_COLLECTION)
        .where('uid', '==', P.anna.uid)
        .where('kind', '==', 'comparison_ready')
        .get();
      return snap.docs[0]?.data();
    });
    expect(event.digestedOn).toBeNull();

    await runDigestJob(firstDay());
    const mail = await annasDigestWith('ComBel maand 3 van Anna de Vries: de vergelijking staat klaar');
    expect(mail.text).toContain(
      'Je krijgt dit bericht omdat je het deel "aios" van deze ronde hebt ingevuld; nu iedereen heeft ingediend',
    );
    const link = linksIn(mail).find((l) => l === `${APP_URL}/formulieren/${encodeURIComponent(F.combel)}`);
    expect(link, mail.text).toBeDefined();
    await showMail(mail, 'digest-vergelijking-klaar');

    // Opened on her phone, signed out: the app asks her to sign in and returns to the comparison.
    const context = await newContext(suite.browser);
    const page: Page = await context.newPage();
    await page.goto(link!);
    const next = new URL(link!).pathname;
    await page.waitForURL((u) => u.pathname === '/aanmelden' && u.searchParams.get('next') === next);
    await signInByEmailLink(page, P.anna.email, next);
    const table = page.getByRole('table', { name: 'Competentiegebieden: niveaus per beoordelaar' });
    await table.waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { name: 'Naast elkaar' }).scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'digest-vergelijking-geopend');
    await context.close();
    // Carried once: the event is marked with the day of the digest that mailed it.
    const after = await adminDb()
      .collection(DIGEST_EVENTS_COLLECTION)
      .where('uid', '==', P.anna.uid)
      .where('kind', '==', 'comparison_ready')
      .get();
    expect(after.docs.map((d) => d.get('digestedOn'))).toEqual([firstDay()]);
  }, 60_000);

  it('a new traject saved by the secretariat: the next digest lists Anna’s first forms with their dates', async () => {
    const start = toIsoDate(suite.now);
    const page = await suite.signedIn(P.sanne, '/trajecten/nieuw');
    await page.getByRole('heading', { name: 'Nieuw traject' }).waitFor();
    await page
      .getByLabel('Opleiding', { exact: true })
      .selectOption({ label: 'Huisartsopleiding fase II (jaar 3)' });
    await page
      .getByLabel('Aios toevoegen')
      .selectOption({ label: `${P.anna.displayName} (${P.anna.email})` });
    await page
      .getByLabel('Opleider toevoegen')
      .selectOption({ label: `${P.pieter.displayName} (${P.pieter.email})` });
    await page.getByLabel('Opleidingspraktijk of school').fill('Huisartsenpraktijk Het Anker, Katwijk');
    await page.getByLabel('Startdatum').fill(start);
    await screenshot(page, 'nieuw-traject-secretariaat', true);
    await page.getByRole('button', { name: 'Traject opslaan' }).click();
    // Saved, the editor moves to the traject's own address.
    await page.waitForURL((u) => /^\/trajecten\/(?!nieuw$)[^/]+$/.test(u.pathname));
    await page.getByRole('heading', { name: `Traject ${P.anna.displayName}` }).waitFor();
    const trajectId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.context().close();

    const event = await eventually('the new-traject event for Anna', async () => {
      const snap = await adminDb()
        .doc(`${DIGEST_EVENTS_COLLECTION}/traject-new_${trajectId}_${P.anna.uid}`)
        .get();
      return snap.data();
    });
    const lines = event.lines as string[];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/: aios, uiterlijk \d{1,2} \S+ \d{4}$/);

    // Today's digest went already (one a day): the message rides along with the next working day's.
    await runDigestJob(workingDay(addDaysIso(firstDay(), 1)));
    const title = `Nieuw traject: ${P.anna.displayName}, Huisartsopleiding fase II (jaar 3), vanaf ${formatDate(start)}`;
    const mail = await annasDigestWith(title);
    expect(mail.text).toContain(
      'Je krijgt dit bericht omdat het secretariaat jouw traject heeft aangemaakt.',
    );
    for (const line of lines) expect(mail.text).toContain(line);
    expect(linksIn(mail)).toContain(`${APP_URL}/`);
    // The ComBel message of the day before is not mailed again.
    expect(mail.text).not.toContain('de vergelijking staat klaar');
    await showMail(mail, 'digest-nieuw-traject');
  }, 60_000);

  it('a reopened part is urgent: the rater gets a mail at once whose link opens his part', async () => {
    const reason = 'Bij organisatie ontbreekt de onderbouwing.';
    const desk = await suite.signedIn(P.sanne, `/formulieren/${F.combel}`);
    const opleider = desk.locator('.worklist > li').filter({ hasText: 'Opleider' });
    await opleider.getByRole('button', { name: 'Heropenen' }).click();
    const dialog = desk.getByRole('dialog', { name: /heropenen/ });
    await dialog.getByLabel('Reden (verplicht)').fill(reason);
    await dialog.getByRole('button', { name: 'Deel heropenen' }).click();
    await desk.getByText(`${P.pieter.displayName} krijgt een e-mail met de reden.`).waitFor();
    await desk.context().close();

    // No digest job runs: the mail is there at once.
    const mail = await eventually(
      'the reopened mail to the opleider',
      async () => (await mailTo(P.pieter.email)).find((m) => m.subject.startsWith('Heropend:')),
      20_000,
    );
    expect(mail.text).toContain(reason);
    const link = linksIn(mail).find((l) =>
      l.endsWith(`/formulieren/${encodeURIComponent(F.combel)}/opleider`),
    );
    expect(link, mail.text).toBeDefined();

    const context = await newContext(suite.browser);
    const page = await context.newPage();
    await page.goto(link!);
    const next = new URL(link!).pathname;
    await page.waitForURL((u) => u.pathname === '/aanmelden' && u.searchParams.get('next') === next);
    await signInByEmailLink(page, P.pieter.email, next);
    await page.getByTestId('reopened').filter({ hasText: reason }).waitFor();
    await page.locator('form[data-ready]').waitFor();
    await screenshot(page, 'heropend-via-mail-opleider');
    await context.close();
  }, 60_000);
});
