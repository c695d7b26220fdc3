// preferences/{uid} (docs/data-model.md, "Mail preferences"): how a person wants to hear from Praktijkvolg. The
// person writes it themselves from Voorkeuren (the rules' preferencesValid checks the same limits, generated from
// here); the server writes only `optOut.<topic>: true` from the one-click unsubscribe link. Absent = the defaults:
// the digest at DEFAULT_DIGEST_HOUR, every optional topic on. Obligatory mails ignore it (policies/mailPurposes.ts).
import { z } from 'zod';
import { MAIL_TOPICS, type MailTopic } from '../policies/mailPurposes';
import { timestampLikeSchema } from './timestamp';

export const PREFERENCES_COLLECTION = 'preferences';
export const preferencesPath = (uid: string) => `${PREFERENCES_COLLECTION}/${uid}`;

/** The hours (Europe/Amsterdam) a person may get their daily mail at; the reminder job runs at each of them. */
export const DIGEST_HOURS = [7, 12, 17] as const;
export type DigestHour = (typeof DIGEST_HOURS)[number];
export const DEFAULT_DIGEST_HOUR: DigestHour = 7;
export const digestHourLabel = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;
/** The reminder job's cron (Europe/Amsterdam): once at each digest hour. */
export const REMINDER_JOB_SCHEDULE = `0 ${DIGEST_HOURS.join(',')} * * *`;

export const preferencesSchema = z.strictObject({
  digestHour: z.literal(DIGEST_HOURS).optional(),
  /** Optional topics switched off (true); false or absent = on. */
  optOut: z.partialRecord(z.enum(MAIL_TOPICS), z.boolean()).optional(),
  /** Server time of the last write (the rules require request.time). */
  updatedAt: timestampLikeSchema.nullable().optional(),
});
export type PreferencesDoc = z.infer<typeof preferencesSchema>;

export interface MailPreferences {
  digestHour: DigestHour;
  optedOut: ReadonlySet<MailTopic>;
}

/** A person's preferences with the defaults filled in; a document that does not fit counts as absent. */
export function mailPreferencesOf(data: unknown): MailPreferences {
  const parsed = preferencesSchema.safeParse(data ?? {});
  const doc = parsed.success ? parsed.data : {};
  const optedOut = new Set(MAIL_TOPICS.filter((t) => doc.optOut?.[t] === true));
  return { digestHour: doc.digestHour ?? DEFAULT_DIGEST_HOUR, optedOut };
}
