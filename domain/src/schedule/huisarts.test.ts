import { describe, expect, it } from 'vitest';
import type { ScheduleTraject } from '../traject';
import { computeSchedule } from './index';
import { byKey, dues, jaar1 } from './testing';

describe('huisartsopleiding jaar 1 (seed 002), start 1 September 2025', () => {
  const s = computeSchedule(jaar1());
  const k = byKey(s);

  it('ComBel at month 3, 6 and 9; the groepsdocent part only at 3 and 9', () => {
    expect(dues(s, 'combel')).toEqual({
      'combel-m3': '2025-12-01',
      'combel-m6': '2026-03-01',
      'combel-m9': '2026-06-01',
    });
    expect(k['combel-m3']!.parts.map((p) => p.partId)).toEqual(['aios', 'opleider', 'groepsdocent']);
    expect(k['combel-m6']!.parts.map((p) => p.partId)).toEqual(['aios', 'opleider']);
    expect(k['combel-m9']!.parts.map((p) => p.partId)).toEqual(['aios', 'opleider', 'groepsdocent']);
    expect(k['combel-m3']!.parts[2]!.raterUids).toEqual(['g1', 'g2']);
    expect(k['combel-m3']!.title).toBe('ComBel maand 3');
  });

  it('voortgangsadvies at month 6 and 9, by the opleider', () => {
    expect(dues(s, 'voortgangsadvies')).toEqual({
      'voortgangsadvies-m6': '2026-03-01',
      'voortgangsadvies-m9': '2026-06-01',
    });
    expect(k['voortgangsadvies-m6']!.parts).toEqual([
      { partId: 'opleider', role: 'opleider', raterUids: ['o1'] },
    ]);
  });

  it('voortgangsbeslissing after the last advice, for the hoofd opleiding (no traject raters)', () => {
    const b = k['voortgangsbeslissing']!;
    expect(b.dueDate).toBe('2026-06-29'); // 1 June + 28 days
    expect(b.opensAt.toISOString()).toBe('2026-05-31T22:00:00.000Z'); // 1 June 00:00 CEST
    expect(b.parts).toEqual([{ partId: 'hoofd_opleiding', role: 'hoofd_opleiding', raterUids: [] }]);
    expect(b.closesAt).toBeNull();
  });

  it('LEOh: private at month 3, dossier window month 9 to 10', () => {
    const p = k['leoh-private-m3-o1']!;
    expect(p).toMatchObject({
      formType: 'leoh',
      leohKind: 'private',
      subjectUid: 'o1',
      dueDate: '2025-12-01',
    });
    expect(p.parts).toEqual([{ partId: 'aios', role: 'aios', raterUids: ['a1'] }]);
    const d = k['leoh-dossier-m9-o1']!;
    expect(d).toMatchObject({ leohKind: 'dossier', subjectUid: 'o1', dueDate: '2026-07-01' });
    expect(d.opensAt.toISOString()).toBe('2026-05-31T22:00:00.000Z'); // month 9 = 1 June
    expect(d.formId).toBe('t1__leoh-dossier-m9-o1');
  });

  it('diensten at month 6 and 9', () => {
    expect(dues(s, 'diensten')).toEqual({ 'diensten-m6': '2026-03-01', 'diensten-m9': '2026-06-01' });
  });

  it('voortgangsgesprekken at month 4 (at the practice), 6 and 9, recorded by the groepsdocenten', () => {
    expect(dues(s, 'voortgangsgesprek')).toEqual({
      'voortgangsgesprek-m4': '2026-01-01',
      'voortgangsgesprek-m6': '2026-03-01',
      'voortgangsgesprek-m9': '2026-06-01',
    });
    expect(k['voortgangsgesprek-m4']!.meeting).toEqual({
      attendees: ['groepsdocent', 'aios', 'opleider'],
      note: 'Op de opleidingspraktijk',
    });
    expect(k['voortgangsgesprek-m6']!.meeting!.attendees).toEqual(['groepsdocent', 'aios']);
    expect(k['voortgangsgesprek-m9']!.parts[0]).toEqual({
      partId: 'groepsdocent',
      role: 'groepsdocent',
      raterUids: ['g1', 'g2'],
    });
  });

  it('has exactly these 13 instances, no KPB deadlines, sorted by deadline', () => {
    expect(s).toHaveLength(13);
    expect(s.some((x) => x.formType === 'kpb')).toBe(false);
    const times = s.map((x) => x.dueAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(s.map((x) => x.formId)).size).toBe(13);
  });

  it('is deterministic: recomputing gives the same formIds and dates', () => {
    expect(computeSchedule(jaar1())).toEqual(s);
  });
});

