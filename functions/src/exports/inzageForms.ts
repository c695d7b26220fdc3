// Inzage, the trajecten and form parts of one person (docs/data-model.md "Exports"): the trajecten they hold or
// held a role in, the parts they fill (any status, with earlier versions) and the submitted parts of forms
// about them that they may read (domain partInInzage). Found by the person's uid only (raterUids,
// readerUids, subjectUid, members, roleHistory), so nobody else's forms are even read.
import {
  EXPORT_LIMITS,
  FORM_DEFINITIONS,
  partInInzage,
  trajectSchema,
  TRAJECT_ROLE_LABELS,
  TRAJECT_ROLES,
  type Actor,
  type PartId,
  type Traject,
  AUDIT_COLLECTION,
  FORMS_COLLECTION,
  PARTS_COLLECTION,
  TRAJECTEN_COLLECTION,
} from '@praktijkvolg/domain';
import type {
  DocumentReference,
  Firestore,
  QueryDocumentSnapshot,
  QuerySnapshot,
} from 'firebase-admin/firestore';
import {
  formLikeOf,
  getAllChunked,
  versionOf,
  withPeopleNames,
  type DossierPartVersion,
} from './dossierData.js';
import { envelopeOrNull, parseVersion, partStatusOf, readVersions } from './versions.js';

export interface InzageTraject {
  trajectId: string;
  programme: Traject['programme'];
  /** Roles the person holds now, and held before (roleHistory). */
  currentRoles: string[];
  formerRoles: string[];
  /** The traject as the person may read it (members read their traject); absent for a former member. */
  traject?: Pick<Traject, 'traineeName' | 'workplace' | 'startDate' | 'status' | 'instituteId'> & {
    roles: { role: string; label: string; people: { uid: string; name: string }[] }[];
  };
}

export interface InzagePart extends DossierPartVersion {
  formId: string;
  formTitle: string;
  formType: string;
  trajectId: string;
  partId: string;
  label: string;
  status: string;
  dueAt: string;
  /** true: the person fills this part; false: a part of someone else in a form about them. */
  own: boolean;
  earlierVersions: DossierPartVersion[];
}

export interface InzageForms {
  trajecten: InzageTraject[];
  parts: InzagePart[];
  truncated: string[];
}

const byId = (snaps: QuerySnapshot[]) => {
  const out = new Map<string, QueryDocumentSnapshot>();
  for (const s of snaps) for (const d of s.docs) out.set(d.id, d);
  return out;
};

const SUBMISSIONS = ['part.submitted', 'decision.recorded'];

