// The PDG year as its users walk it (docs/rules.md "Summative lesson visit"): the werkplekbegeleider's lesson
// visit says on the feedback group that one of the four aspects is needed; the deelnemer reads the agreements in
// full above the box she ticks, finds her lesson visits, the meter and the agreement on her home, requests the
// summative visit when she chooses (no deadline), and after the PDG-trainer's go the server creates the
// assessment, which the assessor finds on her home. Screenshots in docs/screenshots/pdg-*.png.
import { FORM_DEFINITIONS, FORM_EXAMPLES, trajectSchema } from '@praktijkvolg/domain';
import { FieldValue } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncTrajectForms } from '../../functions/src/forms/sync.js';
import { adminDb, eventually } from '../support/stack.js';
import {
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  signInByEmailLink,
  submitForm,
} from './browser.js';
import { P, seedWorld, T } from './fixtures.js';

const db = adminDb();
const LOTTE = T.lotte.id;
const form = (key: string) => `${LOTTE}__${key}`;
let browser: Browser;

/** A part submitted as the web app writes it (the trigger then does the rest). */
async function submitAs(formId: string, partId: string, uid: string, change: Record<string, unknown> = {}) {
  const formType = (await db.doc(`forms/${formId}`).get()).get('formType') as keyof typeof FORM_EXAMPLES;
  const answers = { ...structuredClone(FORM_EXAMPLES[formType][partId as 'deelnemer']!), ...change };
  await db.doc(`forms/${formId}/parts/${partId}`).update({
    answers,
    status: 'submitted',
    submittedAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: uid,
  });
}

async function signedIn(email: string, next: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInByEmailLink(page, email, next);
  return page;
}

beforeAll(async () => {
  const now = await seedWorld();
  // Lotte's real schedule instead of the fixtures' ad-hoc forms (a fixture assessment would stand for "already one").
  const old = await db.collection('forms').where('trajectId', '==', LOTTE).get();
  for (const d of old.docs) await db.recursiveDelete(d.ref);
  const traject = trajectSchema.parse((await db.doc(`trajecten/${LOTTE}`).get()).data());
  await syncTrajectForms(db, LOTTE, traject, now);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('PDG: werkplekbegeleider, deelnemer, PDG-trainer and assessor', () => {
  it('the observation says on the feedback group that one of the four is needed, not "(optioneel)" on each', async () => {
    const page = await signedIn(P.kees.email, `/formulieren/${form('observatie-1')}/werkplekbegeleider`);
    await page.locator('form[data-ready]').waitFor();
    const group = page.getByRole('region', { name: 'Feedback' });
    await group.getByText('Vul minstens één van deze vier in.').waitFor();
    expect(await group.getByText('(optioneel)').count()).toBe(0);
    await page.locator('form[data-ready] button[type="submit"]').click();
    await page.getByRole('alert').filter({ hasText: 'Nog niet compleet' }).waitFor();
    expect(await group.locator('.error-text').first().textContent()).toBe(
      'Vul minstens één van deze vier in',
    );
    await screenshot(page, 'pdg-observatie-minstens-een', true);
    await page.context().close();
    // Kees submits his feedback (as his form writes it) and the interim meter.
    await submitAs(form('observatie-1'), 'werkplekbegeleider', P.kees.uid);
    await submitAs(form('overeenkomst-wpb'), 'werkplekbegeleider', P.kees.uid);
  }, 90_000);

  it('the deelnemer reads the agreements in full above the box and confirms them', async () => {
    const page = await signedIn(P.lotte.email, `/formulieren/${form('overeenkomst-wpb')}/deelnemer`);
    await page.locator('form[data-ready]').waitFor();
    const statements = page.locator('.statements li');
    const akkoord = FORM_DEFINITIONS.overeenkomst_wpb.fields.find((f) => f.key === 'akkoord');
    const expected = akkoord?.kind === 'boolean' ? [...(akkoord.statements ?? [])] : [];
    expect(expected).toHaveLength(8);
    expect(await statements.allTextContents()).toEqual(expected);
    // the list stands above the checkbox
    const listBox = await page.locator('.statements').boundingBox();
    const boxBox = await page
      .getByLabel('Ik ga akkoord met deze afspraken over de werkplekbegeleiding')
      .boundingBox();
    expect(listBox!.y).toBeLessThan(boxBox!.y);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pdg-overeenkomst-afspraken', true);
    await page.getByLabel('Ik ga akkoord met deze afspraken over de werkplekbegeleiding').check();
    await submitForm(page);
    await eventually('her part in', async () =>
      (await db.doc(`forms/${form('overeenkomst-wpb')}/parts/deelnemer`).get()).get('status') === 'submitted'
        ? true
        : undefined,
    );
    await page.context().close();
  }, 90_000);

  it('her home shows her lesson visits, the meter, the agreement and the request without deadline', async () => {
    const page = await signedIn(P.lotte.email, '/');
    const panel = page.getByRole('region', { name: 'Mijn PDG-opleiding' });
    await panel.waitFor();
    await panel.getByRole('link', { name: /Lesbezoek 1 werkplekbegeleider/ }).waitFor();
    await panel
      .getByText(/feedback gegeven op/)
      .first()
      .waitFor();
    await panel.getByRole('link', { name: 'Ontwikkelingsmeter tussentijds portfolio' }).waitFor();
    await panel.getByRole('link', { name: 'Overeenkomst werkplekbegeleider' }).waitFor();
    await panel
      .getByText('Je bepaalt zelf wanneer je het summatief lesbezoek aanvraagt; er is geen deadline.', {
        exact: false,
      })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pdg-home-deelnemer', true);
    // the lesson visit opens from her home (no typing of URLs)
    await panel.getByRole('link', { name: /Lesbezoek 1 werkplekbegeleider/ }).click();
    await page.waitForURL((u) => u.pathname === `/formulieren/${form('observatie-1')}`);
    await page.getByText('Hoe activeer ik de stille studenten achterin?').first().waitFor();
    await page.context().close();
  }, 90_000);

  it('after the PDG-trainer’s go the assessment exists for the assessors, and the assessor finds it', async () => {
    await submitAs(form('aanvraag-summatief-1'), 'deelnemer', P.lotte.uid);
    await submitAs(form('aanvraag-summatief-1'), 'pdg_trainer', P.ruud.uid, { besluit: 'go' });
    const created = await eventually(
      'the assessment made by the server',
      async () => {
        const snap = await db.doc(`forms/${form('beoordeling-summatief-1')}`).get();
        return snap.exists ? snap.data() : undefined;
      },
      30_000,
    );
    expect(created!.parts.assessor.raterUids).toEqual([P.ingrid.uid]);
    expect(created!.parts.tweede_assessor.raterUids).toEqual([P.jan.uid]);
    expect(created!.raterUids).not.toContain(P.kees.uid);

    const page = await signedIn(P.ingrid.email, '/');
    await page.getByRole('link', { name: 'Beoordeling summatief lesbezoek' }).first().waitFor();
    await screenshot(page, 'pdg-beoordeling-na-go', true);
    await page.context().close();

    const lotte = await signedIn(P.lotte.email, '/');
    const panel = lotte.getByRole('region', { name: 'Mijn PDG-opleiding' });
    await panel.getByText('go: het summatief lesbezoek wordt gepland').waitFor();
    await screenshot(lotte, 'pdg-home-na-go', true);
    await lotte.context().close();
  }, 120_000);
});
