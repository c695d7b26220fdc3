// A cohort file (docs/data-model.md, "Importing a cohort"): its header, columns and size, its rows by column
// name, and what the caller must look up before the rows are checked (cohortImport.ts): the people with the
// file's addresses and the deterministic traject ids of its rows. Pure.
import { type ProgrammeId } from '../programmes';
import {
  COHORT_COLUMNS,
  normaliseHeader,
  readDate,
  readEmail,
  readProgramme,
  REQUIRED_COLUMNS,
  ROLE_SEATS,
} from './cohortColumns';
import { parseCsv } from './csv';

/** At most this many rows per import (one callable run: people, trajecten and their forms). */
export const COHORT_MAX_ROWS = 500;
/** At most this many characters of CSV text (500 full rows fit easily). */
export const COHORT_MAX_CHARS = 1_000_000;

export interface CohortRow {
  row: number;
  /** By column name; absent columns are ''. */
  cells: Record<string, string>;
  /** Non-empty cells beyond the header's columns. */
  extraCells: number;
}

export type CohortFile = { ok: true; rows: CohortRow[] } | { ok: false; problems: string[] };

/** Header, columns and size of the file; rows are checked one by one in validateCohort. */
export function readCohortFile(text: string): CohortFile {
  if (text.length > COHORT_MAX_CHARS) {
    return {
      ok: false,
      problems: [`Het bestand is te groot. Importeer hooguit ${COHORT_MAX_ROWS} rijen tegelijk.`],
    };
  }
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, problems: [csv.message] };
  const blank = (r: readonly string[]) => r.every((c) => c.trim() === '');
  const headerAt = csv.records.findIndex((r) => !blank(r));
  if (headerAt < 0)
    return { ok: false, problems: ['Het bestand is leeg. Begin met een kopregel met de kolomnamen.'] };
  const header = csv.records[headerAt]!.map(normaliseHeader);
  const problems: string[] = [];
  const unknown = header.filter((h) => h !== '' && !COHORT_COLUMNS.includes(h));
  for (const h of new Set(unknown)) {
    problems.push(`Onbekende kolom "${h}". Gebruik de kolomnamen van het voorbeeldbestand.`);
  }
  for (const h of new Set(header.filter((h, i) => h !== '' && header.indexOf(h) !== i))) {
    problems.push(`De kolom "${h}" staat meer dan eens in de kopregel.`);
  }
  for (const h of REQUIRED_COLUMNS)
    if (!header.includes(h)) problems.push(`De kolom "${h}" ontbreekt in de kopregel.`);
  const rows: CohortRow[] = [];
  csv.records.forEach((record, i) => {
    if (i <= headerAt || blank(record)) return;
    const cells: Record<string, string> = {};
    let extraCells = 0;
    record.forEach((value, c) => {
      const column = header[c];
      if (column) cells[column] = value;
      else if (value.trim() !== '') extraCells++;
    });
    rows.push({ row: i + 1, cells, extraCells });
  });
  if (rows.length === 0) problems.push('Er staan geen rijen onder de kopregel.');
  if (rows.length > COHORT_MAX_ROWS) {
    problems.push(
      `Het bestand heeft ${rows.length} rijen; importeer hooguit ${COHORT_MAX_ROWS} rijen tegelijk. Splits het bestand.`,
    );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** What makes a row's traject the same traject on a retry: its deterministic id is made from this. */
export interface CohortKey {
  programme: ProgrammeId;
  traineeEmail: string;
  startDate: string;
}

/** The key of a row whose programme, address and start date can be read (for the existence lookup). */
export function cohortKey(row: CohortRow): CohortKey | null {
  const programme = readProgramme(row.cells.opleiding ?? '');
  const email = readEmail(row.cells.email ?? '');
  const start = readDate(row.cells.startdatum ?? '');
  return programme.ok && email.ok && start.ok
    ? { programme: programme.value, traineeEmail: email.value, startDate: start.value }
    : null;
}

/**
 * Every address in the file that reads as one, to look the people up: in lower case, and as typed when that
 * differs (people documents from before addresses were stored in lower case keep their capitals).
 */
export function cohortEmails(rows: readonly CohortRow[]): string[] {
  const columns = ['email', ...ROLE_SEATS.map((s) => s.email)];
  const out = new Set<string>();
  for (const r of rows) {
    for (const c of columns) {
      const e = readEmail(r.cells[c] ?? '');
      if (e.ok) out.add(e.value).add(r.cells[c]!.trim());
    }
  }
  return [...out];
}
