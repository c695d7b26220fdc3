// importCohortRows: the secretariat's CSV of new trajecten (docs/data-model.md, "Importing a cohort"). A dry run
// checks and returns the preview; the real run checks again here (never the client's preview), adds the people
// of valid rows it does not know yet (people/upsertPerson.ts, with its account checks), and creates each valid
// traject with a deterministic id in bounded batches. A refused row writes nothing, not even its people. The
// trajectWritten trigger then makes the forms of each new traject as usual.
import {
  cohortTraject,
  parseClaims,
  readCohortFile,
  trajectSchema,
  validateCohort,
  type CohortCheck,
  type CohortDraft,
  type CohortRowResult,
  TRAJECTEN_COLLECTION,
} from '@praktijkvolg/domain';
import type { ApiRequest, ApiResponse } from '@praktijkvolg/domain/api';
import type { Auth } from 'firebase-admin/auth';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit, auditRef } from '../audit/audit.js';
import { requireStaff, type Caller } from '../people/staffRoles.js';
import { savePerson } from '../people/upsertPerson.js';
import pLimit from 'p-limit';
import { cohortContext } from './context.js';

/** Trajecten per batch (a batch holds at most 500 writes; small batches keep a failure's loss small). */
export const COHORT_BATCH_SIZE = 50;
/** New people made at the same time (each is an Auth call and a people document). */
const PEOPLE_CONCURRENCY = 4;

const ALREADY_EXISTS = 6;

function counts(rows: readonly CohortRowResult[]) {
  const n = (...s: CohortRowResult['status'][]) => rows.filter((r) => s.includes(r.status)).length;
  return {
    valid: n('geldig', 'geimporteerd'),
    alreadyImported: n('al_geimporteerd'),
    refused: n('geweigerd'),
  };
}

interface Written {
  rows: CohortRowResult[];
  trajectIds: string[];
  peopleCreated: string[];
}

/** Adds the people a batch needs that do not exist yet; an address that cannot be added refuses its rows. */
async function addPeople(
  db: Firestore,
  auth: Auth,
  caller: Caller,
  drafts: readonly CohortDraft[],
  uids: Map<string, string>,
  failed: Map<string, string>,
  created: string[],
  now: Date,
): Promise<void> {
  const needed = new Map<string, string>();
  for (const d of drafts) {
    for (const [email, p] of Object.entries(d.people)) {
      if (p.uid === null && !uids.has(email) && !failed.has(email)) needed.set(email, p.name);
    }
  }
  await pLimit(PEOPLE_CONCURRENCY).map([...needed], async ([email, displayName]) => {
    try {
      const r = await savePerson(db, auth, caller, { email, displayName }, now);
      uids.set(email, r.uid);
      if (r.created) created.push(r.uid);
    } catch (err) {
      const message = err instanceof HttpsError ? err.message : 'Deze persoon kon niet worden toegevoegd.';
      if (!(err instanceof HttpsError)) log.error('cohort: adding a person failed', { error: String(err) });
      failed.set(email, message);
    }
  });
}

