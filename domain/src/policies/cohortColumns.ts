// The columns of a cohort file (docs/data-model.md, "Importing a cohort") and how one cell is read. The
// trainee's columns are fixed; the role columns follow from the programme definitions (programmes.ts): every
// role a programme has besides its trainee, numbered when a programme allows more than one holder
// (`opleider_email`, `opleider2_email`). A `_naam` column next to each address names a person who is not in
// Praktijkvolg yet. Pure.
import { z } from 'zod';
import { formatShortDate } from '../dates';
import { isIsoDate } from '../forms/schema';
import {
  PROGRAMME_IDS,
  PROGRAMMES,
  TRAJECT_ROLE_LABELS,
  TRAJECT_ROLES,
  type ProgrammeId,
  type TrajectRole,
} from '../programmes';
import { MAX_PART_TIME_FACTOR, MIN_PART_TIME_FACTOR } from '../traject';

export const TRAINEE_COLUMNS = [
  'naam',
  'email',
  'opleiding',
  'startdatum',
  'werkplek',
  'deeltijdfactor',
] as const;
export type TraineeColumn = (typeof TRAINEE_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly TraineeColumn[] = ['naam', 'email', 'opleiding', 'startdatum'];

/** One seat of a role: `opleider` seat 2 is read from `opleider2_email` and `opleider2_naam`. */
export interface RoleSeat {
  role: TrajectRole;
  seat: number;
  email: string;
  name: string;
}

const traineeRoles = new Set(PROGRAMME_IDS.map((p) => PROGRAMMES[p].traineeRole));
const seatPrefix = (role: TrajectRole, seat: number) => (seat === 1 ? role : `${role}${seat}`);

/** Every role seat any programme has, in TRAJECT_ROLES order; the trainee is read from the fixed columns. */
export const ROLE_SEATS: readonly RoleSeat[] = TRAJECT_ROLES.filter((r) => !traineeRoles.has(r)).flatMap(
  (role) => {
    const max = Math.max(
      0,
      ...PROGRAMME_IDS.map((p) => PROGRAMMES[p].roles.find((s) => s.role === role)?.max ?? 0),
    );
    return Array.from({ length: max }, (_, i) => ({
      role,
      seat: i + 1,
      email: `${seatPrefix(role, i + 1)}_email`,
      name: `${seatPrefix(role, i + 1)}_naam`,
    }));
  },
);

export const COHORT_COLUMNS: readonly string[] = [
  ...TRAINEE_COLUMNS,
  ...ROLE_SEATS.flatMap((s) => [s.email, s.name]),
];

/** The seats of one programme's roles (for its template and the help text). */
export function programmeSeats(programme: ProgrammeId): RoleSeat[] {
  const def = PROGRAMMES[programme];
  return ROLE_SEATS.filter((s) => (def.roles.find((r) => r.role === s.role)?.max ?? 0) >= s.seat);
}

/** "E-mail", "Opleider 2 e-mail" ... Dutch names of the columns, for the template's help and messages. */
export function seatLabel(seat: RoleSeat): string {
  const label = TRAJECT_ROLE_LABELS[seat.role].label;
  return seat.seat === 1 ? label : `${label} ${seat.seat}`;
}

/** A header cell as written in a spreadsheet ("E-mail", " Opleider 2 E-mail ") to our column name. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/(^|_)e_mail($|_)/g, '$1email$2')
    .replace(/([a-z])_(\d)(?=_|$)/g, '$1$2');
}

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** By id (`huisarts_jaar1`) or by its Dutch name (`Huisartsopleiding fase I (jaar 1)`), any case. */
export function readProgramme(cell: string): CellResult<ProgrammeId> {
  const text = cell.trim().toLowerCase();
  const found = PROGRAMME_IDS.find((p) => p === text || PROGRAMMES[p].label.toLowerCase() === text);
  if (found) return { ok: true, value: found };
  if (text === '') return { ok: false, message: 'Vul de opleiding in.' };
  return {
    ok: false,
    message: `Onbekende opleiding "${cell.trim()}". Kies een van: ${PROGRAMME_IDS.join(', ')}.`,
  };
}

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * A calendar date as a Dutch spreadsheet writes it (`1-9-2026`, `01-09-2026`, `01/09/2026`, `01.09.2026`) or
 * as ISO (`2026-09-01`), to 'YYYY-MM-DD'; a day that does not exist (31-02-2026) is refused.
 */
export function readDate(cell: string, what = 'De startdatum'): CellResult<string> {
  const text = cell.trim();
  if (text === '') return { ok: false, message: `Vul ${what.toLowerCase()} in.` };
  const dutch = DUTCH_DATE.exec(text);
  const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : text;
  if (isIsoDate(iso)) return { ok: true, value: iso };
  return {
    ok: false,
    message: `${what} "${text}" is geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld ${formatShortDate('2026-09-01')}.`,
  };
}

/** `1`, `0,8`, `0.8` or `80%`; empty is full time (1). */
export function readPartTimeFactor(cell: string): CellResult<number> {
  const text = cell.trim();
  if (text === '') return { ok: true, value: MAX_PART_TIME_FACTOR };
  const m = /^(\d+(?:[.,]\d+)?)\s*(%?)$/.exec(text);
  const value = m ? Number(m[1]!.replace(',', '.')) / (m[2] ? 100 : 1) : NaN;
  if (Number.isFinite(value) && value >= MIN_PART_TIME_FACTOR && value <= MAX_PART_TIME_FACTOR) {
    return { ok: true, value };
  }
  return {
    ok: false,
    message: `De deeltijdfactor "${text}" moet een getal tussen 0,5 en 1 zijn (bijvoorbeeld 0,8 of 80%).`,
  };
}

const emailSchema = z.email().max(254);

/** An address, trimmed and in lower case (as people documents store it). */
export function readEmail(cell: string, what = 'Het e-mailadres'): CellResult<string> {
  const value = cell.trim().toLowerCase();
  if (value === '') return { ok: false, message: `Vul ${what.toLowerCase()} in.` };
  if (!emailSchema.safeParse(value).success) {
    return { ok: false, message: `${what} "${cell.trim()}" is geen geldig e-mailadres.` };
  }
  return { ok: true, value };
}

/** A semicolon file (what Dutch Excel opens) with the programme's columns and one example row. */
export function cohortTemplate(programme: ProgrammeId): string {
  const seats = programmeSeats(programme);
  const header = [...TRAINEE_COLUMNS, ...seats.flatMap((s) => [s.email, s.name])];
  const example = (s: RoleSeat) => {
    const slug = seatPrefix(s.role, s.seat).replace(/_/g, '-');
    return [`${slug}@voorbeeld.example`, `Naam ${seatLabel(s).toLowerCase()} (alleen als nieuw)`];
  };
  const row = [
    'Voornaam Achternaam',
    `${PROGRAMMES[programme].traineeRole}@voorbeeld.example`,
    programme,
    formatShortDate('2026-09-01'),
    'Naam van de praktijk of school',
    '1',
    ...seats.flatMap(example),
  ];
  const cell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return '\uFEFF' + [header, row].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
