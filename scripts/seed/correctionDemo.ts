// The corrections part of the demo world (docs/rules.md, "Corrections of submitted parts"), played through as its
// users would (after seedDemo, with the triggers running): Pieter submitted his part of Anna's ComBel maand 3, and
// Sanne of the secretariat reopened it with a reason, through the callable's own plain function, so the version,
// the sealed round, the audit entry and Pieter's mail are exactly what the app makes.
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore, type Firestore } from 'firebase-admin/firestore';
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { reopenSubmittedPart } from '../../functions/src/corrections/reopen.js';
import { until as waitUntil } from './until.js';

const TRAJECT = 'anna-jaar1';
export const DEMO_REOPEN_REASON =
  'De datum van het leergesprek klopt niet; graag aanpassen en opnieuw indienen.';

const until = (what: string, probe: () => Promise<boolean>, seconds?: number) =>
  waitUntil('correctionDemo', what, probe, seconds);

async function firstComBel(db: Firestore): Promise<string> {
  const forms = await db
    .collection('forms')
    .where('trajectId', '==', TRAJECT)
    .where('formType', '==', 'combel')
    .get();
  const first = forms.docs.sort((a, b) => a.get('dueAt').toMillis() - b.get('dueAt').toMillis())[0];
  if (!first) throw new Error(`correctionDemo: ${TRAJECT} has no ComBel`);
  return first.id;
}

export async function seedCorrectionDemo(projectId: string, appUrl: string): Promise<void> {
  const app = getApps()[0] ?? initializeApp({ projectId });
  const db = getFirestore(app);
  const formId = await firstComBel(db);
  await db.doc(`forms/${formId}/parts/opleider`).update({
    answers: structuredClone(FORM_EXAMPLES.combel.opleider!),
    status: 'submitted',
    submittedAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: 'pieter',
  });
  await until(
    'the submission indexed',
    async () => (await db.doc(`forms/${formId}`).get()).get('parts.opleider.status') === 'submitted',
  );
  await reopenSubmittedPart(
    db,
    { uid: 'sanne', token: { institute: 'lumc-huisarts', staff: ['secretariaat'] } },
    { formId, partId: 'opleider', reason: DEMO_REOPEN_REASON },
    new Date(),
    appUrl,
  );
}
