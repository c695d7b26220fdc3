// The LED and mbo part of the demo world, played through as its users would (after seedDemo, with the triggers
// running). LED: Karin submits her leerdoelen (the server copies them onto her open observations as the items),
// Wim responds and observes her first lesson on those leerpunten, and they do the first practice assignment.
// mbo: the secretariat makes Team Zorg en Welzijn; four teachers submit two learner reports each (so the team
// overview shows: at least 5 reports of 3 teachers), and Sophie shares her second report with Ahmed.
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore, type Firestore } from 'firebase-admin/firestore';
import {
  FORM_EXAMPLES,
  formAudience,
  TEAMS_COLLECTION,
  type FormType,
  type PartId,
} from '@praktijkvolg/domain';
import { DEMO_TEAM, MBO_TEACHERS, ROC } from '../../demo/ledMboDemoData.js';

async function waitFor(
  db: Firestore,
  path: string,
  ok: (data: Record<string, unknown>) => boolean,
  seconds = 60,
) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const snap = await db.doc(path).get();
    if (snap.exists && ok(snap.data()!)) return snap.data()!;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`ledMboDemo: ${path} did not appear in ${seconds} s (is the functions emulator running?)`);
}

async function submit(
  db: Firestore,
  formId: string,
  partId: PartId,
  uid: string,
  answers?: Record<string, unknown>,
) {
  const path = `forms/${formId}/parts/${partId}`;
  await waitFor(db, path, () => true);
  const formType = (await db.doc(path).get()).get('formType') as FormType;
  await db.doc(path).update({
    answers: answers ?? structuredClone(FORM_EXAMPLES[formType][partId]!),
    status: 'submitted',
    submittedAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: uid,
  });
}

/** Activity types per teacher and report: a team that learns mostly in the primary process and together. */
const ACTIVITIES: Record<(typeof MBO_TEACHERS)[number], string[][]> = {
  ahmed: [
    ['primair_proces', 'interactie_samenwerken'],
    ['primair_proces', 'experimenteren_innoveren', 'professionaliseringsprogramma'],
  ],
  sophie: [
    ['interactie_samenwerken', 'reflecteren_evalueren'],
    ['primair_proces', 'structurele_coaching'],
  ],
  daan: [
    ['taken_rollen', 'primair_proces'],
    ['informatiebronnen', 'cursus_graad'],
  ],
  eva: [['primair_proces'], ['interactie_samenwerken', 'formele_samenwerking', 'conferentie']],
};

function learnerReport(types: string[]): Record<string, unknown> {
  const example = FORM_EXAMPLES.learner_report.deelnemer as {
    inventarisatie: string;
    activiteiten: Record<string, string>[];
  };
  return {
    inventarisatie: example.inventarisatie,
    activiteiten: types.map((type, i) => ({
      ...example.activiteiten[i % example.activiteiten.length]!,
      type,
    })),
  };
}

export async function seedLedMboDemo(projectId: string): Promise<void> {
  const app = getApps()[0] ?? initializeApp({ projectId });
  const db = getFirestore(app);

  // LED: leerdoelen → leerpunten on the observations → Wim's response and first observation.
  await submit(db, 'karin-led__leerdoelen', 'deelnemer', 'karin');
  const observation = await waitFor(db, 'forms/karin-led__observatie-led-1/parts/collega_docent', (d) =>
    Array.isArray((d.answers as { leerpunten?: unknown }).leerpunten),
  );
  const leerpunten = (observation.answers as { leerpunten: { leerpunt: string }[] }).leerpunten;
  await submit(db, 'karin-led__leerdoelen', 'collega_docent', 'wim');
  await submit(db, 'karin-led__observatie-led-1', 'collega_docent', 'wim', {
    ...structuredClone(FORM_EXAMPLES.observatie_led.collega_docent!),
    leerpunten: leerpunten.map((l, i) => ({
      ...l,
      waargenomen:
        i === 0
          ? 'Opening met de doelen op het bord; de afsluiting schoot erbij in door tijdgebrek.'
          : 'Je vroeg twee keer naar de leervraag voordat je feedback gaf.',
      ...(i === 0 && { feedforward: 'Zet een wekker tien minuten voor het einde.' }),
    })),
  });
  await submit(db, 'karin-led__praktijkopdracht-1', 'deelnemer', 'karin');
  await submit(db, 'karin-led__praktijkopdracht-1', 'collega_docent', 'wim');

  // mbo: the team, then two reports per teacher; Sophie shares her second one with Ahmed.
  const names = {
    mirjam: 'Mirjam Koster',
    ahmed: 'Ahmed Bouzid',
    sophie: 'Sophie Jansen',
    daan: 'Daan Willems',
    eva: 'Eva Smits',
  };
  const { teamId, ...team } = DEMO_TEAM;
  await db
    .collection(TEAMS_COLLECTION)
    .doc(teamId)
    .set({
      instituteId: ROC,
      ...team,
      names,
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: 'linda',
    });
  for (const uid of MBO_TEACHERS) {
    for (const [i, types] of ACTIVITIES[uid].entries()) {
      await submit(db, `${uid}-mbo__learner-report-${i + 1}`, 'deelnemer', uid, learnerReport(types));
    }
  }
  const shared = 'sophie-mbo__learner-report-2';
  const envelope = await waitFor(db, `forms/${shared}`, () => true);
  const { readerUids } = formAudience(
    { formType: 'learner_report', parts: envelope.parts as never, sharedWith: ['ahmed'] },
    { roles: {} },
  );
  await db.doc(`forms/${shared}`).update({ sharedWith: ['ahmed'], readerUids });
}
