// Trajecten past their institute's term (docs/data-model.md, "Retention"): found per institute with one indexed
// query (ended, last changed before the cutoff), so a run reads what is due plus the held ones, never the rest.
// An expired traject is removed in an order that a crash cannot spoil: its audit entries are anonymised first,
// then its link tokens and forms (with parts and versions) are deleted, and the traject itself last, so a
// later run finds it again and finishes the job. A traject under a legal hold is never touched.
import {
  ENDED_TRAJECT_STATUSES,
  RETENTION_YEARS,
  retentionYearsOf,
  trajectRetention,
  trajectRetentionCutoff,
  TRAJECT_ROLES,
  TRAJECT_STATUSES,
  AUDIT_COLLECTION,
  LINK_TOKENS_COLLECTION,
  FORMS_COLLECTION,
  INSTITUTES_COLLECTION,
  TRAJECTEN_COLLECTION,
  timestampLikeSchema,
  formIdPrefixOf,
  formPath,
} from '@praktijkvolg/domain';
import {
  Timestamp,
  type DocumentReference,
  type Firestore,
  type QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import { log } from '../log.js';
import { z } from 'zod';
import { anonymiseAudit, deleteAll, forEachPage, type ReadCounter } from './store.js';

export interface TrajectCounts {
  /** Past their term and removed in this run. */
  removed: number;
  /** Past their term by age, but under a legal hold: left alone. */
  held: number;
  forms: number;
  parts: number;
  versions: number;
  linkTokens: number;
  auditAnonymised: number;
}

export const emptyTrajectCounts = (): TrajectCounts => ({
  removed: 0,
  held: 0,
  forms: 0,
  parts: 0,
  versions: 0,
  linkTokens: 0,
  auditAnonymised: 0,
});

/** Only what retention needs: read loosely, so an odd traject is still removed when its term has passed. */
const retentionFieldsSchema = z.looseObject({
  instituteId: z.string(),
  status: z.enum(TRAJECT_STATUSES),
  legalHold: z.unknown().optional(),
  updatedAt: timestampLikeSchema.optional(),
  updatedBy: z.string().optional(),
  members: z.array(z.string()).optional(),
  roles: z.record(z.string(), z.array(z.string())).optional(),
  roleHistory: z.record(z.string(), z.array(z.string())).optional(),
  names: z.record(z.string(), z.unknown()).optional(),
});
type RetentionFields = z.infer<typeof retentionFieldsSchema>;

/** Everyone the traject names: their ids leave the audit targets of its forms. */
function personIdsOf(t: RetentionFields): string[] {
  const ids = new Set<string>([...(t.members ?? []), ...Object.keys(t.names ?? {})]);
  for (const role of TRAJECT_ROLES)
    for (const uid of [...(t.roles?.[role] ?? []), ...(t.roleHistory?.[role] ?? [])]) ids.add(uid);
  if (t.updatedBy) ids.add(t.updatedBy);
  return [...ids];
}

/** Every institute with a settings document, and its term in years. */
async function instituteTerms(db: Firestore, reads: ReadCounter): Promise<Map<string, number>> {
  const snap = await db.collection(INSTITUTES_COLLECTION).get();
  reads.add(snap.size);
  return new Map(snap.docs.map((d) => [d.id, retentionYearsOf(d.data())]));
}

const endedBefore = (db: Firestore, cutoff: Date) =>
  db
    .collection(TRAJECTEN_COLLECTION)
    .where('status', 'in', [...ENDED_TRAJECT_STATUSES])
    .where('updatedAt', '<=', Timestamp.fromDate(cutoff));

/**
 * Removes every traject past its term, per institute (index: trajecten instituteId + status + updatedAt). Trajecten
 * of an institute without a settings document take the default term (one more query without the institute).
 */
export async function removeExpiredTrajecten(
  db: Firestore,
  now: Date,
  reads: ReadCounter,
): Promise<TrajectCounts> {
  const counts = emptyTrajectCounts();
  const years = await instituteTerms(db, reads);
  const visit = async (docs: QueryDocumentSnapshot[], termOf: (instituteId: string) => number | null) => {
    for (const snap of docs) {
      const parsed = retentionFieldsSchema.safeParse(snap.data());
      if (!parsed.success) {
        log.error('retention: traject without a readable status, left alone', { trajectId: snap.id });
        continue;
      }
      const term = termOf(parsed.data.instituteId);
      if (term === null) continue; // its institute's own query handles it
      await removeIfExpired(db, snap.ref, term, now, counts, reads);
    }
  };
  for (const [instituteId, term] of years) {
    const q = endedBefore(db, trajectRetentionCutoff(now, term)).where('instituteId', '==', instituteId);
    await forEachPage(q, reads, (docs) => visit(docs, () => term));
  }
  await forEachPage(endedBefore(db, trajectRetentionCutoff(now, RETENTION_YEARS.default)), reads, (docs) =>
    visit(docs, (instituteId) => (years.has(instituteId) ? null : RETENTION_YEARS.default)),
  );
  return counts;
}

/**
 * Re-reads the traject (a hold set since the query counts) and removes it when it is past its term. The final
 * delete carries the read's update time: a traject changed meanwhile (a hold, a new status) is not deleted.
 */
async function removeIfExpired(
  db: Firestore,
  ref: DocumentReference,
  term: number,
  now: Date,
  counts: TrajectCounts,
  reads: ReadCounter,
): Promise<void> {
  const snap = await ref.get();
  reads.add(1);
  if (!snap.exists) return;
  const parsed = retentionFieldsSchema.safeParse(snap.data());
  if (!parsed.success) return;
  const t = parsed.data;
  const state = trajectRetention(
    { status: t.status, legalHold: t.legalHold, changedAt: t.updatedAt?.toDate() ?? null },
    term,
    now,
  );
  if (state.state === 'held') counts.held++;
  if (state.state !== 'expired') return;

  const trajectId = ref.id;
  const forms = await db.collection(FORMS_COLLECTION).where('trajectId', '==', trajectId).select().get();
  reads.add(forms.size);
  const formIds = new Set(forms.docs.map((d) => d.id));
  const personIds = personIdsOf(t);

  counts.auditAnonymised += await anonymiseTrajectAudit(db, trajectId, formIds, personIds, reads);
  counts.linkTokens += await deleteLinkTokens(db, [...formIds], reads);
  const removed = await deleteForms(
    db,
    forms.docs.map((d) => d.ref),
  );
  reads.add(removed.parts + removed.versions); // the descendants the recursive delete listed
  counts.forms += removed.forms;
  counts.parts += removed.parts;
  counts.versions += removed.versions;
  try {
    await ref.delete({ lastUpdateTime: snap.updateTime! });
    counts.removed++;
  } catch (err) {
    // Changed since it was read: its forms are gone, but the traject and its trail stay for the admin to see.
    log.error('retention: traject changed while it was being removed; left in place', {
      trajectId,
      error: String(err),
    });
  }
}

/** The traject's own entries and those of its forms and parts (targets `forms/{formId}...`). */
async function anonymiseTrajectAudit(
  db: Firestore,
  trajectId: string,
  formIds: ReadonlySet<string>,
  personIds: readonly string[],
  reads: ReadCounter,
): Promise<number> {
  const audit = db.collection(AUDIT_COLLECTION);
  let changed = 0;
  const ids = () => personIds;
  await forEachPage(
    audit.where('target', '==', `${TRAJECTEN_COLLECTION}/${trajectId}`),
    reads,
    async (docs) => {
      changed += await anonymiseAudit(db, docs, ids);
    },
  );
  // Form ids are `{trajectId}__{occurrence}`: one range over the prefix, then only this traject's forms.
  const prefix = formPath(formIdPrefixOf(trajectId));
  const ofThisTraject = (d: QueryDocumentSnapshot) => {
    const formId = String(d.get('target') ?? '').split('/')[1] ?? '';
    return formIds.has(formId) || d.get('details.trajectId') === trajectId;
  };
  await forEachPage(
    audit.where('target', '>=', prefix).where('target', '<', `${prefix}\uf8ff`),
    reads,
    async (docs) => {
      changed += await anonymiseAudit(db, docs.filter(ofThisTraject), ids);
    },
  );
  return changed;
}

async function deleteLinkTokens(
  db: Firestore,
  formIds: readonly string[],
  reads: ReadCounter,
): Promise<number> {
  let removed = 0;
  for (let i = 0; i < formIds.length; i += 30) {
    const q = db.collection(LINK_TOKENS_COLLECTION).where('formId', 'in', formIds.slice(i, i + 30));
    await forEachPage(q, reads, async (docs) => {
      removed += await deleteAll(
        db,
        docs.map((d) => d.ref),
      );
    });
  }
  return removed;
}

/** Each form with everything under it (parts, versions), by the Admin SDK's bounded recursive delete. */
async function deleteForms(
  db: Firestore,
  forms: readonly DocumentReference[],
): Promise<{ forms: number; parts: number; versions: number }> {
  const out = { forms: 0, parts: 0, versions: 0 };
  if (forms.length === 0) return out;
  const writer = db.bulkWriter();
  writer.onWriteResult((ref) => {
    const depth = ref.path.split('/').length;
    if (depth === 2) out.forms++;
    else if (depth === 4) out.parts++;
    else if (depth === 6) out.versions++;
  });
  for (const form of forms) await db.recursiveDelete(form, writer);
  await writer.close();
  return out;
}
