// Importing a cohort (docs/data-model.md, "Importing a cohort"): the secretariat's CSV of new trajecten is read
// (cohortFile.ts), every row checked against what is stored (validateCohort, with the people and trajecten
// the caller looked up), and a valid row becomes a traject with the same fields the traject editor writes
// (cohortTraject). Every problem of a row is reported in Dutch with its column; a row with a problem is
// refused whole. The same checks as everywhere: the traject schema, the role assignment policy (roles,
// cardinalities, conflicts, never oneself: roleAssignment.ts), names without hidden characters (text.ts).
import { z } from 'zod';
import { formatDate } from '../dates';
import { isoDateSchema } from '../forms/schema';
import { PROGRAMME_IDS, PROGRAMMES, TRAJECT_ROLES, type ProgrammeId, type TrajectRole } from '../programmes';
import { membersOf, unionRoleHistory, type RoleAssignments } from '../traject';
import {
  readDate,
  readEmail,
  readPartTimeFactor,
  readProgramme,
  ROLE_SEATS,
  seatLabel,
  type CellResult,
} from './cohortColumns';
import type { CohortKey, CohortRow } from './cohortFile';
import type { Actor } from './common';
import { validateRoleChange } from './roleAssignment';
import { cleanName, cleanText, NAME_MAX } from './text';

const WORKPLACE_MAX = 200;

export const COHORT_ROW_STATUSES = ['geldig', 'geimporteerd', 'al_geimporteerd', 'geweigerd'] as const;

export const cohortProblemSchema = z.object({
  /** The column (as in the header: `startdatum`, `opleider2_email`), or null for the row as a whole. */
  column: z.string().nullable(),
  message: z.string(),
});
export type CohortProblem = z.infer<typeof cohortProblemSchema>;

export const cohortPersonSchema = z.object({
  role: z.enum(TRAJECT_ROLES),
  name: z.string(),
  email: z.string(),
  /** Not in Praktijkvolg yet: the import adds them (an account without password, a people document). */
  isNew: z.boolean(),
});
export type CohortPerson = z.infer<typeof cohortPersonSchema>;

/** What the preview shows of one row. `status` geweigerd ⇔ `problems` is not empty. */
export const cohortRowResultSchema = z.object({
  /** The row number in the spreadsheet (the header is row 1). */
  row: z.number().int().min(2),
  status: z.enum(COHORT_ROW_STATUSES),
  trajectId: z.string().nullable(),
  traineeName: z.string().nullable(),
  traineeEmail: z.string().nullable(),
  programme: z.enum(PROGRAMME_IDS).nullable(),
  startDate: isoDateSchema.nullable(),
  /** Everyone in the traject, the trainee first (valid rows only). */
  people: z.array(cohortPersonSchema),
  problems: z.array(cohortProblemSchema),
});
export type CohortRowResult = z.infer<typeof cohortRowResultSchema>;

/** A person the caller found by address. */
export interface KnownPerson {
  uid: string;
  instituteId: string;
  displayName: string;
}

export interface CohortContext {
  instituteId: string;
  /** The caller: nobody gives themselves a role (validateRoleChange). */
  actor: Actor;
  actorEmail: string | null;
  /** People of any institute with an address of the file, by lower-case address. */
  people: ReadonlyMap<string, KnownPerson>;
  /** Active trajecten of the institute of the file's known trainees. */
  activeTrajecten: readonly {
    trajectId: string;
    programme: ProgrammeId;
    traineeUid: string;
    startDate: string;
  }[];
  /** Which of the rows' deterministic trajectIds exist already (a retried import). */
  existingTrajectIds: ReadonlySet<string>;
  trajectIdOf(key: CohortKey): string;
}

/** A valid row, ready to be written once its new people have uids. Roles hold addresses. */
export interface CohortDraft {
  row: number;
  trajectId: string;
  programme: ProgrammeId;
  traineeName: string;
  workplace: string;
  startDate: string;
  partTimeFactor: number;
  roles: Partial<Record<TrajectRole, string[]>>;
  /** Everyone in the traject by address: their display name, and uid when they exist already. */
  people: Record<string, { name: string; uid: string | null }>;
}

export interface CohortCheck {
  result: CohortRowResult;
  draft: CohortDraft | null;
}

const traineeLabel = (p: ProgrammeId) => (PROGRAMMES[p].traineeRole === 'aios' ? 'aios' : 'deelnemer');

