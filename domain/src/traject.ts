/**
 * Traject: one trainee in one programme (docs/data-model.md, `trajecten/{trajectId}`).
 * Calendar dates are 'YYYY-MM-DD' strings meaning a day in Europe/Amsterdam.
 */
import { z } from 'zod';
import { isoDateSchema, MESSAGES } from './forms/schema';
import { PROGRAMME_IDS, TRAJECT_ROLES, type TrajectRole } from './programmes';

export const TRAJECT_STATUSES = ['actief', 'afgerond', 'gestopt'] as const;
export type TrajectStatus = (typeof TRAJECT_STATUSES)[number];

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

/** The union of all role holders (what `members` must equal), sorted. */
export function membersOf(roles: RoleAssignments): string[] {
  return [...new Set(Object.values(roles).flatMap((uids) => uids ?? []))].sort();
}

/** Fields the secretariat writes (without the server-set updatedAt/updatedBy). */
export const trajectFieldsSchema = z.strictObject({
  instituteId: z.string().min(1, { error: MESSAGES.required }),
  programme: z.enum(PROGRAMME_IDS, { error: 'Onbekende opleiding' }),
  traineeName: z
    .string()
    .min(1, { error: MESSAGES.required })
    .max(200, { error: MESSAGES.maxLength(200) }),
  workplace: z.string().max(200, { error: MESSAGES.maxLength(200) }),
  startDate: isoDateSchema,
  partTimeFactor: z
    .number()
    .min(MIN_PART_TIME_FACTOR, { error: 'De deeltijdfactor is minimaal 0,5' })
    .max(MAX_PART_TIME_FACTOR, { error: 'De deeltijdfactor is maximaal 1' }),
  pauses: z.array(pauseSchema).max(20),
  roles: rolesSchema,
  members: z.array(uidSchema),
  names: z.record(z.string(), z.string().max(200)),
  status: z.enum(TRAJECT_STATUSES),
  updatedAt: z.unknown().optional(),
  updatedBy: z.string().optional(),
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
  names?: Record<string, string>;
}
