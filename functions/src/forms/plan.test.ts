import {
  computeSchedule,
  type FormInstanceSpec,
  type RoleAssignments,
  formEnvelopeSchema,
  partDocSchema,
  type FormEnvelope,
  type PartDoc,
} from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import {
  envelopeStatus,
  isEmptyPlan,
  planRetiredForm,
  planScheduledForm,
  sameValue,
  type FormState,
  type TrajectContext,
} from './plan.js';
import { isWeekendDate, nextReminderFor, startOfNextDay } from './timing.js';

const roles: RoleAssignments = { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] };
const ctx: TrajectContext = { instituteId: 'lumc', traineeName: 'Sanne Visser', roles };
const schedule = computeSchedule({
  trajectId: 't1',
  programme: 'huisarts_jaar1',
  startDate: '2025-09-01',
  roles,
});
const spec = (key: string): FormInstanceSpec => schedule.find((s) => s.occurrenceKey === key)!;
const before = new Date('2025-09-02T10:00:00Z');

/** The stored state after applying a plan to an empty database (what Firestore would hold). */
function applied(plan: ReturnType<typeof planScheduledForm>): FormState & { envelope: FormEnvelope } {
  const envelope = formEnvelopeSchema.parse(plan.createEnvelope);
  const parts = new Map(Object.entries(plan.createParts).map(([id, doc]) => [id, partDocSchema.parse(doc)]));
  return { envelope, parts };
}

