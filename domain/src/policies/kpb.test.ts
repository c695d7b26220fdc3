import { describe, expect, it } from 'vitest';
import { kpbPace } from '../schedule/kpbPace';
import {
  completedKpbCount,
  KPB_MAX_OPEN,
  kpbBehindEvents,
  kpbDueDate,
  kpbPaceOfTraject,
  mayStartKpb,
  nextKpbSequence,
  openKpbCount,
  type KpbTraject,
} from './kpb';

const traject: KpbTraject = {
  programme: 'huisarts_jaar1',
  status: 'actief',
  instituteId: 'inst-a',
  roles: { aios: ['aios1'], opleider: ['opl1'], groepsdocent: ['gd1'] },
};
const aios = { uid: 'aios1', institute: 'inst-a' };
const none = { open: 0, startedToday: 0 };

describe('starting a KPB (mayStartKpb)', () => {
  it('the aios of an active huisarts traject with an opleider may start one', () => {
    expect(mayStartKpb(aios, traject, none)).toEqual({ ok: true });
  });

  it('nobody else: not the opleider, not another aios, not a link session, not another institute', () => {
    for (const actor of [
      { uid: 'opl1', institute: 'inst-a' },
      { uid: 'aios2', institute: 'inst-a' },
      { uid: 'aios1', institute: 'inst-b' },
      { uid: 'aios1', institute: 'inst-a', linkPart: 'tH__kpb-3/opleider' },
    ]) {
      const d = mayStartKpb(actor, traject, none);
      expect(d.ok).toBe(false);
      expect(d.ok === false && d.notYours).toBe(true);
    }
  });

  it(`refuses a ${KPB_MAX_OPEN + 1}th open KPB and a fourth start on one day, in Dutch`, () => {
    expect(mayStartKpb(aios, traject, { open: KPB_MAX_OPEN, startedToday: 0 })).toEqual({
      ok: false,
      reason:
        "Je hebt al 3 KPB's openstaan (maximaal 3). Rond die eerst af met je opleider voordat je een nieuwe start.",
    });
    expect(mayStartKpb(aios, traject, { open: 2, startedToday: 2 }).ok).toBe(true);
    expect(mayStartKpb(aios, traject, { open: 0, startedToday: 3 })).toMatchObject({
      ok: false,
      reason: "Je hebt vandaag al 3 KPB's gestart. Start de volgende morgen.",
    });
  });

  it('not outside the huisartsopleiding, not on a stopped traject, not without an opleider', () => {
    expect(mayStartKpb(aios, { ...traject, programme: 'pdg', roles: { aios: ['aios1'] } }, none).ok).toBe(
      false,
    );
    expect(mayStartKpb(aios, { ...traject, status: 'gestopt' }, none)).toMatchObject({ ok: false });
    expect(mayStartKpb(aios, { ...traject, roles: { aios: ['aios1'] } }, none)).toMatchObject({
      ok: false,
      reason: 'Er is nog geen opleider aan je traject gekoppeld. Vraag het secretariaat om dat te regelen.',
    });
  });
});

describe('KPB numbering, counts and pace', () => {
  const forms = [
    { formType: 'kpb' as const, occurrenceKey: 'kpb-1', status: 'completed' as const },
    { formType: 'kpb' as const, occurrenceKey: 'kpb-7', status: 'open' as const },
    { formType: 'kpb' as const, occurrenceKey: 'kpb-3', status: 'completed' as const },
    { formType: 'combel' as const, occurrenceKey: 'combel-m3', status: 'completed' as const },
  ];

  it('numbers the next one past the highest, counts open and completed KPBs only', () => {
    expect(nextKpbSequence(forms)).toBe(8);
    expect(nextKpbSequence([])).toBe(1);
    expect(openKpbCount(forms)).toBe(1);
    expect(completedKpbCount(forms)).toBe(2);
  });

  it('is due a week after the Amsterdam day it starts', () => {
    // 23:30 UTC on 31 March is 1 April in Amsterdam.
    expect(kpbDueDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-08');
  });

  it('shows the pace from completed KPBs, as the issue words it; none for other programmes', () => {
    const t = { programme: 'huisarts_jaar1' as const, startDate: '2025-09-01' };
    const pace = kpbPaceOfTraject(t, forms, new Date('2026-03-01T12:00:00Z'));
    expect(pace?.label).toBe('2 van 40 (verwacht 19), achter op schema');
    expect(kpbPaceOfTraject({ ...t, programme: 'pdg' }, forms, new Date())).toBeNull();
  });
});

describe('falling behind in the weekly digest (kpbBehindEvents)', () => {
  const t = {
    trajectId: 'tH',
    traineeName: 'Anna de Vries',
    roles: { aios: ['aios1'], opleider: ['opl1', 'opl2'] },
  };
  const start = { startDate: '2025-09-01' };
  const asOf = new Date('2026-03-02T06:00:00Z');

  it('one event per person per week for the aios and each opleider, only when behind', () => {
    const behind = kpbBehindEvents(t, kpbPace(start, 10, asOf), '2026-03-02');
    expect(behind.map((e) => [e.uid, e.item.eventId])).toEqual([
      ['aios1', 'kpb-achter_tH_2026-03-02_aios1'],
      ['opl1', 'kpb-achter_tH_2026-03-02_opl1'],
      ['opl2', 'kpb-achter_tH_2026-03-02_opl2'],
    ]);
    expect(behind[1]!.item).toMatchObject({
      kind: 'kpb_achter',
      title: 'KPB/KVB van Anna de Vries loopt achter op schema',
      lines: [
        'KPB/KVB: 10 van 40 (verwacht 19), achter op schema',
        expect.stringMatching(/^Nodig om 40 te halen/),
      ],
    });
    expect(kpbBehindEvents(t, kpbPace(start, 18, asOf), '2026-03-02')).toEqual([]);
  });
});
