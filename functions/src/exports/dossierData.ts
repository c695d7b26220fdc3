// The dossier of one traject as plain data (docs/data-model.md "Exports"): who may have it (domain
// mayExportDossier), and every submitted part the caller may read (domain partInDossier, the rules' read
// policy), with who filled it and when, earlier versions and their reasons, and the progress decisions.
// This object is `dossier.json` in the ZIP, and the PDF is rendered from it: both say the same.
import {
  isVoorlopigAdvies,
  answerLines,
  EXPORT_LIMITS,
  FORM_DEFINITIONS,
  mayExportDossier,
  partInDossier,
  PROGRAMMES,
  TRAJECT_ROLE_LABELS,
  TRAJECT_ROLES,
  type Actor,
  type AnswerLine,
  type FormDefinition,
  type FormLike,
  type PartId,
  type Traject,
  FORMS_COLLECTION,
  PARTS_COLLECTION,
  type FormEnvelope,
  type PartVersion,
  institutePath,
} from '@praktijkvolg/domain';
import type { DocumentReference, DocumentSnapshot, Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { peopleByUid } from '../people/people.js';
import { readTraject } from '../documents.js';
import { envelopeOrNull, parseVersion, partStatusOf, readVersions } from './versions.js';
import { dossierVoortgang, type DossierVoortgang } from './dossierVoortgang.js';
import { dossierVoorwaarden, type DossierVoorwaarden } from './dossierVoorwaarden.js';
import { dossierNietVanToepassing, type DossierNietVanToepassing } from './dossierLate.js';

export const TOO_LARGE =
  'Dit dossier is te groot om in één keer te downloaden. Neem contact op met de beheerder van Praktijkvolg.';

export interface DossierPerson {
  uid: string | null;
  name: string;
}

export interface DossierPartVersion {
  version: number;
  submittedAt: string | null;
  filledBy: DossierPerson | null;
  /** Why this version replaced the one before (a correction), when the server recorded one. */
  correctionReason: string | null;
  /** The stored answers, keyed as in the form definition (docs/domain.md). */
  answers: Record<string, unknown>;
  /** The same answers as readable Dutch text (domain answersText). */
  lines: AnswerLine[];
}

export interface DossierPart extends DossierPartVersion {
  partId: string;
  label: string;
  /** Older versions, oldest first; empty when the part was never corrected. */
  earlierVersions: DossierPartVersion[];
}

export interface DossierForm {
  formId: string;
  formType: FormEnvelope['formType'];
  /** The occurrence, e.g. 'ComBel maand 3'. */
  title: string;
  /** The definition's title, e.g. 'ComBel – competentiebeoordeling'. */
  formName: string;
  status: FormEnvelope['status'];
  leohKind: FormEnvelope['leohKind'] | null;
  /** The provisional advice (jaar 3, month 3; domain isVoorlopigAdvies): labelled "voorlopig" in the PDF. */
  voorlopig: boolean;
  opensAt: string;
  dueAt: string;
  parts: DossierPart[];
}

export interface DossierDecision {
  formId: string;
  title: string;
  /** The option value (`door`, `door_onder_voorwaarden`, `niet_door`) and its Dutch label. */
  outcome: string | null;
  outcomeLabel: string | null;
  decidedBy: DossierPerson | null;
  submittedAt: string | null;
}

export interface Dossier {
  format: 'praktijkvolg-dossier/1';
  exportedAt: string;
  exportedBy: DossierPerson & { as: 'trainee' | 'staff' };
  institute: { id: string; name: string };
  traject: {
    trajectId: string;
    programme: Traject['programme'];
    programmeLabel: string;
    traineeName: string;
    workplace: string;
    startDate: string;
    partTimeFactor: number;
    pauses: Traject['pauses'];
    status: Traject['status'];
    roles: { role: string; label: string; people: DossierPerson[] }[];
  };
  forms: DossierForm[];
  decisions: DossierDecision[];
  /** The conditions of a decision "door onder voorwaarden" and their follow-up (dossierVoorwaarden.ts). */
  voorwaarden: DossierVoorwaarden[];
  /** Late registration: forms the secretariat marked "niet van toepassing", with the reason (dossierLate.ts). */
  nietVanToepassing: DossierNietVanToepassing[];
  /** Huisarts trajecten: the KPB/KVB pace and the duties counted (dossierVoortgang.ts); null elsewhere. */
  voortgang: DossierVoortgang | null;
}

const iso = (t: { toDate(): Date } | undefined | null) => (t ? t.toDate().toISOString() : null);

/** The envelope as the domain policies read it. */
export function formLikeOf(formId: string, env: FormEnvelope): FormLike {
  return {
    formId,
    instituteId: env.instituteId,
    formType: env.formType,
    leohKind: env.leohKind,
    subjectUid: env.subjectUid,
    status: env.status,
    revealed: env.revealed,
    parts: Object.fromEntries(
      Object.entries(env.parts).map(([id, p]) => [
        id,
        { role: p.role, raterUids: p.raterUids, status: p.status },
      ]),
    ),
  } as FormLike;
}

export async function getAllChunked(db: Firestore, refs: DocumentReference[]): Promise<DocumentSnapshot[]> {
  const out: DocumentSnapshot[] = [];
  for (let i = 0; i < refs.length; i += 300) out.push(...(await db.getAll(...refs.slice(i, i + 300))));
  return out;
}

/** Who filled a version: the waarnemer's designation, or the writer's name (traject or people document). */
function filler(v: PartVersion, names: ReadonlyMap<string, string>): DossierPerson | null {
  const uid = v.updatedBy;
  if (!uid) return null;
  if (v.designation && v.designation.raterUid === uid) return { uid, name: v.designation.name };
  return { uid, name: names.get(uid) ?? 'onbekend' };
}

export function versionOf(
  def: FormDefinition,
  partId: string,
  v: PartVersion,
  names: ReadonlyMap<string, string>,
): DossierPartVersion {
  return {
    version: v.version,
    submittedAt: iso(v.submittedAt),
    filledBy: filler(v, names),
    correctionReason: v.correctionReason || null,
    answers: v.answers,
    lines: answerLines(def, partId as PartId, v.answers),
  };
}

/** Names of uids the traject does not name (staff, former members), from their people documents. */
export async function withPeopleNames(
  db: Firestore,
  names: Map<string, string>,
  uids: Iterable<string | null | undefined>,
): Promise<Map<string, string>> {
  const unknown = [...uids].filter((u): u is string => !!u && !names.has(u) && !u.startsWith('ext_'));
  for (const [uid, person] of await peopleByUid(db, unknown)) names.set(uid, person.displayName);
  return names;
}

interface ReadPart {
  formId: string;
  partId: PartId;
  like: FormLike;
  ref: DocumentReference;
  current: PartVersion;
  earlier: PartVersion[];
}

/** Every submitted part of the traject's forms that the actor may read, with its earlier versions. */
async function readParts(
  db: Firestore,
  forms: { formId: string; env: FormEnvelope; ref: DocumentReference }[],
  actor: Actor,
  traject: Traject,
): Promise<Map<string, ReadPart>> {
  // Only parts the caller may read once submitted are read at all.
  const wanted = forms.flatMap(({ formId, env, ref }) => {
    const like = formLikeOf(formId, env);
    return FORM_DEFINITIONS[env.formType].parts
      .filter((p) => env.parts[p.partId] && partInDossier(actor, like, p.partId, 'submitted', traject))
      .map((p) => ({ formId, partId: p.partId, like, ref: ref.collection(PARTS_COLLECTION).doc(p.partId) }));
  });
  const snaps = await getAllChunked(
    db,
    wanted.map((w) => w.ref),
  );
  const out = new Map<string, ReadPart>();
  wanted.forEach((w, i) => {
    const status = partStatusOf(snaps[i]!);
    if (status && partInDossier(actor, w.like, w.partId, status, traject))
      out.set(`${w.formId}/${w.partId}`, { ...w, current: parseVersion(snaps[i]!)!, earlier: [] });
  });
  const corrected = [...out]
    .filter(([, p]) => p.current.version > 1)
    .map(([key, p]) => ({ key, ref: p.ref, instituteId: traject.instituteId, formType: p.like.formType }));
  for (const [key, earlier] of await readVersions(actor, corrected, EXPORT_LIMITS.versionsPerPart))
    out.get(key)!.earlier = earlier;
  return out;
}

function decisionsOf(forms: DossierForm[]): DossierDecision[] {
  const outcomeField = FORM_DEFINITIONS.voortgangsbeslissing.fields.find((f) => f.key === 'uitkomst');
  return forms
    .filter((f) => f.formType === 'voortgangsbeslissing')
    .flatMap((f) =>
      f.parts.map((p): DossierDecision => {
        const outcome = typeof p.answers.uitkomst === 'string' ? p.answers.uitkomst : null;
        const label =
          outcomeField?.kind === 'choice'
            ? outcomeField.options.find((o) => o.value === outcome)?.label
            : null;
        return {
          formId: f.formId,
          title: f.title,
          outcome,
          outcomeLabel: label ?? outcome,
          decidedBy: p.filledBy,
          submittedAt: p.submittedAt,
        };
      }),
    );
}

/** Reads and checks everything; refuses (Dutch HttpsError) a caller who may not have this dossier. */
export async function readDossier(
  db: Firestore,
  trajectId: string,
  actor: Actor,
  now: Date,
): Promise<Dossier> {
  const traject = await readTraject(db, trajectId);
  if (!traject) throw new HttpsError('not-found', 'Dit traject bestaat niet.');
  const may = mayExportDossier(actor, traject);
  if (!may.ok) throw new HttpsError('permission-denied', may.reason);

  const snaps = await db
    .collection(FORMS_COLLECTION)
    .where('trajectId', '==', trajectId)
    .limit(EXPORT_LIMITS.forms + 1)
    .get();
  if (snaps.size > EXPORT_LIMITS.forms) throw new HttpsError('resource-exhausted', TOO_LARGE);
  const forms = snaps.docs
    .flatMap((s) => {
      const env = envelopeOrNull(s);
      return env && env.instituteId === traject.instituteId ? [{ formId: s.id, env, ref: s.ref }] : [];
    })
    .sort(
      (a, b) =>
        a.env.dueAt.toMillis() - b.env.dueAt.toMillis() || a.env.title.localeCompare(b.env.title, 'nl'),
    );
  const parts = await readParts(db, forms, actor, traject);
  const names = await withPeopleNames(db, new Map(Object.entries(traject.names)), [
    actor.uid,
    ...[...parts.values()].flatMap((p) => [p.current, ...p.earlier].map((v) => v.updatedBy)),
  ]);
  const institute = await db.doc(institutePath(traject.instituteId)).get();
  const nameOf = (uid: string): DossierPerson => ({ uid, name: names.get(uid) ?? 'onbekend' });

  const dossierForms = forms
    .map(({ formId, env }): DossierForm => {
      const def = FORM_DEFINITIONS[env.formType];
      return {
        formId,
        formType: env.formType,
        title: env.title,
        formName: def.title,
        status: env.status,
        leohKind: env.leohKind ?? null,
        voorlopig: isVoorlopigAdvies(env),
        opensAt: env.opensAt.toDate().toISOString(),
        dueAt: env.dueAt.toDate().toISOString(),
        parts: def.parts.flatMap((p): DossierPart[] => {
          const read = parts.get(`${formId}/${p.partId}`);
          if (!read) return [];
          return [
            {
              partId: p.partId,
              label: p.label,
              ...versionOf(def, p.partId, read.current, names),
              earlierVersions: read.earlier.map((v) => versionOf(def, p.partId, v, names)),
            },
          ];
        }),
      };
    })
    .filter((f) => f.parts.length > 0);

  return {
    format: 'praktijkvolg-dossier/1',
    exportedAt: now.toISOString(),
    exportedBy: { ...nameOf(actor.uid), as: may.as },
    institute: {
      id: traject.instituteId,
      name:
        typeof institute.get('name') === 'string' ? (institute.get('name') as string) : traject.instituteId,
    },
    traject: {
      trajectId,
      programme: traject.programme,
      programmeLabel: PROGRAMMES[traject.programme].label,
      traineeName: traject.traineeName,
      workplace: traject.workplace,
      startDate: traject.startDate,
      partTimeFactor: traject.partTimeFactor,
      pauses: traject.pauses,
      status: traject.status,
      roles: TRAJECT_ROLES.filter((r) => (traject.roles[r] ?? []).length > 0).map((r) => ({
        role: r,
        label: TRAJECT_ROLE_LABELS[r].label,
        people: (traject.roles[r] ?? []).map(nameOf),
      })),
    },
    forms: dossierForms,
    decisions: decisionsOf(dossierForms),
    voorwaarden: dossierVoorwaarden(forms, dossierForms),
    nietVanToepassing: dossierNietVanToepassing(forms),
    voortgang: dossierVoortgang(
      traject,
      forms.map((f) => f.env),
      dossierForms,
      now,
    ),
  };
}
