// The progress decision of the demo world (docs/rules.md "Progress decision and conditions"), played through as its
// users would (after seedDemo, with the triggers running): Pieter's voortgangsadviezen of Thijs (month 6 and 9) and
// Gerda's record of the month-9 voortgangsgesprek with the docenten's advice are in, so the server opened the
// decision; Hendrik decided "door onder voorwaarden", so the follow-up waits for him until he closes it.
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore, type Firestore } from 'firebase-admin/firestore';
import { addDaysIso, FORM_EXAMPLES, formIdOf, toIsoDate } from '@praktijkvolg/domain';
import { until as waitUntil } from './until.js';

const TRAJECT = 'thijs-jaar1';
export const DEMO_VOORWAARDEN =
  'Vóór de deadline: vier KPB’s spoedzorg op niveau en een spreekuur zonder uitloop, besproken met de opleider.';

const until = (what: string, probe: () => Promise<boolean>, seconds?: number) =>
  waitUntil('decisionDemo', what, probe, seconds);

async function submit(db: Firestore, occurrenceKey: string, partId: string, uid: string, answers: object) {
  await db.doc(`forms/${formIdOf(TRAJECT, occurrenceKey)}/parts/${partId}`).update({
    answers: structuredClone(answers),
    status: 'submitted',
    submittedAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: uid,
  });
}

export async function seedDecisionDemo(projectId: string, today = new Date()): Promise<void> {
  const app = getApps()[0] ?? initializeApp({ projectId });
  const db = getFirestore(app);
  const advies = {
    ...FORM_EXAMPLES.voortgangsadvies.opleider,
    advies: 'go_op_voorwaarden',
    voorwaarden: 'Spreekuur zonder uitloop; meer KPB’s spoedzorg.',
  };
  for (const key of ['voortgangsadvies-m6', 'voortgangsadvies-m9'])
    await submit(db, key, 'opleider', 'pieter', advies);
  await submit(db, 'voortgangsgesprek-m9', 'groepsdocent', 'gerda', {
    ...FORM_EXAMPLES.voortgangsgesprek.groepsdocent,
    advies: 'go_op_voorwaarden',
  });
  const decision = formIdOf(TRAJECT, 'voortgangsbeslissing');
  await until(
    'the decision opened (both advices in)',
    async () =>
      (await db.doc(`forms/${decision}/parts/hoofd_opleiding`).get()).get('adviceComplete') === true,
  );
  const day = toIsoDate(today);
  await submit(db, 'voortgangsbeslissing', 'hoofd_opleiding', 'hendrik', {
    ...FORM_EXAMPLES.voortgangsbeslissing.hoofd_opleiding,
    uitkomst: 'door_onder_voorwaarden',
    voorwaarden: DEMO_VOORWAARDEN,
    voorwaardenUiterlijk: addDaysIso(day, 60),
    datumBeslissing: addDaysIso(day, -1),
  });
  await until(
    'the follow-up of the conditions created',
    async () => (await db.doc(`forms/${formIdOf(TRAJECT, 'voorwaarden-vervolg-1')}`).get()).exists,
  );
}