/** Checks every row; the result keeps the file's order. */
export function validateCohort(rows: readonly CohortRow[], ctx: CohortContext): CohortCheck[] {
  const rowsOfTrainee = new Map<string, number[]>();
  for (const r of rows) {
    const e = readEmail(r.cells.email ?? '');
    if (e.ok) rowsOfTrainee.set(e.value, [...(rowsOfTrainee.get(e.value) ?? []), r.row]);
  }
  return rows.map((r) => checkRow(r, ctx, rowsOfTrainee));
}

function checkRow(
  r: CohortRow,
  ctx: CohortContext,
  rowsOfTrainee: ReadonlyMap<string, number[]>,
): CohortCheck {
  const problems: CohortProblem[] = [];
  const cell = (c: string) => r.cells[c] ?? '';
  const take = <T>(column: string | null, res: CellResult<T>): T | null => {
    if (res.ok) return res.value;
    problems.push({ column, message: res.message });
    return null;
  };
  if (r.extraCells > 0) {
    problems.push({
      column: null,
      message: 'Deze rij heeft meer cellen dan de kopregel kolommen heeft. Verwijder de extra cellen.',
    });
  }
  const traineeName = take('naam', cleanName(cell('naam'), NAME_MAX, 'De naam'));
  const traineeEmail = take('email', readEmail(cell('email')));
  const programme = take('opleiding', readProgramme(cell('opleiding')));
  const startDate = take('startdatum', readDate(cell('startdatum')));
  const workplace = take(
    'werkplek',
    cleanText(cell('werkplek'), WORKPLACE_MAX, { multiline: false, what: 'De werkplek' }),
  );
  const partTimeFactor = take('deeltijdfactor', readPartTimeFactor(cell('deeltijdfactor')));
  const trajectId =
    programme && traineeEmail && startDate ? ctx.trajectIdOf({ programme, traineeEmail, startDate }) : null;
  const base = { row: r.row, trajectId, traineeName, traineeEmail, programme, startDate };
  if (trajectId && ctx.existingTrajectIds.has(trajectId)) {
    return { result: { ...base, status: 'al_geimporteerd', people: [], problems: [] }, draft: null };
  }

  // Who is who: the trainee and every filled seat, by address (cells: for the columns of role problems).
  const people: Record<string, { name: string; uid: string | null }> = {};
  const cells: { column: string; role: TrajectRole; email: string }[] = [];
  const person = (email: string, emailColumn: string, nameColumn: string, typedName: string | null) => {
    const known = ctx.people.get(email);
    if (known && known.instituteId !== ctx.instituteId) {
      problems.push({ column: emailColumn, message: `${email} hoort al bij een andere opleiding.` });
    } else if (known) {
      people[email] = { name: known.displayName, uid: known.uid };
    } else if (typedName !== null) {
      people[email] ??= { name: typedName, uid: null };
    } else if (nameColumn !== 'naam') {
      const name = cleanName(cell(nameColumn), NAME_MAX, 'De naam');
      if (name.ok) people[email] ??= { name: name.value, uid: null };
      else if (cell(nameColumn).trim() === '') {
        problems.push({
          column: nameColumn,
          message: `${email} is nog niet bekend in Praktijkvolg. Vul ${nameColumn} in om deze persoon toe te voegen.`,
        });
      } else problems.push({ column: nameColumn, message: name.message });
    }
  };
  const roles: Partial<Record<TrajectRole, string[]>> = {};
  if (traineeEmail && programme) {
    const role = PROGRAMMES[programme].traineeRole;
    roles[role] = [traineeEmail];
    cells.push({ column: 'email', role, email: traineeEmail });
    person(traineeEmail, 'email', 'naam', traineeName);
  }
  for (const seat of ROLE_SEATS) {
    const raw = cell(seat.email);
    if (raw.trim() === '') {
      if (cell(seat.name).trim() !== '') {
        problems.push({ column: seat.email, message: `Vul ${seat.email} in, of laat ${seat.name} leeg.` });
      }
      continue;
    }
    const email = take(seat.email, readEmail(raw, `Het e-mailadres van ${seatLabel(seat).toLowerCase()}`));
    if (!email) continue;
    roles[seat.role] = [...(roles[seat.role] ?? []), email];
    cells.push({ column: seat.email, role: seat.role, email });
    person(email, seat.email, seat.name, null);
  }

  if (traineeEmail && programme) {
    const others = (rowsOfTrainee.get(traineeEmail) ?? []).filter((n) => n !== r.row);
    if (others.length > 0) {
      problems.push({
        column: 'email',
        message: `Deze ${traineeLabel(programme)} (${traineeEmail}) staat meer dan eens in het bestand: ook in rij ${others.join(', ')}. Laat één rij over.`,
      });
    }
    const uid = people[traineeEmail]?.uid;
    const active = uid
      ? ctx.activeTrajecten.find(
          (t) => t.programme === programme && t.traineeUid === uid && t.trajectId !== trajectId,
        )
      : undefined;
    if (active) {
      problems.push({
        column: 'email',
        message: `${people[traineeEmail]!.name} heeft al een actief traject in ${PROGRAMMES[programme].label} (gestart ${formatDate(active.startDate)}). Pas dat traject aan, of zet het op afgerond of gestopt.`,
      });
    }
    problems.push(...roleProblems(programme, roles, people, cells, ctx));
  }

  if (problems.length > 0 || !programme || !traineeName || !traineeEmail || !startDate || !trajectId) {
    return { result: { ...base, trajectId: null, status: 'geweigerd', people: [], problems }, draft: null };
  }
  const result: CohortRowResult = {
    ...base,
    status: 'geldig',
    people: cells.map((c) => ({
      role: c.role,
      email: c.email,
      name: people[c.email]!.name,
      isNew: people[c.email]!.uid === null,
    })),
    problems: [],
  };
  const draft: CohortDraft = {
    row: r.row,
    trajectId,
    programme,
    traineeName,
    workplace: workplace ?? '',
    startDate,
    partTimeFactor: partTimeFactor ?? 1,
    roles,
    people,
  };
  return { result, draft };
}