async function writeCohort(
  db: Firestore,
  auth: Auth,
  caller: Caller,
  instituteId: string,
  checks: readonly CohortCheck[],
  now: Date,
): Promise<Written> {
  const rows = checks.map((c) => c.result);
  const at = new Map(rows.map((r, i) => [r.row, i]));
  const drafts = checks.flatMap((c) => c.draft ?? []);
  const uids = new Map<string, string>();
  const failed = new Map<string, string>();
  const written: Written = { rows, trajectIds: [], peopleCreated: [] };
  const refuse = (d: CohortDraft, problems: CohortRowResult['problems']) => {
    rows[at.get(d.row)!] = {
      ...rows[at.get(d.row)!]!,
      status: 'geweigerd',
      trajectId: null,
      people: [],
      problems,
    };
  };
  const mark = (d: CohortDraft, status: 'geimporteerd' | 'al_geimporteerd') => {
    rows[at.get(d.row)!] = { ...rows[at.get(d.row)!]!, status };
    if (status === 'geimporteerd') written.trajectIds.push(d.trajectId);
  };

  for (let i = 0; i < drafts.length; i += COHORT_BATCH_SIZE) {
    const batchDrafts = drafts.slice(i, i + COHORT_BATCH_SIZE);
    await addPeople(db, auth, caller, batchDrafts, uids, failed, written.peopleCreated, now);
    const docs: { draft: CohortDraft; data: Record<string, unknown> }[] = [];
    for (const d of batchDrafts) {
      const missing = Object.keys(d.people).filter((email) => failed.has(email));
      if (missing.length > 0) {
        refuse(
          d,
          missing.map((email) => ({ column: null, message: `${email}: ${failed.get(email)}` })),
        );
        continue;
      }
      const uidOf = (email: string) => d.people[email]!.uid ?? uids.get(email)!;
      const { updatedAt: _u, ...data } = trajectSchema.parse({
        ...cohortTraject(d, uidOf, instituteId),
        updatedBy: caller.uid,
      });
      docs.push({ draft: d, data: { ...data, updatedAt: FieldValue.serverTimestamp() } });
    }
    const ref = (d: CohortDraft) => db.collection(TRAJECTEN_COLLECTION).doc(d.trajectId);
    const batch = db.batch();
    for (const { draft, data } of docs) batch.create(ref(draft), data);
    try {
      if (docs.length > 0) await batch.commit();
      for (const { draft } of docs) mark(draft, 'geimporteerd');
    } catch (err) {
      if ((err as { code?: number }).code !== ALREADY_EXISTS) throw err;
      // Another run wrote some of these meanwhile: create one by one, never overwriting.
      for (const { draft, data } of docs) {
        try {
          await ref(draft).create(data);
          mark(draft, 'geimporteerd');
        } catch (e) {
          if ((e as { code?: number }).code !== ALREADY_EXISTS) throw e;
          mark(draft, 'al_geimporteerd');
        }
      }
    }
  }
  return written;
}

export async function importCohortRows(
  db: Firestore,
  auth: Auth,
  caller: Caller,
  input: ApiRequest<'importCohort'>,
  now: Date = new Date(),
): Promise<ApiResponse<'importCohort'>> {
  const instituteId = requireStaff(caller, ['secretariaat'], 'het secretariaat kan een cohort importeren');
  const file = readCohortFile(input.csvText);
  if (!file.ok)
    throw new HttpsError('invalid-argument', file.problems.join(' '), { problems: file.problems });
  const { staff } = parseClaims(caller.token);
  const email = typeof caller.token.email === 'string' ? caller.token.email : null;
  const ctx = await cohortContext(
    db,
    instituteId,
    { uid: caller.uid, staffRoles: staff, institute: instituteId },
    email,
    file.rows,
  );
  const checks = validateCohort(file.rows, ctx);
  if (input.dryRun) {
    const rows = checks.map((c) => c.result);
    return { dryRun: true, rows, ...counts(rows), imported: 0, peopleCreated: 0 };
  }

  const written = await writeCohort(db, auth, caller, instituteId, checks, now);
  const summary = counts(written.rows);
  const batch = db.batch();
  appendAudit(batch, auditRef(db), {
    instituteId,
    at: now,
    actorUid: caller.uid,
    action: 'cohort.imported',
    target: `institutes/${instituteId}`,
    details: {
      rows: written.rows.length,
      ...summary,
      refusedRows: written.rows.filter((r) => r.status === 'geweigerd').map((r) => r.row),
      trajectIds: written.trajectIds,
      peopleCreated: written.peopleCreated,
    },
  });
  await batch.commit();
  return {
    dryRun: false,
    rows: written.rows,
    ...summary,
    imported: written.trajectIds.length,
    peopleCreated: written.peopleCreated.length,
  };
}
