// People and trajecten of the LED and mbo browser suites (tests/browser/led.test.ts, mbo.test.ts), written after
// the common browser world (fixtures.ts): accounts, people documents and trajecten whose forms the schedule makes
// (syncTrajectForms, as trajectWritten does), with start dates relative to the suite's "now".
import {
  membersOf,
  nextRoleHistory,
  trajectSchema,
  type RoleAssignments,
  type StaffRole,
} from '@praktijkvolg/domain';
import { subDays } from 'date-fns';
import { Timestamp } from 'firebase-admin/firestore';
import { syncTrajectForms } from '../../functions/src/forms/sync.js';
import { adminAuth, adminDb } from '../support/stack.js';
import type { Person } from './fixtures.js';

const LUMC = 'lumc-huisarts';
export const ROC = 'roc-midden';
const person = (uid: string, displayName: string, instituteId: string, staff: StaffRole[] = []): Person => ({
  uid,
  displayName,
  email: `${uid}@${instituteId}.example`,
  instituteId,
  staff,
});

export const LP = {
  karin: person('karin', 'Karin Vermeulen', LUMC),
  wim: person('wim', 'Wim de Graaf', LUMC),
  els: person('els', 'Els Brouwer', LUMC),
  linda: person('linda', 'Linda Mol', ROC, ['secretariaat']),
  hoofdRoc: person('henk', 'Henk Visser', ROC, ['hoofd_opleiding']),
  mirjam: person('mirjam', 'Mirjam Koster', ROC),
  ahmed: person('ahmed', 'Ahmed Bouzid', ROC),
  sophie: person('sophie', 'Sophie Jansen', ROC),
  daan: person('daan', 'Daan Willems', ROC),
  eva: person('eva', 'Eva Smits', ROC),
} satisfies Record<string, Person>;

const isoDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

async function traject(
  id: string,
  instituteId: string,
  programme: string,
  name: string,
  roles: RoleAssignments,
  startedDaysAgo: number,
  now: Date,
) {
  const members = membersOf(roles);
  const names = Object.fromEntries(
    members.map((uid) => [uid, Object.values(LP).find((p) => p.uid === uid)?.displayName ?? uid]),
  );
  const t = trajectSchema.parse({
    instituteId,
    programme,
    traineeName: name,
    workplace: instituteId === ROC ? 'ROC Midden, Zorg en Welzijn' : 'Huisartsopleiding LUMC',
    startDate: isoDay(subDays(now, startedDaysAgo)),
    partTimeFactor: 1,
    pauses: [],
    roles,
    roleHistory: nextRoleHistory(undefined, roles),
    members,
    names,
    status: 'actief',
  });
  await adminDb()
    .doc(`trajecten/${id}`)
    .set({ ...t, updatedAt: Timestamp.fromDate(now), updatedBy: 'sanne' });
  await syncTrajectForms(adminDb(), id, t, now);
}

export async function seedLedMbo(now: Date): Promise<void> {
  const db = adminDb();
  await db
    .doc(`institutes/${ROC}`)
    .set({ name: 'ROC Midden', programmes: ['mbo_team'], escalateAfterDays: 7, remindDaysBefore: 7 });
  for (const p of Object.values(LP)) {
    await db
      .doc(`people/${p.uid}`)
      .set({ instituteId: p.instituteId, displayName: p.displayName, email: p.email, staffRoles: p.staff });
    await adminAuth().createUser({
      uid: p.uid,
      email: p.email,
      displayName: p.displayName,
      emailVerified: true,
    });
    await adminAuth().setCustomUserClaims(p.uid, { institute: p.instituteId, staff: p.staff });
  }
  await traject(
    'karin-led',
    LUMC,
    'led_basis',
    'Karin Vermeulen',
    { deelnemer: ['karin'], collega_docent: ['wim'], led_trainer: ['els'] },
    160,
    now,
  );
  for (const uid of ['ahmed', 'sophie', 'daan', 'eva'] as const) {
    await traject(
      `${uid}-mbo`,
      ROC,
      'mbo_team',
      LP[uid].displayName,
      { deelnemer: [uid], leidinggevende: ['mirjam'] },
      145,
      now,
    );
  }
}