describe('huisartsopleiding jaar 3 with duo-opleiders', () => {
  const t: ScheduleTraject = {
    trajectId: 't3',
    programme: 'huisarts_jaar3',
    startDate: '2025-09-01',
    roles: { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1'], tutor: ['tu1'] },
    names: { o1: 'Dr. Jansen', o2: 'Dr. de Vries' },
  };
  const s = computeSchedule(t);
  const k = byKey(s);

  it('voortgangsadvies at month 3 and 8; decision after month 8', () => {
    expect(dues(s, 'voortgangsadvies')).toEqual({
      'voortgangsadvies-m3': '2025-12-01',
      'voortgangsadvies-m8': '2026-05-01',
    });
    expect(k['voortgangsbeslissing']!.dueDate).toBe('2026-05-29');
    expect(k['voortgangsbeslissing']!.title).toBe('Voortgangsbeslissing jaar 3');
    // Seed 002: the advice after month 3 of jaar 3 is provisional, and its title says so wherever it is shown.
    expect(k['voortgangsadvies-m3']!.title).toBe('Voorlopig voortgangsadvies maand 3');
    expect(k['voortgangsadvies-m8']!.title).toBe('Voortgangsadvies maand 8');
  });

  it('diensten only at month 6', () => {
    expect(dues(s, 'diensten')).toEqual({ 'diensten-m6': '2026-03-01' });
  });

  it('both opleiders share the opleider part of ComBel and advice', () => {
    expect(k['combel-m6']!.parts[1]!.raterUids).toEqual(['o1', 'o2']);
    expect(k['voortgangsadvies-m3']!.parts[0]!.raterUids).toEqual(['o1', 'o2']);
  });

  it('one LEOh per opleider, private and dossier, with the opleider named in the title', () => {
    const leoh = s.filter((x) => x.formType === 'leoh');
    expect(leoh.map((x) => x.occurrenceKey).sort()).toEqual([
      'leoh-dossier-m9-o1',
      'leoh-dossier-m9-o2',
      'leoh-private-m3-o1',
      'leoh-private-m3-o2',
    ]);
    expect(k['leoh-private-m3-o2']!.subjectUid).toBe('o2');
    expect(k['leoh-private-m3-o2']!.title).toBe('LEOh maand 3 (eigen gebruik) – Dr. de Vries');
    expect(k['leoh-dossier-m9-o1']!.title).toBe('LEOh maand 9–10 (dossier) – Dr. Jansen');
  });

  it('voortgangsgesprekken: m3 tutor, m6 aios+opleider, m8 tutor, m12 docenten (IOP)', () => {
    expect(dues(s, 'voortgangsgesprek')).toEqual({
      'voortgangsgesprek-m3': '2025-12-01',
      'voortgangsgesprek-m6': '2026-03-01',
      'voortgangsgesprek-m8': '2026-05-01',
      'voortgangsgesprek-m12': '2026-09-01',
    });
    expect(k['voortgangsgesprek-m3']!.parts).toEqual([
      { partId: 'tutor', role: 'tutor', raterUids: ['tu1'] },
    ]);
    expect(k['voortgangsgesprek-m6']!.parts).toEqual([
      { partId: 'opleider', role: 'opleider', raterUids: ['o1', 'o2'] },
    ]);
    expect(k['voortgangsgesprek-m6']!.meeting!.attendees).toEqual(['aios', 'opleider']);
    expect(k['voortgangsgesprek-m12']!.parts[0]!.partId).toBe('groepsdocent');
    expect(s).toHaveLength(3 + 2 + 1 + 4 + 1 + 4);
  });

  it('without a tutor the groepsdocent records the tutor meetings', () => {
    const noTutor = byKey(
      computeSchedule({ ...t, roles: { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] } }),
    );
    expect(noTutor['voortgangsgesprek-m3']!.parts[0]).toEqual({
      partId: 'groepsdocent',
      role: 'groepsdocent',
      raterUids: ['g1'],
    });
  });
});