/** Parts the person submitted, from their own submission audit entries (a staff part lists no raters). */
async function writtenParts(db: Firestore, uid: string, limit: number): Promise<Set<string>> {
  // One equality filter (a single-field index); the action is checked here.
  const snap = await db.collection(AUDIT_COLLECTION).where('actorUid', '==', uid).limit(limit).get();
  const keys = snap.docs
    .filter((d) => SUBMISSIONS.includes(String(d.get('action'))))
    .map((d) => /^forms\/([^/]+)\/parts\/([^/]+)$/.exec(String(d.get('target'))))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}/${m[2]}`);
  return new Set(keys);
}

async function readTrajecten(db: Firestore, uid: string, truncated: string[]) {
  const col = db.collection(TRAJECTEN_COLLECTION);
  const limit = EXPORT_LIMITS.forms;
  const snaps = await Promise.all([
    col.where('members', 'array-contains', uid).limit(limit).get(),
    ...TRAJECT_ROLES.map((r) => col.where(`roleHistory.${r}`, 'array-contains', uid).limit(limit).get()),
  ]);
  if (snaps.some((s) => s.size >= limit)) truncated.push('trajecten');
  const trajecten = new Map<string, Traject>();
  for (const [id, doc] of byId(snaps)) {
    const parsed = trajectSchema.safeParse(doc.data());
    if (parsed.success) trajecten.set(id, parsed.data);
  }
  return trajecten;
}

function trajectEntry(trajectId: string, t: Traject, uid: string): InzageTraject {
  const currentRoles = TRAJECT_ROLES.filter((r) => t.roles[r]?.includes(uid));
  const formerRoles = TRAJECT_ROLES.filter(
    (r) => t.roleHistory?.[r]?.includes(uid) && !currentRoles.includes(r),
  );
  const member = t.members.includes(uid);
  return {
    trajectId,
    programme: t.programme,
    currentRoles,
    formerRoles,
    ...(member && {
      traject: {
        instituteId: t.instituteId,
        traineeName: t.traineeName,
        workplace: t.workplace,
        startDate: t.startDate,
        status: t.status,
        roles: TRAJECT_ROLES.filter((r) => (t.roles[r] ?? []).length > 0).map((r) => ({
          role: r,
          label: TRAJECT_ROLE_LABELS[r].label,
          people: (t.roles[r] ?? []).map((u) => ({ uid: u, name: t.names[u] ?? 'onbekend' })),
        })),
      },
    }),
  };
}

export async function readInzageForms(db: Firestore, actor: Actor): Promise<InzageForms> {
  const uid = actor.uid;
  const truncated: string[] = [];
  const trajecten = await readTrajecten(db, uid, truncated);

  const forms = db.collection(FORMS_COLLECTION);
  const limit = EXPORT_LIMITS.forms;
  const [written, ...snaps] = await Promise.all([
    writtenParts(db, uid, limit),
    forms.where('raterUids', 'array-contains', uid).limit(limit).get(),
    forms.where('readerUids', 'array-contains', uid).limit(limit).get(),
    forms.where('subjectUid', '==', uid).limit(limit).get(),
  ]);
  if (snaps.some((s) => s.size >= limit) || written.size >= limit) truncated.push('formulieren');
  const found = byId(snaps);
  const writtenForms = [...new Set([...written].map((k) => k.split('/')[0]!))].filter((id) => !found.has(id));
  const envelopes = [
    ...[...found].map(([formId, snap]) => ({ formId, snap })),
    ...(
      await getAllChunked(
        db,
        writtenForms.map((id) => forms.doc(id)),
      )
    ).map((snap) => ({ formId: snap.id, snap })),
  ].flatMap(({ formId, snap }) => {
    const env = envelopeOrNull(snap);
    return env ? [{ formId, ref: snap.ref, env }] : [];
  });

  // The traject of each form (for roles and the trainee), where the queries above did not bring it.
  const missing = [...new Set(envelopes.map((e) => e.env.trajectId))].filter((id) => !trajecten.has(id));
  const extra = await getAllChunked(
    db,
    missing.map((id) => db.collection(TRAJECTEN_COLLECTION).doc(id)),
  );
  const formTrajecten = new Map(trajecten);
  for (const snap of extra) {
    const parsed = snap.exists ? trajectSchema.safeParse(snap.data()) : null;
    if (parsed?.success) formTrajecten.set(snap.id, parsed.data);
  }

  type Wanted = { formId: string; partId: PartId; ref: DocumentReference };
  const wanted: Wanted[] = [];
  const likes = new Map(envelopes.map((e) => [e.formId, formLikeOf(e.formId, e.env)]));
  const byForm = new Map(envelopes.map((e) => [e.formId, e.env]));
  for (const { formId, env, ref } of envelopes) {
    const traject = formTrajecten.get(env.trajectId) ?? null;
    const like = likes.get(formId)!;
    for (const p of FORM_DEFINITIONS[env.formType].parts) {
      if (!env.parts[p.partId]) continue;
      const wrote = written.has(`${formId}/${p.partId}`) ? uid : null;
      if (partInInzage(actor, like, p.partId, 'submitted', traject, wrote))
        wanted.push({ formId, partId: p.partId, ref: ref.collection(PARTS_COLLECTION).doc(p.partId) });
    }
  }
  const partSnaps = await getAllChunked(
    db,
    wanted.map((w) => w.ref),
  );
  const read = wanted.flatMap((w, i) => {
    const status = partStatusOf(partSnaps[i]!);
    const current = parseVersion(partSnaps[i]!);
    const env = byForm.get(w.formId)!;
    const traject = formTrajecten.get(env.trajectId) ?? null;
    const like = likes.get(w.formId)!;
    if (!status || !current || !partInInzage(actor, like, w.partId, status, traject, current.updatedBy))
      return [];
    // Own: they fill it or wrote it (not only a reader of someone else's part about them).
    const own = env.parts[w.partId]!.raterUids.includes(uid) || current.updatedBy === uid;
    return [{ ...w, env, status, own, current }];
  });
  const versions = await readVersions(
    actor,
    read
      .filter((r) => r.current.version > 1)
      .map((r) => ({
        key: `${r.formId}/${r.partId}`,
        ref: r.ref,
        instituteId: r.env.instituteId,
        formType: r.env.formType,
      })),
    EXPORT_LIMITS.versionsPerPart,
  );
  const names = new Map<string, string>();
  for (const t of formTrajecten.values()) for (const [u, n] of Object.entries(t.names)) names.set(u, n);
  await withPeopleNames(db, names, [uid, ...read.map((r) => r.current.updatedBy)]);

  const parts = read.map((r): InzagePart => {
    const def = FORM_DEFINITIONS[r.env.formType];
    const earlier = versions.get(`${r.formId}/${r.partId}`) ?? [];
    return {
      formId: r.formId,
      formTitle: r.env.title,
      formType: r.env.formType,
      trajectId: r.env.trajectId,
      partId: r.partId,
      label: def.parts.find((p) => p.partId === r.partId)?.label ?? r.partId,
      status: r.status,
      dueAt: r.env.dueAt.toDate().toISOString(),
      own: r.own,
      ...versionOf(def, r.partId, r.current, names),
      earlierVersions: earlier.map((v) => versionOf(def, r.partId, v, names)),
    };
  });
  parts.sort(
    (a, b) =>
      a.dueAt.localeCompare(b.dueAt) || a.formId.localeCompare(b.formId) || a.partId.localeCompare(b.partId),
  );
  return {
    trajecten: [...trajecten].map(([id, t]) => trajectEntry(id, t, uid)),
    parts,
    truncated,
  };
}
