// The PDG part of the demo world, played through as its users would (after seedDemo, with the triggers running):
// Kees has filled Lotte's first lesson visit and, with Ruud, the agreement (Lotte still confirms hers); Noor's
// first summative request got a no-go, her second a go, and the server made the assessment for Ingrid and Jan
// (functions/src/forms/summatief.ts). Parts are submitted with the domain's examples, as the web app writes
// them; partWritten then does the rest.
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore, type Firestore } from 'firebase-admin/firestore';
import { FORM_EXAMPLES, type FormType, type PartId } from '@praktijkvolg/domain';

async function waitFor(
  db: Firestore,
  path: string,
  ok: (data: Record<string, unknown>) => boolean,
  seconds = 60,
) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const snap = await db.doc(path).get();
    if (snap.exists && ok(snap.data()!)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`pdgDemo: ${path} did not appear in ${seconds} s (is the functions emulator running?)`);
}

async function submit(
  db: Firestore,
  formId: string,
  partId: PartId,
  uid: string,
  change: Record<string, unknown> = {},
) {
  const path = `forms/${formId}/parts/${partId}`;
  await waitFor(db, path, () => true);
  const formType = (await db.doc(path).get()).get('formType') as FormType;
  const answers = { ...structuredClone(FORM_EXAMPLES[formType][partId]!), ...change };
  await db.doc(path).update({
    answers,
    status: 'submitted',
    submittedAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: uid,
  });
}

export async function seedPdgDemo(projectId: string): Promise<void> {
  const app = getApps()[0] ?? initializeApp({ projectId });
  const db = getFirestore(app);
  // Lotte: the first lesson visit's feedback, the agreement waiting for her confirmation.
  await submit(db, 'lotte-pdg__observatie-1', 'werkplekbegeleider', 'kees');
  await submit(db, 'lotte-pdg__overeenkomst-wpb', 'werkplekbegeleider', 'kees');
  await submit(db, 'lotte-pdg__overeenkomst-wpb', 'pdg_trainer', 'ruud');
  // Noor: two lesson visits, the interim meter, then request → no-go → request → go → assessment.
  await submit(db, 'noor-pdg__observatie-1', 'werkplekbegeleider', 'kees');
  await submit(db, 'noor-pdg__observatie-2', 'werkplekbegeleider', 'kees');
  await submit(db, 'noor-pdg__ontwikkelingsmeter-tussentijds', 'werkplekbegeleider', 'kees');
  await submit(db, 'noor-pdg__aanvraag-summatief-1', 'deelnemer', 'noor');
  await submit(db, 'noor-pdg__aanvraag-summatief-1', 'pdg_trainer', 'ruud', {
    besluit: 'no_go',
    toelichtingBesluit:
      'De verantwoording is nog niet gekoppeld aan de theorie. Vul die aan en vraag opnieuw aan.',
  });
  await submit(db, 'noor-pdg__aanvraag-summatief-2', 'deelnemer', 'noor');
  await submit(db, 'noor-pdg__aanvraag-summatief-2', 'pdg_trainer', 'ruud', { besluit: 'go' });
  await waitFor(db, 'forms/noor-pdg__beoordeling-summatief-2', () => true);
}
