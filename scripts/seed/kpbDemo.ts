// The KPB/KVB and duties part of the demo world (docs/domain.md "Progress counted"), played through as its users
// would (after seedDemo, with the triggers running): the aios started each KPB on its own day through the
// callable's plain function (functions/src/forms/kpb.ts), both parts were submitted and the triggers completed
// it. Anna (jaar 1) is about on schedule with one KPB still open for Pieter; Youssef (jaar 3) is behind, and
// Marieke's diensten report of month 6 counts his duties, three of them supervised at a distance.
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { subDays } from 'date-fns';
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { beginKpb } from '../../functions/src/forms/kpb.js';
import { until as waitUntil } from './until.js';

const INSTITUTE = 'lumc-huisarts';

const until = (what: string, probe: () => Promise<boolean>, seconds?: number) =>
  waitUntil('kpbDemo', what, probe, seconds);

async function submit(
  db: Firestore,
  formId: string,
  partId: 'aios' | 'opleider' | string,
  uid: string,
  answers: unknown,
  at: Date,
) {
  await db.doc(`forms/${formId}/parts/${partId}`).update({
    answers: structuredClone(answers),
    status: 'submitted',
    submittedAt: Timestamp.fromDate(at),
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: uid,
  });
}

/** `done` KPBs of the aios, one a week back from today (oldest first), each completed by the opleider. */
async function doneKpbs(
  db: Firestore,
  trajectId: string,
  aios: string,
  opleider: string,
  done: number,
  today: Date,
) {
  for (let week = done; week >= 1; week -= 3) {
    // Three at a time (KPB_MAX_OPEN): start, submit both parts, wait until the triggers completed them.
    const batch = [week, week - 1, week - 2].filter((w) => w >= 1);
    const started: string[] = [];
    for (const w of batch) {
      const day = subDays(today, w * 7);
      const { formId } = await beginKpb(
        db,
        { trajectId },
        { uid: aios, claims: { institute: INSTITUTE, staff: [] } },
        day,
      );
      await submit(db, formId, 'aios', aios, FORM_EXAMPLES.kpb.aios, day);
      await submit(db, formId, 'opleider', opleider, FORM_EXAMPLES.kpb.opleider, day);
      started.push(formId);
    }
    await until(`KPBs of ${trajectId} completed`, async () =>
      (await Promise.all(started.map((id) => db.doc(`forms/${id}`).get()))).every(
        (s) => s.get('status') === 'completed',
      ),
    );
  }
}

export async function seedKpbDemo(projectId: string, today = new Date()): Promise<void> {
  const app = getApps()[0] ?? initializeApp({ projectId });
  const db = getFirestore(app);
  await doneKpbs(db, 'anna-jaar1', 'anna', 'pieter', 8, today);
  // One open: Pieter's observation part waits (in his work list and digest, never a mail of its own).
  const open = await beginKpb(
    db,
    { trajectId: 'anna-jaar1' },
    { uid: 'anna', claims: { institute: INSTITUTE, staff: [] } },
    today,
  );
  await submit(db, open.formId, 'aios', 'anna', FORM_EXAMPLES.kpb.aios, today);
  await doneKpbs(db, 'youssef-jaar3', 'youssef', 'marieke', 12, today);

  const diensten = await db
    .collection('forms')
    .where('trajectId', '==', 'youssef-jaar3')
    .where('formType', '==', 'diensten')
    .get();
  const m6 = diensten.docs.find((d) => d.get('occurrenceKey') === 'diensten-m6');
  if (!m6) throw new Error('kpbDemo: youssef-jaar3 has no diensten report of month 6');
  await submit(
    db,
    m6.id,
    'opleider',
    'marieke',
    { ...FORM_EXAMPLES.diensten.opleider, aantalDiensten: 16, aantalOpAfstand: 3 },
    m6.get('dueAt').toDate(),
  );
}