describe('planScheduledForm', () => {
  it('creates the envelope and one part per rater role, open, with the window copied', () => {
    const plan = planScheduledForm(spec('combel-m3'), { envelope: null, parts: new Map() }, ctx, before);
    const { envelope, parts } = applied(plan);
    expect(envelope).toMatchObject({
      instituteId: 'lumc',
      trajectId: 't1',
      formType: 'combel',
      title: 'ComBel maand 3',
      traineeName: 'Sanne Visser',
      status: 'open',
      raterUids: ['a1', 'g1', 'o1'],
      staffVisible: true,
      revealed: false,
      origin: 'schedule',
    });
    expect(Object.keys(envelope.parts).sort()).toEqual(['aios', 'groepsdocent', 'opleider']);
    expect(envelope.nextReminderAt!.toDate()).toEqual(spec('combel-m3').remindFrom);
    expect(parts.get('opleider')).toMatchObject({
      status: 'open',
      answers: {},
      version: 1,
      revealed: false,
      raterUids: ['o1'],
    });
    expect(parts.get('opleider')!.opensAt.toDate()).toEqual(spec('combel-m3').opensAt);
  });

  it('plans nothing the second time (idempotent)', () => {
    const state = applied(
      planScheduledForm(spec('combel-m3'), { envelope: null, parts: new Map() }, ctx, before),
    );
    expect(isEmptyPlan(planScheduledForm(spec('combel-m3'), state, ctx, before))).toBe(true);
    expect(
      isEmptyPlan(planScheduledForm(spec('combel-m3'), state, ctx, new Date('2025-12-01T10:00:00Z'))),
    ).toBe(true);
  });

  it('the private LEOh is readable by the aios and its opleider only, not by staff', () => {
    const { envelope } = applied(
      planScheduledForm(spec('leoh-private-m3-o1'), { envelope: null, parts: new Map() }, ctx, before),
    );
    expect(envelope.readerUids).toEqual(['a1', 'o1']);
    expect(envelope.staffVisible).toBe(false);
    expect(envelope.subjectUid).toBe('o1');
  });

  it('on a role change updates raters of open parts but never a submitted part', () => {
    const state = applied(
      planScheduledForm(spec('combel-m3'), { envelope: null, parts: new Map() }, ctx, before),
    );
    const submitted: PartDoc = {
      ...state.parts.get('aios')!,
      status: 'submitted',
      submittedAt: Timestamp.fromDate(before),
      answers: { x: 1 },
    };
    const envelope: FormEnvelope = {
      ...state.envelope!,
      parts: {
        ...state.envelope!.parts,
        aios: {
          role: 'aios',
          raterUids: ['a1'],
          status: 'submitted',
          submittedAt: Timestamp.fromDate(before),
        },
      },
    };
    const parts = new Map(state.parts).set('aios', submitted);
    const newRoles: RoleAssignments = { aios: ['a2'], opleider: ['o2'], groepsdocent: ['g1'] };
    const moved = computeSchedule({
      trajectId: 't1',
      programme: 'huisarts_jaar1',
      startDate: '2025-09-01',
      roles: newRoles,
    }).find((s) => s.occurrenceKey === 'combel-m3')!;
    const plan = planScheduledForm(moved, { envelope, parts }, { ...ctx, roles: newRoles }, before);
    expect(plan.updateParts).toEqual({ opleider: { raterUids: ['o2'] } });
    expect(plan.updateEnvelope!['parts.opleider']).toEqual({
      role: 'opleider',
      raterUids: ['o2'],
      status: 'open',
    });
    expect(plan.updateEnvelope!['parts.aios']).toBeUndefined();
    expect(plan.updateEnvelope!.raterUids).toEqual(['a1', 'g1', 'o2']);
  });

  it('keeps raters invited through a single-use link (ext_…) on a role change', () => {
    const state = applied(
      planScheduledForm(spec('combel-m3'), { envelope: null, parts: new Map() }, ctx, before),
    );
    const parts = new Map(state.parts).set('opleider', {
      ...state.parts.get('opleider')!,
      raterUids: ['o1', 'ext_abc'],
    });
    const envelope: FormEnvelope = {
      ...state.envelope,
      parts: {
        ...state.envelope.parts,
        opleider: { role: 'opleider', raterUids: ['o1', 'ext_abc'], status: 'open' },
      },
    };
    const same = planScheduledForm(spec('combel-m3'), { envelope, parts }, ctx, before);
    expect(same.updateParts).toEqual({});
    expect(same.updateEnvelope!['parts.opleider']).toBeUndefined();
    expect(same.updateEnvelope!.raterUids).toEqual(['a1', 'ext_abc', 'g1', 'o1']);
    const newRoles: RoleAssignments = { ...roles, opleider: ['o2'] };
    const moved = computeSchedule({
      trajectId: 't1',
      programme: 'huisarts_jaar1',
      startDate: '2025-09-01',
      roles: newRoles,
    }).find((s) => s.occurrenceKey === 'combel-m3')!;
    const plan = planScheduledForm(moved, { envelope, parts }, { ...ctx, roles: newRoles }, before);
    expect(plan.updateParts.opleider).toEqual({ raterUids: ['o2', 'ext_abc'] });
  });

  it('a pause moves the window and the first reminder later', () => {
    const state = applied(
      planScheduledForm(spec('combel-m3'), { envelope: null, parts: new Map() }, ctx, before),
    );
    const paused = computeSchedule({
      trajectId: 't1',
      programme: 'huisarts_jaar1',
      startDate: '2025-09-01',
      roles,
      pauses: [{ from: '2025-10-01', to: '2025-10-14' }],
    }).find((s) => s.occurrenceKey === 'combel-m3')!;
    const plan = planScheduledForm(paused, state, ctx, before);
    expect((plan.updateEnvelope!.dueAt as Timestamp).toDate()).toEqual(paused.dueAt);
    expect((plan.updateEnvelope!.nextReminderAt as Timestamp).toDate()).toEqual(paused.remindFrom);
    expect(Object.keys(plan.updateParts).sort()).toEqual(['aios', 'groepsdocent', 'opleider']);
  });

  it('keeps the reminder job’s own nextReminderAt (tomorrow) when recomputing within the window', () => {
    const inWindow = new Date('2025-11-28T10:00:00Z');
    const state = applied(
      planScheduledForm(spec('combel-m3'), { envelope: null, parts: new Map() }, ctx, before),
    );
    const tomorrow = Timestamp.fromDate(startOfNextDay(inWindow));
    const plan = planScheduledForm(
      spec('combel-m3'),
      { ...state, envelope: { ...state.envelope!, nextReminderAt: tomorrow } },
      ctx,
      inWindow,
    );
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it('an open form past its closing date is vervallen without reminders; completed when all parts are in', () => {
    const late = new Date('2026-02-01T10:00:00Z');
    const { envelope } = applied(
      planScheduledForm(spec('combel-m3'), { envelope: null, parts: new Map() }, ctx, late),
    );
    expect(envelope.status).toBe('vervallen');
    expect(envelope.nextReminderAt).toBeNull();
    const p = { role: 'aios' as const, raterUids: ['a1'], status: 'submitted' as const };
    expect(envelopeStatus('open', { aios: p, opleider: p }, null, late)).toBe('completed');
    expect(envelopeStatus('ingediend', { aios: { ...p, status: 'open' } }, null, late)).toBe('ingediend');
  });
});

describe('planRetiredForm', () => {
  it('marks an unsubmitted scheduled form vervallen and stops reminders; leaves a form with submissions', () => {
    const state = applied(
      planScheduledForm(spec('leoh-private-m3-o1'), { envelope: null, parts: new Map() }, ctx, before),
    );
    expect(planRetiredForm('t1__leoh-private-m3-o1', state).updateEnvelope).toEqual({
      status: 'vervallen',
      nextReminderAt: null,
    });
    const submitted = new Map(state.parts).set('aios', {
      ...state.parts.get('aios')!,
      status: 'submitted' as const,
    });
    expect(planRetiredForm('t1__leoh-private-m3-o1', { ...state, parts: submitted }).updateEnvelope).toEqual({
      nextReminderAt: null,
    });
    const adHoc = { ...state, envelope: { ...state.envelope!, origin: undefined } };
    expect(isEmptyPlan(planRetiredForm('x', adHoc))).toBe(true);
  });
});

describe('timing', () => {
  it('nextReminderFor: window start in the future, job value kept, null when closed', () => {
    const now = new Date('2025-11-20T08:00:00Z');
    const later = new Date('2025-11-25T23:00:00Z');
    expect(nextReminderFor({ open: true, remindFrom: later, existing: null, now })).toEqual(later);
    const past = new Date('2025-11-10T23:00:00Z');
    expect(nextReminderFor({ open: true, remindFrom: past, existing: null, now })).toEqual(past);
    expect(nextReminderFor({ open: true, remindFrom: past, existing: startOfNextDay(now), now })).toEqual(
      startOfNextDay(now),
    );
    expect(
      nextReminderFor({ open: true, remindFrom: past, existing: new Date('2026-01-01T00:00:00Z'), now }),
    ).toEqual(past);
    expect(nextReminderFor({ open: false, remindFrom: past, existing: null, now })).toBeNull();
  });
  it('startOfNextDay is Amsterdam midnight; isWeekendDate by calendar day', () => {
    expect(startOfNextDay(new Date('2025-11-20T23:30:00Z')).toISOString()).toBe('2025-11-21T23:00:00.000Z');
    expect(startOfNextDay(new Date('2025-07-01T10:00:00Z')).toISOString()).toBe('2025-07-01T22:00:00.000Z');
    expect([isWeekendDate('2025-11-22'), isWeekendDate('2025-11-23'), isWeekendDate('2025-11-24')]).toEqual([
      true,
      true,
      false,
    ]);
  });
  it('sameValue compares Timestamps by instant and ignores undefined keys', () => {
    expect(sameValue(Timestamp.fromMillis(5), Timestamp.fromMillis(5))).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
  });
});
