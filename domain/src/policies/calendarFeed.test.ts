import { describe, expect, it } from 'vitest';
import { calendarEntries, calendarEventUid, calendarSequence, type CalendarForm } from './calendarFeed';

const now = new Date('2026-11-20T10:00:00Z');
const link = (formId: string, partId: string | null) =>
  partId
    ? `https://app.example/formulieren/${formId}/${partId}`
    : `https://app.example/formulieren/${formId}`;

function form(over: Partial<CalendarForm> & Pick<CalendarForm, 'formId'>): CalendarForm {
  return {
    formType: 'combel',
    title: 'ComBel maand 3',
    traineeName: 'Anna de Vries',
    status: 'open',
    opensAt: new Date('2026-11-01T00:00:00Z'),
    // 23:59:59 Amsterdam on 1 December: still 1 December there, 22:59:59 UTC.
    dueAt: new Date('2026-12-01T22:59:59Z'),
    closesAt: new Date('2027-01-15T22:59:59Z'),
    parts: {
      aios: { role: 'aios', raterUids: ['anna'], status: 'open' },
      opleider: { role: 'opleider', raterUids: ['pieter', 'marieke'], status: 'draft' },
    },
    readerUids: ['anna', 'pieter', 'marieke'],
    updatedAt: new Date('2026-11-19T08:00:00Z'),
    ...over,
  };
}

const entries = (forms: CalendarForm[], uid: string) => calendarEntries({ forms, uid, now, link });

describe('calendarEntries', () => {
  it('one all-day event per open part of the person, on the Amsterdam due day, with a Dutch summary', () => {
    const [event, ...rest] = entries([form({ formId: 't1__combel-m3' })], 'anna');
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      uid: 't1__combel-m3/aios@praktijkvolg',
      kind: 'deadline',
      date: '2026-12-01',
      summary: 'ComBel maand 3 – zelfbeoordeling aios (Anna de Vries)',
      url: 'https://app.example/formulieren/t1__combel-m3/aios',
    });
    expect(event!.description).toContain('https://app.example/formulieren/t1__combel-m3/aios');
    // The duo-opleiders share one part: each sees it; a draft is still open.
    expect(entries([form({ formId: 't1__combel-m3' })], 'marieke').map((e) => e.uid)).toEqual([
      't1__combel-m3/opleider@praktijkvolg',
    ]);
  });

  it('a submitted part, and a form that is completed, vervallen, ingediend or closed, give no event', () => {
    const submitted = form({
      formId: 'a',
      parts: { aios: { role: 'aios', raterUids: ['anna'], status: 'submitted' } },
    });
    const closed = form({ formId: 'e', closesAt: new Date('2026-11-19T22:59:59Z') });
    const others = (['completed', 'vervallen', 'ingediend'] as const).map((status, i) =>
      form({ formId: `s${i}`, status }),
    );
    expect(entries([submitted, closed, ...others], 'anna')).toEqual([]);
    expect(entries([form({ formId: 'f', closesAt: null })], 'anna')).toHaveLength(1);
  });

  it('nobody else’s parts, and a form the person only reads gives no deadline', () => {
    expect(entries([form({ formId: 't1__combel-m3' })], 'gerda')).toEqual([]);
    expect(entries([form({ formId: 't1__combel-m3' })], 'pieter').map((e) => e.partId)).toEqual(['opleider']);
  });

  it('a voortgangsgesprek: a meeting for its readers, the recorder’s own deadline instead of a second event', () => {
    const gesprek = form({
      formId: 't1__voortgangsgesprek-m4',
      formType: 'voortgangsgesprek',
      title: 'Voortgangsgesprek maand 4',
      parts: { groepsdocent: { role: 'groepsdocent', raterUids: ['gerda'], status: 'open' } },
      readerUids: ['anna', 'pieter', 'gerda'],
    });
    const [forAnna] = entries([gesprek], 'anna');
    expect(forAnna).toMatchObject({
      uid: 't1__voortgangsgesprek-m4@praktijkvolg',
      kind: 'meeting',
      summary: 'Voortgangsgesprek maand 4 (Anna de Vries)',
      url: 'https://app.example/formulieren/t1__voortgangsgesprek-m4',
    });
    expect(entries([gesprek], 'gerda').map((e) => [e.kind, e.summary])).toEqual([
      ['deadline', 'Voortgangsgesprek maand 4 – verslag groepsdocent (Anna de Vries)'],
    ]);
    expect(entries([gesprek], 'stranger')).toEqual([]);
    // Once the record is in, the meeting is over.
    expect(entries([{ ...gesprek, status: 'completed' }], 'anna')).toEqual([]);
  });

  it('a moved deadline keeps its UID and gets a new day and a higher sequence', () => {
    const before = entries([form({ formId: 't1__combel-m3' })], 'anna')[0]!;
    const moved = entries(
      [
        form({
          formId: 't1__combel-m3',
          dueAt: new Date('2027-01-04T22:59:59Z'),
          updatedAt: new Date('2026-11-20T09:00:00Z'),
        }),
      ],
      'anna',
    )[0]!;
    expect(moved.uid).toBe(before.uid);
    expect(moved.date).toBe('2027-01-04');
    expect(moved.sequence).toBeGreaterThan(before.sequence);
    expect(moved.lastModified.toISOString()).toBe('2026-11-20T09:00:00.000Z');
  });

  it('says when a part can be filled from if its window has not opened yet', () => {
    const later = form({ formId: 'x', opensAt: new Date('2026-12-01T23:00:00Z') });
    expect(entries([later], 'anna')[0]!.description).toContain('Invullen kan vanaf 2 december 2026.');
    expect(entries([form({ formId: 'y' })], 'anna')[0]!.description).not.toContain('Invullen kan vanaf');
  });

  it('no trainee name: no empty brackets', () => {
    expect(entries([form({ formId: 'z', traineeName: null })], 'anna')[0]!.summary).toBe(
      'ComBel maand 3 – zelfbeoordeling aios',
    );
  });

  it('sorted by day, one entry per form even when a form is passed twice', () => {
    const early = form({ formId: 'b', dueAt: new Date('2026-11-25T22:59:59Z') });
    const late = form({ formId: 'a', dueAt: new Date('2027-02-01T22:59:59Z') });
    expect(entries([late, early, late], 'anna').map((e) => e.formId)).toEqual(['b', 'a']);
  });
});

describe('calendarSequence and calendarEventUid', () => {
  it('grows with the update time and fits a signed 32-bit integer for decades', () => {
    expect(calendarSequence(new Date('2026-01-01T00:00:01Z'))).toBeGreaterThan(
      calendarSequence(new Date('2026-01-01T00:00:00Z')),
    );
    expect(calendarSequence(new Date('2090-01-01T00:00:00Z'))).toBeLessThan(2 ** 31);
    expect(calendarSequence(new Date('2000-01-01T00:00:00Z'))).toBe(0);
  });

  it('is per form part for deadlines and per form for meetings', () => {
    expect(calendarEventUid('t1__combel-m3', 'aios')).toBe('t1__combel-m3/aios@praktijkvolg');
    expect(calendarEventUid('t1__voortgangsgesprek-m4', null)).toBe('t1__voortgangsgesprek-m4@praktijkvolg');
  });
});
