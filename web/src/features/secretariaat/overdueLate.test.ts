// Achterstanden and late registration (docs/data-model.md "trajecten.lateForms"): a late-registered form still to
// be done is listed from the day it is registered, also before its new due date; other forms only once overdue.
import { describe, expect, it } from 'vitest';
import type { FormEnvelope } from '../forms/model';
import { overdueRows } from './overdue';

const now = new Date('2026-05-01T10:00:00Z');
const day = 86_400_000;
const form = (over: Partial<FormEnvelope>): FormEnvelope => ({
  instituteId: 'i',
  programme: 'huisarts_jaar1',
  trajectId: 't1',
  formId: 't1__combel-m3',
  formType: 'combel',
  occurrenceKey: 'combel-m3',
  title: 'ComBel maand 3',
  opensAt: new Date(now.getTime() - 200 * day),
  remindFrom: new Date(now.getTime() - 200 * day),
  dueAt: new Date(now.getTime() + 28 * day),
  closesAt: null,
  nextReminderAt: null,
  status: 'open',
  parts: { aios: { role: 'aios', raterUids: ['a'], status: 'open' } },
  raterUids: ['a'],
  readerUids: ['a'],
  staffVisible: true,
  revealed: false,
  ...over,
});

describe('overdueRows with late registration', () => {
  it('lists a late form still to be done before its new due date, marked late', () => {
    const rows = overdueRows([form({ lateRegistration: true })], new Map(), now);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ late: true, daysLate: 0, formTitle: 'ComBel maand 3' });
  });

  it('does not list an ordinary form before its due date, nor a late form marked not applicable', () => {
    expect(overdueRows([form({})], new Map(), now)).toEqual([]);
    const nvt = form({
      lateRegistration: true,
      status: 'vervallen',
      notApplicable: { reason: 'Vrijstelling' },
    });
    expect(overdueRows([nvt], new Map(), now)).toEqual([]);
  });
});
