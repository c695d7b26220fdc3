// What a cohort file is checked against (domain policies/cohortImport.ts, CohortContext): the people with the
// file's addresses, the active trajecten of its known trainees, and which of its rows were imported before.
// Reads are bounded by the file (at most COHORT_MAX_ROWS rows): `in` and `array-contains-any` queries of 30
// values, and one getAll of the rows' deterministic traject ids.
import { createHash } from 'node:crypto';
import {
  cohortEmails,
  cohortKey,
  PEOPLE_COLLECTION,
  parsePerson,
  PROGRAMMES,
  trajectSchema,
  type Actor,
  type CohortContext,
  type CohortKey,
  type CohortRow,
  type KnownPerson,
  type ProgrammeId,
  TRAJECTEN_COLLECTION,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { parseOrSkip } from '../documents.js';

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

/**
 * The traject id of a row: the same institute, programme, trainee address and start date give the same id,
 * so a retried or repeated import finds the traject it wrote instead of writing a second one.
 */
export function cohortTrajectId(instituteId: string, key: CohortKey): string {
  const hash = createHash('sha256')
    .update([instituteId, key.programme, key.traineeEmail, key.startDate].join('\n'))
    .digest('hex');
  return `cohort-${hash.slice(0, 24)}`;
}

async function peopleWithEmails(db: Firestore, emails: readonly string[]): Promise<Map<string, KnownPerson>> {
  const out = new Map<string, KnownPerson>();
  for (const chunk of chunks(emails, 30)) {
    const snap = await db.collection(PEOPLE_COLLECTION).where('email', 'in', chunk).get();
    for (const doc of snap.docs) {
      const p = parsePerson(doc.id, doc.data());
      if (p.email)
        out.set(p.email.toLowerCase(), {
          uid: p.uid,
          instituteId: p.instituteId,
          displayName: p.displayName,
        });
    }
  }
  return out;
}

async function activeTrajectenOf(
  db: Firestore,
  instituteId: string,
  traineeUids: readonly string[],
): Promise<CohortContext['activeTrajecten']> {
  const out: CohortContext['activeTrajecten'][number][] = [];
  for (const chunk of chunks(traineeUids, 30)) {
    const snap = await db
      .collection(TRAJECTEN_COLLECTION)
      .where('instituteId', '==', instituteId)
      .where('members', 'array-contains-any', chunk)
      .get();
    for (const doc of snap.docs) {
      const t = parseOrSkip(trajectSchema, doc, 'cohort: traject');
      if (!t || t.status !== 'actief') continue;
      const programme: ProgrammeId = t.programme;
      for (const uid of t.roles[PROGRAMMES[programme].traineeRole] ?? []) {
        if (chunk.includes(uid))
          out.push({ trajectId: doc.id, programme, traineeUid: uid, startDate: t.startDate });
      }
    }
  }
  return out;
}

export async function cohortContext(
  db: Firestore,
  instituteId: string,
  actor: Actor,
  actorEmail: string | null,
  rows: readonly CohortRow[],
): Promise<CohortContext> {
  const people = await peopleWithEmails(db, cohortEmails(rows));
  const keys = rows.flatMap((r) => cohortKey(r) ?? []);
  const trajectIdOf = (key: CohortKey) => cohortTrajectId(instituteId, key);
  const ids = [...new Set(keys.map(trajectIdOf))];
  const existing = new Set<string>();
  for (const chunk of chunks(ids, 300)) {
    const snaps = await db.getAll(...chunk.map((id) => db.collection(TRAJECTEN_COLLECTION).doc(id)));
    for (const s of snaps) if (s.exists) existing.add(s.id);
  }
  const traineeUids = [
    ...new Set(
      keys.flatMap((k) => {
        const p = people.get(k.traineeEmail);
        return p && p.instituteId === instituteId ? [p.uid] : [];
      }),
    ),
  ];
  return {
    instituteId,
    actor,
    actorEmail: actorEmail?.trim().toLowerCase() || null,
    people,
    activeTrajecten: await activeTrajectenOf(db, instituteId, traineeUids),
    existingTrajectIds: existing,
    trajectIdOf,
  };
}
