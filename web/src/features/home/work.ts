// What a person must do: every form part they fill, sorted into overdue / now / coming / done.
import {
  calendarDaysBetween,
  hasDeadline,
  mayActOnPart,
  type Actor,
  type PartId,
  type RoleAssignments,
  type StaffRole,
} from '@praktijkvolg/domain';
import type { FormEnvelope } from '../forms/model';

export type Bucket = 'overdue' | 'now' | 'coming' | 'done';

export interface WorkItem {
  form: FormEnvelope;
  partId: PartId;
  bucket: Bucket;
}

/** How far ahead "Binnenkort" looks, in Amsterdam calendar days. */
export const COMING_DAYS = 42;

/** A part is mine when I am one of its raters, or it is a staff part (no raters) of a staff role I hold. */
export function isMyPart(
  part: { role: string; raterUids: readonly string[] },
  uid: string,
  staff: readonly StaffRole[],
): boolean {
  if (part.raterUids.includes(uid)) return true;
  return part.raterUids.length === 0 && (staff as readonly string[]).includes(part.role);
}

export function bucketOf(form: FormEnvelope, partStatus: string, now: Date): Bucket | undefined {
  if (partStatus === 'submitted') return 'done';
  if (form.status === 'vervallen' || form.status === 'ingediend') return undefined;
  if (form.closesAt && form.closesAt < now) return undefined;
  if (form.opensAt > now) return calendarDaysBetween(now, form.opensAt) <= COMING_DAYS ? 'coming' : undefined;
  return form.dueAt < now ? 'overdue' : 'now';
}

export function myWork(
  forms: readonly FormEnvelope[],
  uid: string,
  staff: readonly StaffRole[],
  now: Date,
): Record<Bucket, WorkItem[]> {
  const out: Record<Bucket, WorkItem[]> = { overdue: [], now: [], coming: [], done: [] };
  for (const form of forms) {
    for (const [partId, part] of Object.entries(form.parts) as [
      PartId,
      NonNullable<FormEnvelope['parts'][PartId]>,
    ][]) {
      if (!isMyPart(part, uid, staff)) continue;
      const due = bucketOf(form, part.status, now);
      // The PDG request has no deadline (domain policies/summatief.ts): past the end it is not "te laat".
      const bucket = due === 'overdue' && !hasDeadline(form.formType, partId) ? 'now' : due;
      if (bucket) out[bucket].push({ form, partId, bucket });
    }
  }
  const byDue = (a: WorkItem, b: WorkItem) => a.form.dueAt.getTime() - b.form.dueAt.getTime();
  out.overdue.sort(byDue);
  out.now.sort(byDue);
  out.coming.sort((a, b) => a.form.opensAt.getTime() - b.form.opensAt.getTime());
  const submittedAt = (w: WorkItem) => w.form.parts[w.partId]?.submittedAt?.getTime() ?? 0;
  out.done.sort((a, b) => submittedAt(b) - submittedAt(a));
  return out;
}

/**
 * Drops open work the domain would refuse at act time even though the server listed this person as a
 * rater (e.g. a werkplekbegeleider on a summative assessment): it is not theirs to do, so it is not on
 * their list. Submitted work stays visible.
 */
export function withoutRefused(
  work: Record<Bucket, WorkItem[]>,
  actor: Actor,
  trajecten: ReadonlyMap<string, { roles: RoleAssignments }>,
): Record<Bucket, WorkItem[]> {
  const ok = (w: WorkItem) => {
    const traject = trajecten.get(w.form.trajectId);
    return !traject || mayActOnPart(actor, w.form, w.partId, { traject }).ok;
  };
  return {
    overdue: work.overdue.filter(ok),
    now: work.now.filter(ok),
    coming: work.coming.filter(ok),
    done: work.done,
  };
}
