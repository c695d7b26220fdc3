// The feedback givers of the demo world (demo/feedbackDemoData.ts; docs/rules.md "Feedback givers by link"), played
// through as its users would (after seedDemo and correctionDemo, with the triggers running): Pieter asks practice
// staff for feedback on Anna's first ComBel and Lotte asks a fellow student and a student for her summative
// request, through the inviteRater function's own plain function; the givers who answered opened their link (their
// link uid on the part, as redeemLinkToken puts it there) and submitted. partWritten does the rest.
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore, type Firestore } from 'firebase-admin/firestore';
import { ASK_FEEDBACK } from '@praktijkvolg/domain';
import { DEMO_FEEDBACK } from '../../demo/feedbackDemoData.js';
import { askFeedback } from '../../functions/src/links/feedbackRequest.js';

async function firstForm(db: Firestore, trajectId: string, formType: string): Promise<string> {
  const forms = await db
    .collection('forms')
    .where('trajectId', '==', trajectId)
    .where('formType', '==', formType)
    .get();
  const first = forms.docs.sort((a, b) => a.get('dueAt').toMillis() - b.get('dueAt').toMillis())[0];
  if (!first) throw new Error(`feedbackDemo: ${trajectId} has no ${formType}`);
  return first.id;
}

export async function seedFeedbackDemo(projectId: string, appUrl: string): Promise<void> {
  const app = getApps()[0] ?? initializeApp({ projectId });
  const db = getFirestore(app);
  for (const request of DEMO_FEEDBACK) {
    const formId = await firstForm(db, request.trajectId, request.formType);
    for (const giver of request.givers) {
      const { partId } = await askFeedback(
        db,
        { formId, partId: ASK_FEEDBACK, name: giver.name, email: giver.email, giverRole: giver.giverRole },
        { uid: request.askedBy, claims: { institute: request.instituteId, staff: [] } },
        new Date(),
        appUrl,
      );
      if (!giver.answers) continue;
      const part = db.doc(`forms/${formId}/parts/${partId}`);
      const raterUid = (await part.get()).get('designation.raterUid') as string;
      await part.update({
        raterUids: [raterUid],
        answers: giver.answers,
        status: 'submitted',
        submittedAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
        updatedBy: raterUid,
      });
    }
  }
}
