// Settings of an institute (institutes/{instituteId}): reminders and the retention term; absent fields take the defaults.
import { RETENTION_YEARS } from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { z } from 'zod';

export const INSTITUTES_COLLECTION = 'institutes';
export const DEFAULT_ESCALATE_AFTER_DAYS = 7;

export const instituteSettingsSchema = z.looseObject({
  name: z.string().optional(),
  /** Overdue parts are escalated to the secretariat / groepsdocent after this many days. */
  escalateAfterDays: z.number().int().min(0).max(365).optional(),
  /** Reminders start this many days before every due day (overrides the form types' defaults). */
  remindDaysBefore: z.number().int().min(0).max(365).optional(),
  /** Years an ended traject's data is kept (domain RETENTION_YEARS; default when absent), set by setRetention. */
  retentionYears: z.number().int().min(RETENTION_YEARS.min).max(RETENTION_YEARS.max).optional(),
});
export type InstituteSettings = z.infer<typeof instituteSettingsSchema>;

export function parseInstituteSettings(id: string, data: unknown): InstituteSettings {
  if (data === undefined) return {};
  const parsed = instituteSettingsSchema.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid institute ${id}: ${parsed.error.message}`);
  return parsed.data;
}

export async function readInstituteSettings(db: Firestore, id: string): Promise<InstituteSettings> {
  const snap = await db.collection(INSTITUTES_COLLECTION).doc(id).get();
  return parseInstituteSettings(id, snap.data());
}
