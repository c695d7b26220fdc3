// Huisartsopleiding jaar 1 and jaar 3 (seed 002), months counted from the start date:
// ComBel m3/m6/m9 (groepsdocent part only m3/m9) · voortgangsadvies jaar 1 m6/m9, jaar 3 m3/m8 ·
// voortgangsbeslissing after the last advice · LEOh per opleider: m3 private, m9–10 dossier ·
// diensten jaar 1 m6/m9, jaar 3 m6 · voortgangsgesprekken jaar 1 m4/m6/m9, jaar 3 m3/m6/m8/m12.
import { addDaysIso } from '../dates';
import { voortgangsadviesTitle } from '../policies/voortgangsbeslissing';
import type { TrajectRole } from '../programmes';
import type { ScheduleTraject } from '../traject';
import type { Clock } from './clock';
import { has, part, type Occurrence } from './occurrence';

const MONTHS_JAAR1 = {
  combel: [3, 6, 9],
  combelDocent: [3, 9],
  advies: [6, 9],
  diensten: [6, 9],
};
const MONTHS_JAAR3 = {
  combel: [3, 6, 9],
  combelDocent: [3, 9],
  advies: [3, 8],
  diensten: [6],
};

interface MeetingRule {
  month: number;
  recorder: TrajectRole;
  /** If the recorder role has no holder, this role records instead. */
  fallback?: TrajectRole;
  attendees: TrajectRole[];
  note: string;
}

/** Seed 002 table "voortgangsgesprekken". */
export const VOORTGANGSGESPREKKEN: Record<'huisarts_jaar1' | 'huisarts_jaar3', MeetingRule[]> = {
  huisarts_jaar1: [
    {
      month: 4,
      recorder: 'groepsdocent',
      attendees: ['groepsdocent', 'aios', 'opleider'],
      note: 'Op de opleidingspraktijk',
    },
    {
      month: 6,
      recorder: 'groepsdocent',
      attendees: ['groepsdocent', 'aios'],
      note: 'Tweede voortgangsgesprek',
    },
    {
      month: 9,
      recorder: 'groepsdocent',
      attendees: ['groepsdocent', 'aios', 'opleider'],
      note: 'Go / no-go / go op voorwaarden',
    },
  ],
  huisarts_jaar3: [
    {
      month: 3,
      recorder: 'tutor',
      fallback: 'groepsdocent',
      attendees: ['tutor', 'aios', 'opleider'],
      note: 'Voorlopig voortgangsadvies derde jaar',
    },
    { month: 6, recorder: 'opleider', attendees: ['aios', 'opleider'], note: 'Gesprek aios en opleider' },
    {
      month: 8,
      recorder: 'tutor',
      fallback: 'groepsdocent',
      attendees: ['tutor', 'aios', 'opleider'],
      note: 'Voortgangsadvies en voortgangsbeslissing derde jaar',
    },
    {
      month: 12,
      recorder: 'groepsdocent',
      attendees: ['groepsdocent', 'aios'],
      note: 'Individueel opleidingsplan en terugblik op de opleidingspraktijk',
    },
  ],
};

export function huisarts(t: ScheduleTraject, clock: Clock, jaar: 1 | 3): Occurrence[] {
  const r = t.roles;
  const m = jaar === 1 ? MONTHS_JAAR1 : MONTHS_JAAR3;
  const out: Occurrence[] = [];

  for (const month of m.combel) {
    const parts = [part(r, 'aios'), part(r, 'opleider')];
    if (m.combelDocent.includes(month)) parts.push(part(r, 'groepsdocent'));
    out.push({
      formType: 'combel',
      occurrenceKey: `combel-m${month}`,
      title: `ComBel maand ${month}`,
      month,
      dueDate: clock.month(month),
      parts,
    });
  }

  for (const month of m.advies) {
    out.push({
      formType: 'voortgangsadvies',
      occurrenceKey: `voortgangsadvies-m${month}`,
      title: voortgangsadviesTitle(t.programme, month),
      month,
      dueDate: clock.month(month),
      parts: [part(r, 'opleider')],
    });
  }
  const lastAdvies = Math.max(...m.advies);
  const lastAdviesDue = clock.month(lastAdvies);
  out.push({
    formType: 'voortgangsbeslissing',
    occurrenceKey: 'voortgangsbeslissing',
    title: `Voortgangsbeslissing jaar ${jaar}`,
    dueDate: addDaysIso(lastAdviesDue, 28),
    opensDate: lastAdviesDue,
    parts: [{ partId: 'hoofd_opleiding', role: 'hoofd_opleiding', raterUids: [] }],
  });

  const opleiders = r.opleider ?? [];
  const duo = opleiders.length > 1;
  for (const [i, o] of opleiders.entries()) {
    const suffix = duo ? ` – ${t.names?.[o] ?? `opleider ${i + 1}`}` : '';
    out.push({
      formType: 'leoh',
      occurrenceKey: `leoh-private-m3-${o}`,
      title: `LEOh maand 3 (eigen gebruik)${suffix}`,
      month: 3,
      dueDate: clock.month(3),
      leohKind: 'private',
      subjectUid: o,
      parts: [part(r, 'aios')],
    });
    // "na negen/tien maanden": the window opens at month 9, the deadline is month 10.
    out.push({
      formType: 'leoh',
      occurrenceKey: `leoh-dossier-m9-${o}`,
      title: `LEOh maand 9–10 (dossier)${suffix}`,
      month: 10,
      opensDate: clock.month(9),
      dueDate: clock.month(10),
      leohKind: 'dossier',
      subjectUid: o,
      parts: [part(r, 'aios')],
    });
  }

  for (const month of m.diensten) {
    out.push({
      formType: 'diensten',
      occurrenceKey: `diensten-m${month}`,
      title: `Voortgangsrapportage diensten maand ${month}`,
      month,
      dueDate: clock.month(month),
      parts: [part(r, 'opleider')],
    });
  }

  for (const g of VOORTGANGSGESPREKKEN[jaar === 1 ? 'huisarts_jaar1' : 'huisarts_jaar3']) {
    const recorder = !has(r, g.recorder) && g.fallback ? g.fallback : g.recorder;
    out.push({
      formType: 'voortgangsgesprek',
      occurrenceKey: `voortgangsgesprek-m${g.month}`,
      title: `Voortgangsgesprek maand ${g.month}`,
      month: g.month,
      dueDate: clock.month(g.month),
      parts: [part(r, recorder)],
      meeting: { attendees: g.attendees, note: g.note },
    });
  }
  return out;
}
