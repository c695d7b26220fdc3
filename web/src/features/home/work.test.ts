import { describe, expect, it } from 'vitest';
import type { FormEnvelope } from '../forms/model';
import { daysBetweenIso, daysLate, endOfDayAmsterdam, toIsoDate } from '@praktijkvolg/domain';
import { bucketOf, myWork, withoutRefused } from './work';

const now = new Date('2026-03-10T12:00:00Z');
const day = 86_400_000;
const form = (
  id: string,
  opens: number,
  due: number,
  parts: FormEnvelope['parts'],
  extra: Partial<FormEnvelope> = {},
): FormEnvelope => ({
  formId: id,
  instituteId: 'i',
  trajectId: 't',
  programme: 'huisarts_jaar1',
  formType: 'combel',
  occurrenceKey: id,
  title: id,
  opensAt: new Date(now.getTime() + opens * day),
  dueAt: new Date(now.getTime() + due * day),
  remindFrom: new Date(now.getTime() + opens * day),
  closesAt: null,
  nextReminderAt: null,
  status: 'open',
  parts,
  raterUids: [],
  readerUids: [],
  staffVisible: true,
  revealed: false,
  ...extra,
});

describe('my work', () => {
  const forms = [
    form('late', -30, -2, {
      aios: { role: 'aios', raterUids: ['me'], status: 'draft' },
      opleider: { role: 'opleider', raterUids: ['o'], status: 'open' },
    }),
    form('now', -5, 5, { aios: { role: 'aios', raterUids: ['me'], status: 'open' } }),
    form('soon', 10, 30, { aios: { role: 'aios', raterUids: ['me'], status: 'open' } }),
    form('far', 200, 230, { aios: { role: 'aios', raterUids: ['me'], status: 'open' } }),
    form('done', -40, -10, {
      aios: {
        role: 'aios',
        raterUids: ['me'],
        status: 'submitted',
        submittedAt: new Date(now.getTime() - 12 * day),
      },
    }),
    form(
      'expired',
      -90,
      -60,
      { aios: { role: 'aios', raterUids: ['me'], status: 'open' } },
      { status: 'vervallen' },
    ),
    form(
      'decision',
      -5,
      3,
      { hoofd_opleiding: { role: 'hoofd_opleiding', raterUids: [], status: 'open' } },
      { formType: 'voortgangsbeslissing' },
    ),
  ];

  it('sorts my parts into overdue, now, coming (6 weeks ahead) and done; skips lapsed forms and others’ parts', () => {
    const w = myWork(forms, 'me', [], now);
    expect(w.overdue.map((x) => x.form.formId)).toEqual(['late']);
    expect(w.now.map((x) => x.form.formId)).toEqual(['now']);
    expect(w.coming.map((x) => x.form.formId)).toEqual(['soon']);
    expect(w.done.map((x) => x.form.formId)).toEqual(['done']);
  });

  it('gives staff parts without raters to holders of that staff role', () => {
    expect(myWork(forms, 'h', ['hoofd_opleiding'], now).now.map((x) => x.form.formId)).toEqual(['decision']);
    expect(myWork(forms, 'h', ['secretariaat'], now).now).toEqual([]);
  });

  it('a closed window is no longer work', () => {
    expect(
      bucketOf(form('c', -50, -20, {}, { closesAt: new Date(now.getTime() - day) }), 'open', now),
    ).toBeUndefined();
  });
});

describe('work the domain refuses', () => {
  it('is not on the list of a werkplekbegeleider the server wrongly listed as assessor', () => {
    const f = form(
      'beoordeling',
      -5,
      10,
      { assessor: { role: 'assessor', raterUids: ['wpb'], status: 'open' } },
      { formType: 'beoordeling_summatief' },
    );
    const work = myWork([f], 'wpb', [], now);
    expect(work.now).toHaveLength(1);
    const trajecten = new Map([['t', { roles: { deelnemer: ['d'], werkplekbegeleider: ['wpb'] } }]]);
    expect(withoutRefused(work, { uid: 'wpb' }, trajecten).now).toEqual([]);
    expect(withoutRefused(work, { uid: 'wpb' }, new Map()).now).toHaveLength(1);
  });
});

describe('days late on the home list and in the reminder mail', () => {
  // The reminder mail's count: due day → job day in Amsterdam calendar days (functions/src/reminders/plan.ts).
  const mailDays = (dueAt: Date, at: Date) => daysBetweenIso(toIsoDate(dueAt), toIsoDate(at));

  it('agree on the same item at the same instant (was 129 on the home list, 130 in the mail)', () => {
    const dueAt = endOfDayAmsterdam('2025-12-01');
    const jobRun = new Date('2026-04-10T05:00:00Z'); // 07:00 CEST, when the reminder job runs
    expect(mailDays(dueAt, jobRun)).toBe(130);
    expect(daysLate(dueAt, jobRun)).toBe(mailDays(dueAt, jobRun));
  });

  it('an overdue item on the home list is never "0 dagen te laat" (00:01 after a 23:59:59 deadline)', () => {
    const f = form(
      'late',
      -30,
      0,
      { aios: { role: 'aios', raterUids: ['me'], status: 'open' } },
      {
        dueAt: endOfDayAmsterdam('2026-03-09'),
      },
    );
    const at0001 = new Date('2026-03-09T23:01:00Z'); // 10 March 00:01 CET
    expect(bucketOf(f, 'open', at0001)).toBe('overdue');
    expect(daysLate(f.dueAt, at0001)).toBe(1);
    expect(daysLate(f.dueAt, at0001)).toBe(mailDays(f.dueAt, at0001));
  });
});
