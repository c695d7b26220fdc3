// Writes the demo world (demo/demoData.ts) into the emulators (Auth users with claims, people, institutes,
// trajecten), trajecten through the builder the test worlds use (tests/support/builders.ts).
// The trajectWritten trigger then computes every form instance from the schedules, exactly as in
// production when the secretariat creates a traject.
import { initializeApp, getApps } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { subDays } from 'date-fns';
import type { Traject } from '@praktijkvolg/domain';
import {
  DEMO_INSTITUTES,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_PREFERENCES,
  DEMO_TRAJECTEN,
  demoLateForms,
} from '../../demo/demoData.js';
import { isoDay, trajectDoc } from '../../tests/support/builders.js';

if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
  throw new Error(
    'The seed only runs against the emulators (FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST unset).',
  );
}

export async function seedDemo(projectId: string, today = new Date()): Promise<void> {
  const app = getApps()[0] ?? initializeApp({ projectId });
  const auth = getAuth(app);
  const db = getFirestore(app);

  for (const p of DEMO_PEOPLE) {
    await auth.createUser({
      uid: p.uid,
      email: p.email,
      displayName: p.displayName,
      password: DEMO_PASSWORD,
      emailVerified: true,
    });
    await auth.setCustomUserClaims(p.uid, { institute: p.instituteId, staff: p.staff });
  }

  const batch = db.batch();
  for (const i of DEMO_INSTITUTES) {
    batch.set(db.doc(`institutes/${i.id}`), {
      name: i.name,
      programmes: i.programmes,
      escalateAfterDays: i.escalateAfterDays,
      remindDaysBefore: i.remindDaysBefore,
      ...(i.secretariaat && { secretariaat: i.secretariaat }),
    });
  }
  for (const { uid, ...choices } of DEMO_PREFERENCES)
    batch.set(db.doc(`preferences/${uid}`), { ...choices, updatedAt: FieldValue.serverTimestamp() });
  for (const p of DEMO_PEOPLE) {
    batch.set(db.doc(`people/${p.uid}`), {
      instituteId: p.instituteId,
      displayName: p.displayName,
      email: p.email,
      staffRoles: p.staff,
    });
  }
  await batch.commit();

  const nameOf = new Map(DEMO_PEOPLE.map((p) => [p.uid, p.displayName]));
  for (const t of DEMO_TRAJECTEN) {
    const traject: Traject = trajectDoc({
      instituteId: t.instituteId,
      programme: t.programme,
      traineeName: t.traineeName,
      workplace: t.workplace,
      startDate: isoDay(subDays(today, t.startedDaysAgo)),
      partTimeFactor: t.partTimeFactor,
      roles: t.roles,
      nameOf: (uid) => nameOf.get(uid) ?? uid,
    });
    await db.doc(`trajecten/${t.id}`).set({
      ...traject,
      ...(t.lateForms && { lateForms: demoLateForms(t.lateForms, today) }),
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: 'sanne',
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await seedDemo(process.env.GCLOUD_PROJECT ?? 'demo-praktijkvolg');
  console.log('Demo data written.');
}
