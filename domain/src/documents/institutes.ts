// institutes/{instituteId} (docs/data-model.md): an institute's settings (reminders, the retention term), written
// by an admin on the server; absent fields take the defaults. Its members may read it (retentionYears).
import { z } from 'zod';
import { RETENTION_YEARS } from '../policies/retention';
import { nameField } from '../policies/textFields';

export const INSTITUTES_COLLECTION = 'institutes';
export const institutePath = (instituteId: string) => `${INSTITUTES_COLLECTION}/${instituteId}`;
export const DEFAULT_ESCALATE_AFTER_DAYS = 7;

/**
 * Whom a mail's reader asks (docs/rules.md, "Mails people trust"): every mail of the institute has Reply-To this
 * address and names it in its footer. Set by the admin (callable setSecretariatContact); the name is a plain name
 * (policies/text.ts), the address an e-mail address.
 */
export const SECRETARIAAT_CONTACT_MESSAGES = {
  email: 'Vul een geldig e-mailadres in voor het secretariaat, bijvoorbeeld secretariaat@opleiding.nl.',
} as const;
export const secretariaatContactSchema = z.strictObject({
  name: nameField(100, 'De naam van het secretariaat'),
  email: z.email(SECRETARIAAT_CONTACT_MESSAGES.email).max(254, SECRETARIAAT_CONTACT_MESSAGES.email),
});

export const instituteSettingsSchema = z.looseObject({
  name: z.string().optional(),
  /** Overdue parts are escalated to the secretariat / groepsdocent after this many days. */
  escalateAfterDays: z.number().int().min(0).max(365).optional(),
  /** Reminders start this many days before every due day (overrides the form types' defaults). */
  remindDaysBefore: z.number().int().min(0).max(365).optional(),
  /** Years an ended traject's data is kept (RETENTION_YEARS; the default when absent), set by setRetention. */
  retentionYears: z.number().int().min(RETENTION_YEARS.min).max(RETENTION_YEARS.max).optional(),
  /** The secretariat's contact for questions about mails (Reply-To and footer of every mail). */
  secretariaat: secretariaatContactSchema.optional(),
});
export type InstituteSettings = z.infer<typeof instituteSettingsSchema>;

/** The settings of an institute without a document are all defaults; throws on one that does not fit. */
export function parseInstituteSettings(id: string, data: unknown): InstituteSettings {
  if (data === undefined) return {};
  const parsed = instituteSettingsSchema.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid institute ${id}: ${parsed.error.message}`);
  return parsed.data;
}
