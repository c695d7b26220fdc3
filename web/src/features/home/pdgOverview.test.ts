import { describe, expect, it } from 'vitest';
import type { FormEnvelope } from '../forms/model';
import type { TrajectDoc } from '../trajecten/model';
import { pdgOverviews } from './pdgOverview';
import { myWork } from './work';

const now = new Date('2026-07-10T12:00:00Z');
const d = (iso: string) => new Date(iso);
type Parts = FormEnvelope['parts'];
const form = (
  occurrenceKey: string,
  formType: FormEnvelope['formType'],
  parts: Parts,
  extra: Partial<FormEnvelope> = {},
): FormEnvelope => ({
  formId: `p1__${occurrenceKey}`,
  instituteId: 'hr',
  trajectId: 'p1',
  programme: 'pdg',
  formType,
  occurrenceKey,
  title: occurrenceKey,
  opensAt: d('2025-09-01T00:00:00Z'),
  dueAt: d('2026-09-01T21:59:59Z'),
  remindFrom: d('2026-07-06T22:00:00Z'),
  closesAt: null,
  nextReminderAt: null,
  status: 'open',
  parts,
  raterUids: [],
  readerUids: ['lotte'],
  staffVisible: true,
  revealed: false,
  ...extra,
});
const wpb = (status: 'open' | 'submitted', at?: string) => ({
  werkplekbegeleider: {
    role: 'werkplekbegeleider' as const,
    raterUids: ['kees'],
    status,
    ...(at && { submittedAt: d(at) }),
  },
});
const traject = {
  trajectId: 'p1',
  programme: 'pdg',
  traineeName: 'Lotte',
  roles: { deelnemer: ['lotte'], werkplekbegeleider: ['kees'] },
} as unknown as TrajectDoc;

describe('the deelnemer’s PDG overview', () => {
  const forms = [
    form('observatie-2', 'observatie', wpb('open'), { dueAt: d('2026-03-01T22:59:59Z') }),
    form('observatie-1', 'observatie', wpb('submitted', '2025-11-20T10:00:00Z'), {
      dueAt: d('2025-12-01T22:59:59Z'),
    }),
    form('ontwikkelingsmeter-tussentijds', 'ontwikkelingsmeter', wpb('submitted', '2026-03-02T10:00:00Z')),
    form('overeenkomst-wpb', 'overeenkomst_wpb', {
      ...wpb('submitted', '2025-09-10T10:00:00Z'),
      deelnemer: { role: 'deelnemer', raterUids: ['lotte'], status: 'open' },
    }),
    form('aanvraag-summatief-1', 'aanvraag_summatief', {
      deelnemer: { role: 'deelnemer', raterUids: ['lotte'], status: 'draft' },
      pdg_trainer: { role: 'pdg_trainer', raterUids: ['ruud'], status: 'open' },
    }),
    form('observatie-3', 'observatie', wpb('open'), { status: 'vervallen', trajectId: 'p1' }),
  ];

  it('lists her lesson visits with the werkplekbegeleider’s feedback, the meter and the agreement, each linked', () => {
    const [o] = pdgOverviews(forms, [traject], 'lotte', now);
    expect(o!.lesbezoeken.map((i) => [i.title, i.done, i.to])).toEqual([
      ['observatie-1', true, '/formulieren/p1__observatie-1'],
      ['observatie-2', false, '/formulieren/p1__observatie-2'],
    ]);
    expect(o!.ontwikkelingsmeters[0]!.submittedAt).toEqual(d('2026-03-02T10:00:00Z'));
    // her own open part of the agreement: the link opens it to fill
    expect(o!.overeenkomst!.to).toBe('/formulieren/p1__overeenkomst-wpb/deelnemer');
    expect(o!.overeenkomst!.done).toBe(false);
  });

  it('the request: a notice from eight weeks before the end, never late', () => {
    const [o] = pdgOverviews(forms, [traject], 'lotte', now);
    expect(o!.aanvragen[0]).toMatchObject({
      melding: true,
      decided: false,
      to: '/formulieren/p1__aanvraag-summatief-1/deelnemer',
    });
    const [early] = pdgOverviews(forms, [traject], 'lotte', d('2026-05-01T12:00:00Z'));
    expect(early!.aanvragen[0]!.melding).toBe(false);
    const work = myWork(forms, 'lotte', [], d('2026-10-01T12:00:00Z'));
    expect(work.overdue.map((w) => w.form.formType)).not.toContain('aanvraag_summatief');
    expect(work.now.map((w) => w.form.formType)).toContain('aanvraag_summatief');
  });

  it('nothing for someone who is not the deelnemer', () => {
    expect(pdgOverviews(forms, [traject], 'kees', now)).toEqual([]);
  });
});
