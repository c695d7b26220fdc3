/**
 * Duties counted (docs/rules.md, "Diensten"): the opleider's submitted voortgangsrapportages diensten carry
 * the number of duties so far this training year and, in year 3, how many of them were supervised at a
 * distance. Progress is what the latest submitted report says, against at least 20 a year and, in year 3
 * after the bekwaamheidsverklaring, 5 to 8 at a distance (seed 002). Shown on the traject, on the home of
 * its members and in the dossier.
 */
import { DIENSTEN_PER_JAAR, OP_AFSTAND } from '../forms/diensten';
import type { ProgrammeId } from '../programmes';

/** One submitted diensten report: when it was submitted and its answers (as stored). */
export interface DienstenRapportage {
  submittedAt: Date;
  answers: Record<string, unknown>;
}

export interface OpAfstandVoortgang {
  aantal: number;
  min: number;
  max: number;
  /** A submitted report declared the aios competent for supervision at a distance. */
  bekwaam: boolean;
  status: 'niet_bekwaam' | 'bezig' | 'gehaald' | 'boven_maximum';
  label: string;
}

export interface DienstenVoortgang {
  /** Duties so far by the latest report; null before any report. */
  aantal: number | null;
  target: number;
  status: 'geen_rapportage' | 'onder_minimum' | 'gehaald';
  /** The day of the report the counts come from. */
  rapportageVan: Date | null;
  label: string;
  /** Year 3 only. */
  opAfstand: OpAfstandVoortgang | null;
}

/** A stored count: a number (form version 2) or the digits an older version stored as text. */
export function storedCount(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,3}$/.test(value.trim())) return Number(value.trim());
  return null;
}

function opAfstandVoortgang(
  reports: readonly DienstenRapportage[],
  latest: DienstenRapportage | null,
): OpAfstandVoortgang {
  const { min, max } = OP_AFSTAND;
  const bekwaam = reports.some((r) => r.answers.bekwaamheidsverklaring === true);
  const aantal = (latest && storedCount(latest.answers.aantalOpAfstand)) ?? 0;
  const status = !bekwaam
    ? 'niet_bekwaam'
    : aantal > max
      ? 'boven_maximum'
      : aantal >= min
        ? 'gehaald'
        : 'bezig';
  const label = {
    niet_bekwaam: 'Op afstand: nog geen bekwaamheidsverklaring voor supervisie op afstand',
    bezig: `Op afstand: ${aantal} van ${min}–${max}`,
    gehaald: `Op afstand: ${aantal} van ${min}–${max}, gehaald`,
    boven_maximum: `Op afstand: ${aantal}, meer dan het maximum van ${max}`,
  }[status];
  return { aantal, min, max, bekwaam, status, label };
}

/** Progress of the duties of one traject from its submitted diensten reports (any order). */
export function dienstenVoortgang(
  programme: ProgrammeId,
  reports: readonly DienstenRapportage[],
): DienstenVoortgang | null {
  if (programme !== 'huisarts_jaar1' && programme !== 'huisarts_jaar3') return null;
  const counted = reports
    .filter((r) => storedCount(r.answers.aantalDiensten) !== null)
    .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
  const latest = counted[0] ?? null;
  const aantal = latest ? storedCount(latest.answers.aantalDiensten) : null;
  const target = DIENSTEN_PER_JAAR;
  const status = aantal === null ? 'geen_rapportage' : aantal >= target ? 'gehaald' : 'onder_minimum';
  const label =
    aantal === null
      ? `Diensten: nog geen rapportage (minimaal ${target} per jaar)`
      : `Diensten: ${aantal} van minimaal ${target}${status === 'gehaald' ? ', gehaald' : ''}`;
  return {
    aantal,
    target,
    status,
    rapportageVan: latest?.submittedAt ?? null,
    label,
    opAfstand: programme === 'huisarts_jaar3' ? opAfstandVoortgang(reports, latest) : null,
  };
}
