// Reminder settings of an institute (institutes/{instituteId}); absent fields take the defaults.
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
