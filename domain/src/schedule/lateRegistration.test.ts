import { describe, expect, it } from 'vitest';
import { trajectSchema } from '../traject';
import { computeSchedule } from './computeSchedule';
import {
  defaultLateDueDate,
  lateDueDateError,
  lateFormsSchema,
  lateSpec,
  pastForms,
  startNeedsConfirmation,
} from './lateRegistration';
import { byKey, jaar1 } from './testing';

// jaar1(): huisartsopleiding jaar 1 from 1 September 2025; ComBel m3 due 1 Dec 2025 (closes 12 Jan 2026),
// m6 due 1 Mar 2026 (closes 12 Apr 2026), m9 due 1 Jun 2026.
const at = (iso: string) => new Date(iso);

describe('pastForms: the forms whose window had closed at registration', () => {
  it('lists ComBel month 3 and 6 when registered in May 2026, not month 9 nor forms that never close', () => {
    const past = pastForms(jaar1(), at('2026-05-01T10:00:00Z'));
    const keys = past.map((s) => s.occurrenceKey);
    expect(keys).toContain('combel-m3');
    expect(keys).toContain('combel-m6');
    expect(keys).not.toContain('combel-m9');
    expect(
      past.every((s) => s.closesAt !== null && s.closesAt.getTime() < at('2026-05-01T10:00:00Z').getTime()),
    ).toBe(true);
    // A form without a closing day (the voortgangsbeslissing) is never "past": it stays open anyway.
    expect(keys).not.toContain('voortgangsbeslissing');
  });

  it('is empty for a traject registered before its first window closes', () => {
    expect(pastForms(jaar1(), at('2025-08-20T10:00:00Z'))).toEqual([]);
  });

  it('a window closing at 23:59:59 Amsterdam is not past on that day', () => {
    const m3 = byKey(computeSchedule(jaar1()))['combel-m3']!;
    const justBefore = new Date(m3.closesAt!.getTime() - 1000);
    expect(pastForms(jaar1(), justBefore).map((s) => s.occurrenceKey)).not.toContain('combel-m3');
    const after = new Date(m3.closesAt!.getTime() + 1000);
    expect(pastForms(jaar1(), after).map((s) => s.occurrenceKey)).toContain('combel-m3');
  });
});

describe('choices', () => {
  const m3 = byKey(computeSchedule(jaar1()))['combel-m3']!;

  it('without a choice a late form never closes (open and overdue, not vervallen)', () => {
    const r = lateSpec(m3, undefined, true);
    expect(r.spec.closesAt).toBeNull();
    expect(r.spec.dueDate).toBe(m3.dueDate);
    expect(r.mark).toEqual({ lateRegistration: true });
  });

  it('a form that is not late keeps its window (lapsing while the traject runs is unchanged)', () => {
    const r = lateSpec(m3, undefined, false);
    expect(r.spec).toBe(m3);
    expect(r.mark).toBeNull();
  });

  it("'todo' moves the due date and the reminders, and never closes", () => {
    const r = lateSpec(m3, { decision: 'todo', dueDate: '2026-06-01' }, true);
    expect(r.spec.dueDate).toBe('2026-06-01');
    expect(r.spec.dueAt.toISOString()).toBe('2026-06-01T21:59:59.000Z');
    expect(r.spec.remindFrom.toISOString()).toBe('2026-05-24T22:00:00.000Z');
    expect(r.spec.opensAt).toEqual(m3.opensAt);
    expect(r.spec.closesAt).toBeNull();
    expect(r.mark).toEqual({ lateRegistration: true });
  });

  it("'nvt' records the reason", () => {
    const r = lateSpec(m3, { decision: 'nvt', reason: 'Gedaan bij vorige opleider' }, true);
    expect(r.mark).toEqual({
      lateRegistration: true,
      notApplicable: { reason: 'Gedaan bij vorige opleider' },
    });
  });

  it('default due date is 4 weeks from today (Amsterdam)', () => {
    expect(defaultLateDueDate(at('2026-05-01T23:30:00Z'))).toBe('2026-05-30'); // 2 May in Amsterdam
  });

  it('a new due date before today is refused in Dutch', () => {
    expect(lateDueDateError('2026-04-30', at('2026-05-01T10:00:00Z'))).toMatch(/vanaf vandaag/);
    expect(lateDueDateError('2026-05-01', at('2026-05-01T10:00:00Z'))).toBeNull();
  });
});

describe('start more than a year back asks for confirmation', () => {
  it('365 days back does not, 366 does', () => {
    expect(startNeedsConfirmation('2025-05-01', at('2026-05-01T10:00:00Z'))).toBe(false);
    expect(startNeedsConfirmation('2025-04-30', at('2026-05-01T10:00:00Z'))).toBe(true);
    expect(startNeedsConfirmation('2027-01-01', at('2026-05-01T10:00:00Z'))).toBe(false);
  });
});

describe('lateForms on the traject schema', () => {
  const base = {
    instituteId: 'i1',
    programme: 'huisarts_jaar1',
    traineeName: 'A. Aios',
    workplace: '',
    startDate: '2025-09-01',
    partTimeFactor: 1,
    pauses: [],
    roles: { aios: ['a1'] },
    members: ['a1'],
    names: {},
    status: 'actief',
  };

  it('accepts todo with a date and nvt with a reason', () => {
    const ok = trajectSchema.safeParse({
      ...base,
      lateForms: {
        'combel-m3': { decision: 'todo', dueDate: '2026-06-01' },
        'combel-m6': { decision: 'nvt', reason: 'Vrijstelling' },
      },
    });
    expect(ok.success).toBe(true);
  });

  it('refuses nvt without a reason, todo without a date, an unknown decision, a control character', () => {
    const bad = [
      { 'combel-m3': { decision: 'nvt', reason: '   ' } },
      { 'combel-m3': { decision: 'todo' } },
      { 'combel-m3': { decision: 'vervallen' } },
      { 'combel-m3': { decision: 'nvt', reason: 'ok\u202e' } },
      { 'combel-m3': { decision: 'todo', dueDate: '2026-06-01', reason: 'extra' } },
    ];
    for (const lateForms of bad) expect(trajectSchema.safeParse({ ...base, lateForms }).success).toBe(false);
    const missing = lateFormsSchema.safeParse({ 'combel-m3': { decision: 'nvt', reason: '' } });
    expect(missing.success ? '' : missing.error.issues[0]!.message).toMatch(/reden/);
  });
});
