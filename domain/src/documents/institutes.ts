// institutes/{instituteId} (docs/data-model.md): an institute's settings (reminders, the retention term), written
// by an admin on the server; absent fields take the defaults. Its members may read it (retentionYears).
import { z } from 'zod';
import { RETENTION_YEARS } from '../policies/retention';

export const INSTITUTES_COLLECTION = 'institutes';
export const institutePath = (instituteId: string) => `${INSTITUTES_COLLECTION}/${instituteId}`;
export const DEFAULT_ESCALATE_AFTER_DAYS = 7;

export const instituteSettingsSchema = z.looseObject({
  name: z.string().optional(),
  /** Overdue parts are escalated to the secretariat / groepsdocent after this many days. */
  escalateAfterDays: z.number().int().min(0).max(365).optional(),
  /** Reminders start this many days before every due day (overrides the form types' defaults). */
  remindDaysBefore: z.number().int().min(0).max(365).optional(),
  /** Years an ended traject's data is kept (RETENTION_YEARS; the default when absent), set by setRetention. */
  retentionYears: z.number().int().min(RETENTION_YEARS.min).max(RETENTION_YEARS.max).optional(),
});
export type InstituteSettings = z.infer<typeof instituteSettingsSchema>;

/** The settings of an institute without a document are all defaults; throws on one that does not fit. */
export function parseInstituteSettings(id: string, data: unknown): InstituteSettings {
  if (data === undefined) return {};
  const parsed = instituteSettingsSchema.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid institute ${id}: ${parsed.error.message}`);
  return parsed.data;
}
