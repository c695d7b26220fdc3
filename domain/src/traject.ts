/**
 * Traject: one trainee in one programme (docs/data-model.md, `trajecten/{trajectId}`).
 * Calendar dates are 'YYYY-MM-DD' strings meaning a day in Europe/Amsterdam.
 */
import { z } from 'zod';
import { isoDateSchema, MESSAGES } from './forms/schema';
import { PROGRAMME_IDS, TRAJECT_ROLES, type TrajectRole } from './programmes';
import { hasForbiddenNameCharacter, TEXT_MESSAGES } from './policies/text';
import { lateFormsSchema } from './schedule/lateRegistration';

/** Names go into mails, PDFs and screens: no control, bidi or invisible character (policies/text.ts). */
const plainName = (value: string) => !hasForbiddenNameCharacter(value);

export const TRAJECT_STATUSES = ['actief', 'afgerond', 'gestopt'] as const;
export type TrajectStatus = (typeof TRAJECT_STATUSES)[number];
/** Dutch, as the secretariat's screens show a traject's status. */
export const TRAJECT_STATUS_LABELS: Record<TrajectStatus, string> = {
  actief: 'Actief',
  afgerond: 'Afgerond',
  gestopt: 'Gestopt',
};

export const MIN_PART_TIME_FACTOR = 0.5;
export const MAX_PART_TIME_FACTOR = 1;

const uidSchema = z.string().min(1, { error: MESSAGES.required }).max(128);

export const pauseSchema = z
  .strictObject({
    from: isoDateSchema,
    to: isoDateSchema,
    reason: z.string().max(200, { error: MESSAGES.maxLength(200) }),
  })
  .refine((p) => p.from <= p.to, {
    error: 'De einddatum van een onderbreking ligt vóór de begindatum',
    path: ['to'],
  });
export type Pause = z.infer<typeof pauseSchema>;

/** `{ [TrajectRole]: uid[] }`; roles without holders may be absent. */
export const rolesSchema = z.partialRecord(z.enum(TRAJECT_ROLES), z.array(uidSchema).max(10));
export type RoleAssignments = Partial<Record<TrajectRole, string[]>>;

/** At most this many uids per role in `roleHistory` (a traject sees a handful of changes; this bounds the document). */
export const MAX_ROLE_HISTORY = 50;

/**
 * `{ [TrajectRole]: uid[] }`: everyone who ever held the role on this traject, in first-seen order (rule 8 of docs/rules.md,
 * docs/data-model.md). Absent on trajecten written before it existed; the server backfills it.
 */
export const roleHistorySchema = z.partialRecord(
  z.enum(TRAJECT_ROLES),
  z.array(uidSchema).max(MAX_ROLE_HISTORY),
);
export type RoleHistory = Partial<Record<TrajectRole, string[]>>;

/** Per role, the union of the given histories or assignments, in first-seen order. */
export function unionRoleHistory(...sources: (RoleHistory | RoleAssignments | undefined)[]): RoleHistory {
  const out: RoleHistory = {};
  for (const role of TRAJECT_ROLES) {
    const uids = [...new Set(sources.flatMap((s) => s?.[role] ?? []))];
    if (uids.length > 0) out[role] = uids;
  }
  return out;
}

/**
 * The role history a write must carry (the rules demand exactly this much, docs/rules.md): nothing of the
 * history before is dropped, and everyone who held a role before the write or holds it after is in it.
 */
export function nextRoleHistory(
  before: { roles?: RoleAssignments; roleHistory?: RoleHistory | undefined } | null | undefined,
  afterRoles: RoleAssignments,
): RoleHistory {
  return unionRoleHistory(before?.roleHistory, before?.roles, afterRoles);
}

/** At most this many characters in the reason of a legal hold. */
export const LEGAL_HOLD_REASON_MAX = 500;

/**
 * `legalHold` on a traject: set and lifted only by an admin (callable setLegalHold); while it is there the
 * retention job never touches the traject (docs/data-model.md, "Retention"). `setAt` is a Firestore Timestamp.
 */
