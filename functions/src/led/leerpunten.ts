// LED: the collega-docent observes on the docent's own learning points (seed 000; domain observatieLed.ts).
// When the docent's leerdoelen part is submitted (or a corrected version of it), the goals are copied as the
// starting items of every LED observation of the traject that nobody has started yet (part still `open`, no
// answers): the collega-docent then writes per leerpunt what they saw. A started or submitted observation keeps
// its own list. Idempotent: a second run finds nothing untouched that differs.
import {
  FORMS_COLLECTION,
  leerpuntenFromLeerdoelen,
  partDocSchema,
  partPath,
  type PartDoc,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';

export interface LeerpuntenOutcome {
  /** Observation forms whose collega-docent part got the leerpunten. */
  filled: string[];
}

const untouched = (p: PartDoc) => p.status === 'open' && Object.keys(p.answers).length === 0;

export async function copyLeerpuntenToObservations(
  db: Firestore,
  trajectId: string,
  leerdoelen: readonly { doel?: unknown }[] | undefined,
): Promise<LeerpuntenOutcome> {
  const leerpunten = leerpuntenFromLeerdoelen(leerdoelen);
  if (leerpunten.length === 0) return { filled: [] };
  const forms = await db
    .collection(FORMS_COLLECTION)
    .where('trajectId', '==', trajectId)
    .where('formType', '==', 'observatie_led')
    .get();
  const filled: string[] = [];
  for (const form of forms.docs) {
    if (form.get('status') !== 'open') continue;
    const ref = db.doc(partPath(form.id, 'collega_docent'));
    const done = await db.runTransaction(async (tx) => {
      const parsed = partDocSchema.safeParse((await tx.get(ref)).data());
      if (!parsed.success || !untouched(parsed.data)) return false;
      // Written as the part's answers with status left `open`: the rater's first save makes it a draft.
      tx.update(ref, { answers: { leerpunten } });
      return true;
    });
    if (done) filled.push(form.id);
  }
  return { filled };
}
