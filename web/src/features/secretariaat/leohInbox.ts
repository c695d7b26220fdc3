// The LEOh inbox: dossier LEOhs their opleider handed in. The staff home counts exactly what the inbox
// lists (docs/rules.md, "Dossier LEOh, exports and counts"): both read the query of LEOH_INBOX and pass
// it through leohInboxEntries, so the number can never say 25 while the list is empty.
import type { FormEnvelope } from '../forms/model';
import type { StaffFilter } from '../forms/queries';

/** The staff query of the inbox (forms/queries.ts: formType leoh, leohKind dossier, status ingediend). */
export const LEOH_INBOX: StaffFilter = { leohDossiers: true };

/** The inbox rows: handed-in dossier LEOhs with the opleider they are about. */
export function leohInboxEntries(forms: readonly FormEnvelope[]): FormEnvelope[] {
  return forms.filter(
    (f) => f.formType === 'leoh' && f.leohKind === 'dossier' && f.status === 'ingediend' && !!f.subjectUid,
  );
}

/** The rows per opleider (subjectUid), in the order of the list. */
export function byOpleider(entries: readonly FormEnvelope[]): Map<string, FormEnvelope[]> {
  const out = new Map<string, FormEnvelope[]>();
  for (const f of entries) out.set(f.subjectUid!, [...(out.get(f.subjectUid!) ?? []), f]);
  return out;
}
