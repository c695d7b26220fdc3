// How the rules world (tests/rules/world.ts) writes a form: its envelope and parts in the shapes of
// docs/data-model.md, with windows relative to the moment the suite starts, so "open" and "closed" stay true.
import { Timestamp } from 'firebase/firestore';
import { INSTITUTE_A } from '../matrix.js';

export const DAY = 24 * 60 * 60 * 1000;
export const at = (days: number) => Timestamp.fromMillis(Date.now() + days * DAY);

export type Window = { opensAt: Timestamp; closesAt: Timestamp | null };
export const OPEN = (): Window => ({ opensAt: at(-10), closesAt: at(30) });
export const CLOSED = (): Window => ({ opensAt: at(-60), closesAt: at(-1) });
export const FUTURE = (): Window => ({ opensAt: at(5), closesAt: at(40) });
export const ENDLESS = (): Window => ({ opensAt: at(-10), closesAt: null });

export type PartStatus = 'open' | 'draft' | 'submitted';
export interface PartSpec {
  raterUids: string[];
  status: PartStatus;
  answers?: Record<string, unknown>;
  /** The link rater named for the part (inviteRater's `designation`; the envelope gets it under `designations`). */
  designatedLinkRater?: string;
}
const designation = (raterUid: string) => ({
  name: 'Waarnemer',
  raterUid,
  invitationId: `inv-${raterUid}`,
  designatedBy: 'opl1',
  designatedByName: 'Naam opl1',
  designatedAs: 'rater',
  at: at(-3),
});
export interface FormSpec {
  instituteId?: string;
  trajectId: string;
  programme: string;
  formType: string;
  title: string;
  window: Window;
  status?: 'open' | 'completed' | 'ingediend' | 'vervallen';
  leohKind?: 'private' | 'dossier';
  subjectUid?: string;
  readerUids: string[];
  staffVisible: boolean;
  revealed?: boolean;
  parts: Record<string, PartSpec>;
  /** Server-written fields on the envelope and every part (a decision's `adviceComplete`). */
  serverFields?: Record<string, unknown>;
  /** Server-written fields on the envelope only (a follow-up's `voorwaarden`). */
  envelopeFields?: Record<string, unknown>;
}

export function formDocs(formId: string, f: FormSpec): [string, Record<string, unknown>][] {
  const instituteId = f.instituteId ?? INSTITUTE_A;
  const leoh = f.leohKind ? { leohKind: f.leohKind, subjectUid: f.subjectUid } : {};
  const revealed = f.revealed ?? false;
  const envelope = {
    instituteId,
    trajectId: f.trajectId,
    programme: f.programme,
    formType: f.formType,
    occurrenceKey: formId.split('__')[1],
    title: f.title,
    ...leoh,
    ...f.window,
    dueAt: f.window.closesAt ?? at(20),
    remindFrom: f.window.opensAt,
    status: f.status ?? 'open',
    parts: Object.fromEntries(
      Object.entries(f.parts).map(([partId, p]) => [
        partId,
        { role: partId, raterUids: p.raterUids, status: p.status },
      ]),
    ),
    raterUids: [...new Set(Object.values(f.parts).flatMap((p) => p.raterUids))].sort(),
    readerUids: f.readerUids,
    staffVisible: f.staffVisible,
    revealed,
    nextReminderAt: null,
    designations: Object.fromEntries(
      Object.entries(f.parts).flatMap(([partId, p]) =>
        p.designatedLinkRater ? [[partId, designation(p.designatedLinkRater)]] : [],
      ),
    ),
    ...f.serverFields,
    ...f.envelopeFields,
  };
  const parts = Object.entries(f.parts).map(([partId, p]): [string, Record<string, unknown>] => [
    `forms/${formId}/parts/${partId}`,
    {
      instituteId,
      trajectId: f.trajectId,
      formId,
      formType: f.formType,
      role: partId,
      ...leoh,
      raterUids: p.raterUids,
      ...f.window,
      status: p.status,
      answers: p.answers ?? {},
      schemaVersion: 1,
      version: 1,
      revealed,
      updatedAt: at(-2),
      ...(p.status === 'submitted' ? { submittedAt: at(-2), updatedBy: p.raterUids[0] ?? 'server' } : {}),
      ...(p.designatedLinkRater && { designation: designation(p.designatedLinkRater) }),
      ...f.serverFields,
    },
  ]);
  return [[`forms/${formId}`, envelope], ...parts];
}