export const legalHoldSchema = z.strictObject({
  reason: z.string().min(1).max(LEGAL_HOLD_REASON_MAX),
  setBy: uidSchema,
  setAt: z.unknown(),
});
export type LegalHold = z.infer<typeof legalHoldSchema>;

/**
 * Traject fields only the server writes: a client write that adds, changes or removes one is refused by the
 * rules (generated `trajectServerFields()`), so the secretariat's editor carries them through unchanged.
 */
export const TRAJECT_SERVER_FIELDS = ['legalHold'] as const;

/** The server-owned fields of a stored traject, for a client's full write to carry through unchanged. */
export function trajectServerFieldsOf(stored: { legalHold?: LegalHold | undefined } | undefined): {
  legalHold?: LegalHold;
} {
  const out: { legalHold?: LegalHold } = {};
  for (const field of TRAJECT_SERVER_FIELDS) if (stored?.[field] !== undefined) out[field] = stored[field];
  return out;
}

/** The union of all role holders (what `members` must equal), sorted. */
export function membersOf(roles: RoleAssignments): string[] {
  return [...new Set(Object.values(roles).flatMap((uids) => uids ?? []))].sort();
}

/** Fields the secretariat writes (without the server-set updatedAt/updatedBy; legalHold it only carries). */
export const trajectFieldsSchema = z.strictObject({
  instituteId: z.string().min(1, { error: MESSAGES.required }),
  programme: z.enum(PROGRAMME_IDS, { error: 'Onbekende opleiding' }),
  traineeName: z
    .string()
    .min(1, { error: MESSAGES.required })
    .max(200, { error: MESSAGES.maxLength(200) })
    .refine(plainName, { error: TEXT_MESSAGES.hiddenCharacter('De naam van de aios of deelnemer') }),
  workplace: z
    .string()
    .max(200, { error: MESSAGES.maxLength(200) })
    .refine(plainName, { error: TEXT_MESSAGES.hiddenCharacter('De werkplek') }),
  startDate: isoDateSchema,
  partTimeFactor: z
    .number()
    .min(MIN_PART_TIME_FACTOR, { error: 'De deeltijdfactor is minimaal 0,5' })
    .max(MAX_PART_TIME_FACTOR, { error: 'De deeltijdfactor is maximaal 1' }),
  pauses: z.array(pauseSchema).max(20),
  roles: rolesSchema,
  roleHistory: roleHistorySchema.optional(),
  members: z.array(uidSchema),
  names: z.record(
    z.string(),
    z
      .string()
      .max(200)
      .refine(plainName, { error: TEXT_MESSAGES.hiddenCharacter('Een naam in het traject') }),
  ),
  status: z.enum(TRAJECT_STATUSES),
  updatedAt: z.unknown().optional(),
  updatedBy: z.string().optional(),
  /** Server-owned (TRAJECT_SERVER_FIELDS): the admin's legal hold. */
  legalHold: legalHoldSchema.optional(),
  /** Late registration: the secretariat's choice per past form, by occurrenceKey (schedule/lateRegistration.ts). */
  lateForms: lateFormsSchema.optional(),
});

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** A traject document. `members` must equal the union of the role holders. */
export const trajectSchema = trajectFieldsSchema.superRefine((t, ctx) => {
  if (!sameSet(t.members, membersOf(t.roles))) {
    ctx.addIssue({
      code: 'custom',
      path: ['members'],
      message: 'De lijst met leden moet precies alle rolhouders bevatten',
    });
  }
});
export type Traject = z.infer<typeof trajectFieldsSchema>;

/** What the schedule needs from a traject. `trajectId` is the document id, passed by the caller. */
export interface ScheduleTraject {
  trajectId: string;
  programme: Traject['programme'];
  startDate: string;
  partTimeFactor?: number;
  pauses?: readonly Pick<Pause, 'from' | 'to'>[];
  roles: RoleAssignments;
  /** When given, holders it bars from their role are put on no part of it (rule 8 of docs/rules.md, rolesFitToRate). */
  roleHistory?: RoleHistory | undefined;
  names?: Record<string, string>;
}
