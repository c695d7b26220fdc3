// The mbo year as its users walk it (seed 004, rule 10; docs/rules.md "Learner reports"): the secretariat
// makes the team; the teachers write their learner reports; below 5 reports of 3 teachers the overview shows
// nothing; then the leidinggevende and the hoofd opleiding see the team overview as a chart and never a report;
// a teacher shares one report with a colleague, who reads that one and no other. Screenshots docs/screenshots/mbo-*.
import { FORM_DEFINITIONS, FORM_EXAMPLES } from '@praktijkvolg/domain';
import { FieldValue } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browserSuite.js';
import { adminDb, eventually } from '../support/stack.js';
import { axeViolations, fillAnswers, screenshot, submitForm } from './browser.js';
import { LP, seedLedMbo } from './ledMboWorld.js';

const db = adminDb();
const suite = useBrowserSuite({ afterSeed: seedLedMbo });
const report = (uid: string, n: number) => `${uid}-mbo__learner-report-${n}`;
let teamId = '';

async function submitReport(uid: string, n: number, types: string[]) {
  const example = FORM_EXAMPLES.learner_report.deelnemer as {
    inventarisatie: string;
    activiteiten: Record<string, string>[];
  };
  await db.doc(`forms/${report(uid, n)}/parts/deelnemer`).update({
    answers: { ...example, activiteiten: types.map((type) => ({ ...example.activiteiten[0]!, type })) },
    status: 'submitted',
    submittedAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: uid,
  });
}

describe('mbo: teachers, their team, the leidinggevende and staff', () => {
  it('the secretariat makes the team of four teachers and their leidinggevende', async () => {
    const page = await suite.signedIn(LP.linda, '/teams');
    await page.getByRole('button', { name: 'Nieuw team' }).click();
    const editor = page.getByRole('form', { name: 'Nieuw team' });
    await editor.getByLabel('Naam van het team').fill('Team Zorg en Welzijn');
    for (const p of [LP.ahmed, LP.sophie, LP.daan, LP.eva])
      await editor.getByRole('checkbox', { name: p.displayName }).check();
    await editor.getByLabel('Leidinggevende').selectOption({ label: LP.mirjam.displayName });
    await screenshot(page, 'mbo-team-maken', true);
    await editor.getByRole('button', { name: 'Team opslaan' }).click();
    await page.getByRole('link', { name: 'Team Zorg en Welzijn' }).waitFor();
    const teams = await db.collection('teams').where('instituteId', '==', 'roc-midden').get();
    expect(teams.size).toBe(1);
    teamId = teams.docs[0]!.id;
    expect(teams.docs[0]!.get('teacherUids')).toEqual(['ahmed', 'sophie', 'daan', 'eva']);
    await page.context().close();
  }, 90_000);

  it('a teacher writes her learner report; below 5 reports of 3 teachers the overview shows nothing', async () => {
    const page = await suite.signedIn(LP.sophie, `/formulieren/${report('sophie', 3)}/deelnemer`);
    await page.locator('form[data-ready]').waitFor();
    const def = FORM_DEFINITIONS.learner_report;
    await fillAnswers(page, def.fields, FORM_EXAMPLES.learner_report.deelnemer!);
    await screenshot(page, 'mbo-learner-report', true);
    await submitForm(page);
    await eventually('her report in', async () =>
      (await db.doc(`forms/${report('sophie', 3)}/parts/deelnemer`).get()).get('status') === 'submitted'
        ? true
        : undefined,
    );
    await submitReport('ahmed', 1, ['primair_proces']);
    await submitReport('ahmed', 2, ['primair_proces', 'experimenteren_innoveren']);
    await submitReport('sophie', 2, ['reflecteren_evalueren']);
    // 4 reports of 2 teachers: too few, and the page says nothing about how many there are.
    await page.goto(page.url().replace(/\/formulieren\/.*/, `/teams/${teamId}`));
    await page.getByText('minstens 5 learner reports van minstens 3 docenten').waitFor();
    expect(await page.locator('svg').count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('with enough reports the leidinggevende sees the team chart, and no individual report', async () => {
    await submitReport('daan', 1, ['taken_rollen', 'primair_proces']);
    await submitReport('eva', 1, ['interactie_samenwerken', 'conferentie']);
    const page = await suite.signedIn(LP.mirjam, '/');
    const panel = page.getByRole('region', { name: 'Leren in het team' });
    await panel.getByRole('link', { name: 'Teamoverzicht Team Zorg en Welzijn' }).click();
    const chart = page.getByRole('img', { name: 'Soorten leeractiviteiten in team Team Zorg en Welzijn' });
    await chart.waitFor().catch(async (e: unknown) => {
      throw new Error(`no chart; the page says: ${await page.locator('body').innerText()}`, { cause: e });
    });
    await page.getByText('6 learner reports van 4 docenten').waitFor();
    expect(await chart.locator('g[data-type="primair_proces"] text').last().textContent()).toBe('4');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'mbo-teamoverzicht', true);
    // Nothing of a report: typing its address gives no content.
    await page.goto(page.url().replace(/\/teams\/.*/, `/formulieren/${report('ahmed', 1)}`));
    await page.getByRole('heading', { name: 'Formulier niet beschikbaar' }).waitFor();
    await page.context().close();
  }, 120_000);

  it('staff see the overview on the teams page, never a report', async () => {
    const page = await suite.signedIn(LP.hoofdRoc, '/teams');
    await page.getByRole('link', { name: 'Team Zorg en Welzijn' }).click();
    await page.getByRole('img', { name: /Soorten leeractiviteiten/ }).waitFor();
    await page.goto(page.url().replace(/\/teams\/.*/, `/formulieren/${report('sophie', 3)}/deelnemer`));
    await page
      .getByText(/geen toegang|niet beschikbaar|mag je niet/i)
      .first()
      .waitFor();
    await page.context().close();
  }, 90_000);

  it('a teacher shares one report with a colleague, who reads that one only', async () => {
    const page = await suite.signedIn(LP.sophie, `/formulieren/${report('sophie', 3)}`);
    const share = page.getByRole('region', { name: 'Delen' });
    await share.getByLabel('Delen met').selectOption({ label: LP.ahmed.displayName });
    await share.getByRole('button', { name: 'Deel dit learner report' }).click();
    await share.getByText(`Gedeeld met ${LP.ahmed.displayName}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'mbo-delen', true);
    await page.context().close();

    const colleague = await suite.signedIn(LP.ahmed, `/formulieren/${report('sophie', 3)}`);
    await colleague
      .getByText((FORM_EXAMPLES.learner_report.deelnemer as { inventarisatie: string }).inventarisatie)
      .first()
      .waitFor();
    await colleague.goto(colleague.url().replace(/\/formulieren\/.*/, `/formulieren/${report('sophie', 2)}`));
    await colleague.getByRole('heading', { name: 'Formulier niet beschikbaar' }).waitFor();
    await colleague.context().close();
  }, 120_000);
});