/** The role assignment policy on addresses; the caller's own addresses stand for the caller's uid. */
function roleProblems(
  programme: ProgrammeId,
  roles: Partial<Record<TrajectRole, string[]>>,
  people: Record<string, { name: string; uid: string | null }>,
  cells: readonly { column: string; role: TrajectRole; email: string }[],
  ctx: CohortContext,
): CohortProblem[] {
  const isCaller = (email: string) =>
    email === ctx.actorEmail || (people[email]?.uid ?? null) === ctx.actor.uid;
  const key = (email: string) => (isCaller(email) ? ctx.actor.uid : email);
  const keyed: RoleAssignments = Object.fromEntries(
    Object.entries(roles).map(([role, emails]) => [role, (emails ?? []).map(key)]),
  );
  const names = Object.fromEntries(Object.entries(people).map(([email, p]) => [key(email), p.name]));
  const check = validateRoleChange(ctx.actor, programme, {}, keyed, names);
  if (check.ok) return [];
  return check.violations.map((v) => {
    // The column of the role the problem is about: the second role of a conflict (the one to change), the
    // cell of the person it names, else the role's first column.
    const role = v.roles?.[v.roles.length - 1];
    const at =
      cells.find((c) => c.role === role && (v.uid === undefined || key(c.email) === v.uid)) ??
      cells.find((c) => c.role === role);
    const column = at?.column ?? (role ? (ROLE_SEATS.find((s) => s.role === role)?.email ?? null) : null);
    return { column, message: v.message };
  });
}

/**
 * The traject document of a valid row (what the traject editor writes, docs/data-model.md `trajecten`), once
 * every person has a uid. `roleHistory` starts as the roles (nextRoleHistory of a new traject).
 */
export function cohortTraject(draft: CohortDraft, uidOf: (email: string) => string, instituteId: string) {
  const roles: RoleAssignments = Object.fromEntries(
    Object.entries(draft.roles).map(([role, emails]) => [role, (emails ?? []).map(uidOf)]),
  );
  const members = membersOf(roles);
  const names = Object.fromEntries(Object.entries(draft.people).map(([email, p]) => [uidOf(email), p.name]));
  return {
    instituteId,
    programme: draft.programme,
    traineeName: draft.traineeName,
    workplace: draft.workplace,
    startDate: draft.startDate,
    partTimeFactor: draft.partTimeFactor,
    pauses: [],
    roles,
    roleHistory: unionRoleHistory(roles),
    members,
    names,
    status: 'actief' as const,
  };
}
