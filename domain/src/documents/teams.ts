// teams/{teamId} (docs/data-model.md "Teams"): the mbo teachers of one team and their leidinggevende(n),
// maintained by the secretariat or the admin of the institute. A team exists for the team overview of
// learner reports only (docs/rules.md "Learner reports"): membership never opens an individual report.
// The one contract both sides parse with: the functions (firebase-admin) and the web app (firebase/firestore).
import { z } from 'zod';
import { hasForbiddenNameCharacter } from '../policies/text';
import { timestampLikeSchema } from './timestamp';

export const TEAMS_COLLECTION = 'teams';
export const teamPath = (teamId: string) => `${TEAMS_COLLECTION}/${teamId}`;

/** Bounds the rules check too (firestore.rules `teamValid`). */
export const TEAM_LIMITS = { nameMax: 100, teachersMax: 60, leidinggevendenMax: 3 } as const;

const uid = z.string().min(1).max(128);
const uniqueUids = (max: number) =>
  z
    .array(uid)
    .max(max)
    .refine((l) => new Set(l).size === l.length, 'Iemand staat er twee keer in.');

export const teamSchema = z
  .object({
    instituteId: z.string().min(1),
    name: z
      .string()
      .trim()
      .min(1, 'Geef het team een naam.')
      .max(TEAM_LIMITS.nameMax, `De naam is te lang (maximaal ${TEAM_LIMITS.nameMax} tekens).`)
      .refine((s) => !hasForbiddenNameCharacter(s), 'De naam bevat een teken dat niet in een naam hoort.'),
    teacherUids: uniqueUids(TEAM_LIMITS.teachersMax),
    leidinggevendeUids: uniqueUids(TEAM_LIMITS.leidinggevendenMax),
    /** Display names of the people above, for lists (as a traject's `names`). */
    names: z.record(z.string(), z.string().max(200)),
    updatedAt: timestampLikeSchema.nullable().optional(),
    updatedBy: z.string().optional(),
  })
  .strict()
  .refine((t) => !t.teacherUids.some((u) => t.leidinggevendeUids.includes(u)), {
    message: 'Een leidinggevende is niet ook docent in hetzelfde team.',
    path: ['leidinggevendeUids'],
  });
export type TeamDoc = z.infer<typeof teamSchema>;
export type Team = TeamDoc & { teamId: string };

/** Parses a team document; throws with the id and zod's message when it does not fit. */
export function parseTeam(teamId: string, data: unknown): Team {
  const parsed = teamSchema.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid team ${teamId}: ${parsed.error.message}`);
  return { ...parsed.data, teamId };
}
