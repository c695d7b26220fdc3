import { describe, expect, it } from 'vitest';
import type { FormEnvelope } from '../forms/model';
import type { TrajectDoc } from '../trajecten/model';
import { toCsv } from './csv';
import { CSV_HEADER, csvRow, filterRows, overdueRows } from './overdue';

const now = new Date('2026-03-10T12:00:00Z');
const day = 86_400_000;
const base = {
  instituteId: 'i',
  programme: 'huisarts_jaar1' as const,
  opensAt: new Date(now.getTime() - 40 * day),
  remindFrom: new Date(now.getTime() - 40 * day),
  closesAt: null,
  nextReminderAt: null,
  raterUids: [],
  readerUids: [],
  staffVisible: true,
  revealed: false,
};
const forms: FormEnvelope[] = [
  {
    ...base,
    formId: 't1__combel-m3',
    trajectId: 't1',
    formType: 'combel',
    occurrenceKey: 'combel-m3',
    title: 'ComBel maand 3',
    dueAt: new Date(now.getTime() - 10 * day),
    status: 'open',
    parts: {
      aios: { role: 'aios', raterUids: ['a'], status: 'submitted' },
      opleider: { role: 'opleider', raterUids: ['o'], status: 'draft' },
      groepsdocent: { role: 'groepsdocent', raterUids: ['g'], status: 'open' },
    },
    // Amsterdam days: 2026-03-10 is today, so the opleider was reminded today, the groepsdocent yesterday.
    remindedOn: { opleider: '2026-03-10', groepsdocent: '2026-03-09' },
  },
  {
    ...base,
    formId: 't1__x',
    trajectId: 't1',
    formType: 'voortgangsadvies',
    occurrenceKey: 'x',
    title: 'Toekomst',
    dueAt: new Date(now.getTime() + 3 * day),
    status: 'open',
    parts: { opleider: { role: 'opleider', raterUids: ['o'], status: 'open' } },
  },
  {
    ...base,
    formId: 't1__y',
    trajectId: 't1',
    formType: 'voortgangsadvies',
    occurrenceKey: 'y',
    title: 'Vervallen',
    dueAt: new Date(now.getTime() - 90 * day),
    status: 'vervallen',
    parts: { opleider: { role: 'opleider', raterUids: ['o'], status: 'open' } },
  },
];
const trajecten = new Map([
  [
    't1',
    {
      trajectId: 't1',
      traineeName: 'Anna de Vries',
      names: { a: 'Anna', o: 'Pieter "P" Jansen', g: 'Gerda' },
    } as unknown as TrajectDoc,
  ],
]);

describe('overdue overview', () => {
  const rows = overdueRows(forms, trajecten, now);
  it('lists only parts past their deadline that are not submitted, on open forms', () => {
    expect(rows.map((r) => `${r.formId}/${r.partId}`)).toEqual([
      't1__combel-m3/opleider',
      't1__combel-m3/groepsdocent',
    ]);
    expect(rows[0]).toMatchObject({
      traineeName: 'Anna de Vries',
      raters: 'Pieter "P" Jansen',
      daysLate: 10,
      status: 'draft',
    });
  });
  it('says which parts were reminded today ("herinner nu" once per part per day)', () => {
    expect(rows.map((r) => [r.partId, r.remindedToday, r.hasRaters])).toEqual([
      ['opleider', true, true],
      ['groepsdocent', false, true],
    ]);
  });
  it('filters by days late, form type and text', () => {
    expect(filterRows(rows, { search: 'gerda', programme: '', formType: '', minDaysLate: 0 })).toHaveLength(
      1,
    );
    expect(filterRows(rows, { search: '', programme: '', formType: 'kpb', minDaysLate: 0 })).toHaveLength(0);
    expect(
      filterRows(rows, { search: '', programme: 'huisarts_jaar1', formType: '', minDaysLate: 11 }),
    ).toHaveLength(0);
  });
  it('exports semicolon CSV with a BOM and quotes escaped', () => {
    const csv = toCsv(CSV_HEADER, rows.map(csvRow));
    expect(csv.startsWith('\uFEFF"Aios/deelnemer";"Opleiding"')).toBe(true);
    expect(csv).toContain('"Pieter ""P"" Jansen"');
    expect(csv).toContain('"2026-02-28";"10"');
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});
