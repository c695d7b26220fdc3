import { describe, expect, it } from 'vitest';
import type { ScheduleTraject } from '../traject';
import {
  besluitOf,
  hasDeadline,
  reminderKind,
  summatiefSequence,
  summatiefVervolg,
  vervolgSpec,
  type SummatiefFormRef,
} from './summatief';

const aanvraag = (n: number, status: SummatiefFormRef['status'] = 'completed') => ({
  formType: 'aanvraag_summatief' as const,
  occurrenceKey: `aanvraag-summatief-${n}`,
  status,
});
const beoordeling = (n: number, status: SummatiefFormRef['status'] = 'open') => ({
  formType: 'beoordeling_summatief' as const,
  occurrenceKey: `beoordeling-summatief-${n}`,
  status,
});

describe('summatief: what follows a go / no-go', () => {
  it('reads the decision and the sequence', () => {
    expect(besluitOf({ besluit: 'go' })).toBe('go');
    expect(besluitOf({ besluit: 'no_go' })).toBe('no_go');
    expect(besluitOf({ besluit: 'misschien' })).toBeNull();
    expect(besluitOf(undefined)).toBeNull();
    expect(summatiefSequence('aanvraag-summatief-2', 'aanvraag-summatief')).toBe(2);
    expect(summatiefSequence('aanvraag-summatief-x', 'aanvraag-summatief')).toBeNull();
  });

  it('a go creates the assessment with the same sequence', () => {
    const a = { ...aanvraag(1), besluit: 'go' as const };
    expect(summatiefVervolg(a, [a])).toEqual({ ok: true, formType: 'beoordeling_summatief', sequence: 1 });
  });

  it('attack: a second go (or a retried trigger) never creates a second assessment', () => {
    const a1 = { ...aanvraag(1), besluit: 'go' as const };
    expect(summatiefVervolg(a1, [a1, beoordeling(1)]).ok).toBe(false);
    // a go on a later request while an assessment exists, even a finished one
    const a2 = { ...aanvraag(2), besluit: 'go' as const };
    expect(summatiefVervolg(a2, [aanvraag(1), a2, beoordeling(1, 'completed')]).ok).toBe(false);
    // a vervallen assessment does not count
    expect(summatiefVervolg(a2, [aanvraag(1), a2, beoordeling(1, 'vervallen')])).toEqual({
      ok: true,
      formType: 'beoordeling_summatief',
      sequence: 2,
    });
  });

  it('a no-go creates exactly one next request', () => {
    const a1 = { ...aanvraag(1), besluit: 'no_go' as const };
    expect(summatiefVervolg(a1, [a1])).toEqual({ ok: true, formType: 'aanvraag_summatief', sequence: 2 });
    expect(summatiefVervolg(a1, [a1, aanvraag(2, 'open')]).ok).toBe(false);
  });

  it('nothing follows an undecided or open request', () => {
    expect(summatiefVervolg({ ...aanvraag(1, 'open'), besluit: 'go' }, []).ok).toBe(false);
    expect(summatiefVervolg({ ...aanvraag(1), besluit: null }, []).ok).toBe(false);
    expect(summatiefVervolg({ ...beoordeling(1), besluit: 'go' }, []).ok).toBe(false);
  });

  it('the assessment parts go to the assigned assessors, never to a (former) werkplekbegeleider', () => {
    const t: ScheduleTraject = {
      trajectId: 'p1',
      programme: 'pdg',
      startDate: '2025-09-01',
      roles: { deelnemer: ['d1'], werkplekbegeleider: ['w1'], assessor: ['as1'], tweede_assessor: ['w0'] },
      roleHistory: { werkplekbegeleider: ['w0', 'w1'] },
    };
    const spec = vervolgSpec(
      t,
      { formType: 'beoordeling_summatief', sequence: 1 },
      { endDate: '2026-09-01', decidedOn: '2026-04-01' },
    );
    expect(spec.formId).toBe('p1__beoordeling-summatief-1');
    expect(spec.parts.map((p) => [p.partId, p.raterUids])).toEqual([
      ['assessor', ['as1']],
      ['tweede_assessor', []],
    ]);
    expect(spec.dueDate).toBe('2026-05-13');
    const next = vervolgSpec(
      t,
      { formType: 'aanvraag_summatief', sequence: 2 },
      { endDate: '2026-09-01', decidedOn: '2026-04-01' },
    );
    expect(next.formId).toBe('p1__aanvraag-summatief-2');
    expect(next.dueDate).toBe('2026-09-01');
    expect(next.parts.map((p) => p.partId)).toEqual(['deelnemer', 'pdg_trainer']);
  });

  it('the request is never a reminder for the deelnemer; the trainer waits for the request', () => {
    expect(reminderKind('aanvraag_summatief', 'deelnemer', {})).toBe('melding');
    expect(reminderKind('aanvraag_summatief', 'pdg_trainer', { deelnemer: { status: 'draft' } })).toBe(
      'geen',
    );
    expect(reminderKind('aanvraag_summatief', 'pdg_trainer', { deelnemer: { status: 'submitted' } })).toBe(
      'herinnering',
    );
    expect(reminderKind('observatie', 'werkplekbegeleider', {})).toBe('herinnering');
    expect(hasDeadline('aanvraag_summatief', 'deelnemer')).toBe(false);
    expect(hasDeadline('aanvraag_summatief', 'pdg_trainer')).toBe(true);
  });
});

describe('the notice near the end of the programme', () => {
  const form = (status: 'open' | 'submitted') => ({
    formType: 'aanvraag_summatief' as const,
    remindFrom: new Date('2026-07-06T22:00:00Z'),
    status: 'open' as const,
    parts: { deelnemer: { status }, pdg_trainer: { status: 'open' as const } },
  });
  it('is due from remindFrom while the request is not in', async () => {
    const { aanvraagMeldingDue } = await import('./summatief');
    expect(aanvraagMeldingDue(form('open'), new Date('2026-07-01T10:00:00Z'))).toBe(false);
    expect(aanvraagMeldingDue(form('open'), new Date('2026-07-10T10:00:00Z'))).toBe(true);
    expect(aanvraagMeldingDue(form('submitted'), new Date('2026-07-10T10:00:00Z'))).toBe(false);
  });
});
