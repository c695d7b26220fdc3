/**
 * Retention: how long each kind of document is kept, which trajecten are past their term, and what an audit
 * entry keeps once it is anonymised (docs/data-model.md, "Retention"). Pure: the retention job
 * (functions/src/retention/) and the admin's screens both use it.
 */
import { TZDate } from '@date-fns/tz';
import { addYears, subDays, subYears } from 'date-fns';
import { TIME_ZONE } from '../dates';
import type { TrajectStatus } from '../traject';

/**
 * An institute's term for a traject's data, in whole years after the traject ended (`institutes/{id}.retentionYears`).
 * Default 7: a common term for study-progress files in Dutch higher education; each institute confirms or
 * changes it with its privacy officer (docs/data-model.md, "Retention").
 */
export const RETENTION_YEARS = { min: 1, max: 20, default: 7 } as const;

/** The short terms, in days (docs/data-model.md, "Retention"). */
export const RETENTION_DAYS = {
  /** mail/{id}: the subject and body of a delivered (or finally failed) mail, after its delivery ended. */
  mailBody: 7,
  /** mail/{id}: the whole document (the address, the delivery state), after its delivery ended. */
  mail: 30,
  /** reminderDigests/{id}: after it was made (the sender re-renders from it only on its own day). */
  reminderDigest: 14,
  /** linkTokens/{hash}: after the link expired (a spent link expires too); until then "ask for a new link" works. */
  linkTokenAfterExpiry: 30,
  /** retentionRuns/{date}: the job's own records (counts, no personal data). */
  retentionRun: 730,
} as const;

/** A traject with one of these statuses has ended; its term counts from its last change (`updatedAt`). */
export const ENDED_TRAJECT_STATUSES = ['afgerond', 'gestopt'] as const satisfies readonly TrajectStatus[];

export const RETENTION_MESSAGES = {
  years: `De bewaartermijn is een heel aantal jaren, van ${RETENTION_YEARS.min} tot en met ${RETENTION_YEARS.max}.`,
} as const;

/** The institute's term in years: its own setting when valid, otherwise the default. */
export function retentionYearsOf(settings: { retentionYears?: unknown } | null | undefined): number {
  const y = settings?.retentionYears;
  return typeof y === 'number' && Number.isInteger(y) && y >= RETENTION_YEARS.min && y <= RETENTION_YEARS.max
    ? y
    : RETENTION_YEARS.default;
}

const amsterdam = (d: Date) => new TZDate(d.getTime(), TIME_ZONE);

/** A traject that ended at or before this instant is past a term of `years` at `now` (calendar years, Amsterdam). */
export function trajectRetentionCutoff(now: Date, years: number): Date {
  return new Date(subYears(amsterdam(now), years).getTime());
}

/** Until when a traject that ended at `endedAt` is kept (for display; the job uses the cutoff). */
export function retainedUntil(endedAt: Date, years: number): Date {
  return new Date(addYears(amsterdam(endedAt), years).getTime());
}

/** Instants before which the short terms have passed, at `now`. */
export function shortTermCutoffs(now: Date): Record<keyof typeof RETENTION_DAYS, Date> {
  const out = {} as Record<keyof typeof RETENTION_DAYS, Date>;
  for (const key of Object.keys(RETENTION_DAYS) as (keyof typeof RETENTION_DAYS)[]) {
    out[key] = new Date(subDays(amsterdam(now), RETENTION_DAYS[key]).getTime());
  }
  return out;
}

export interface RetentionTraject {
  status: TrajectStatus;
  legalHold?: unknown;
  /** When the traject last changed (its `updatedAt`); null when unknown. */
  changedAt: Date | null;
}

export type TrajectRetention =
  | { state: 'active' } // still running: no term yet
  | { state: 'held' } // legal hold (running or ended): kept whatever the term says
  | { state: 'kept'; until: Date | null } // ended, inside its term (until null: no end moment known)
  | { state: 'expired'; since: Date }; // ended and past its term: the job removes it

/**
 * Where a traject stands. The term counts from its last change after it ended, so a correction after the end
 * restarts it (the clock is `updatedAt`, which the rules set to the server's time on every client write).
 */
export function trajectRetention(t: RetentionTraject, years: number, now: Date): TrajectRetention {
  if (t.legalHold !== undefined && t.legalHold !== null) return { state: 'held' };
  if (!(ENDED_TRAJECT_STATUSES as readonly string[]).includes(t.status)) return { state: 'active' };
  if (!t.changedAt) return { state: 'kept', until: null };
  if (t.changedAt.getTime() <= trajectRetentionCutoff(now, years).getTime()) {
    return { state: 'expired', since: retainedUntil(t.changedAt, years) };
  }
  return { state: 'kept', until: retainedUntil(t.changedAt, years) };
}

// ------------------------------------------------------------------------------------ audit entries

/**
 * Details of an audit entry that are facts about the process, not about a person: the only ones an anonymised
 * entry keeps. Names, addresses, subjects, free text, uids and outcomes go.
 */
export const AUDIT_FACT_KEYS = [
  'trajectId',
  'formType',
  'partId',
  'version',
  'via',
  'designatedAs',
  'purpose',
  'attempts',
  'closesAt',
] as const;

/** Marks an anonymised entry (in `details`, so the entry keeps its shape). */
export const ANONYMISED_KEY = 'anonymised';

export interface AuditParts {
  actorUid: string | null;
  target: string;
  details: Record<string, unknown>;
}

export const isAnonymised = (details: Record<string, unknown>): boolean => details[ANONYMISED_KEY] === true;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A document path with every given person id replaced by '~' where it stands as a whole id part (form ids of a
 * LEOh and mail ids carry a uid: `t1__leoh-dossier-m9-opl1`, `digest_opl1_2026-01-05`).
 */
export function redactIds(path: string, personIds: Iterable<string>): string {
  let out = path;
  for (const id of new Set(personIds)) {
    if (!id) continue;
    out = out.replace(new RegExp(`(^|[/_~.-])${escapeRegExp(id)}(?=$|[/_~.-])`, 'g'), '$1~');
  }
  return out;
}

/**
 * What an audit entry keeps after its term: action, time, institute and target (person ids taken out), no
 * actor, and only the details in AUDIT_FACT_KEYS. Anonymising twice gives the same entry.
 */
export function anonymiseAuditEntry(entry: AuditParts, personIds: Iterable<string>): AuditParts {
  const ids = [...personIds, ...(entry.actorUid ? [entry.actorUid] : [])];
  const details: Record<string, unknown> = {};
  for (const key of AUDIT_FACT_KEYS) {
    const value = entry.details[key];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      details[key] = value;
  }
  details[ANONYMISED_KEY] = true;
  return { actorUid: null, target: redactIds(entry.target, ids), details };
}
