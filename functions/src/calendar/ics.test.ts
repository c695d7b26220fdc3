import { calendarEntries, type CalendarForm } from '@praktijkvolg/domain';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formPartUrl, formUrl } from '../appLinks.js';
import { secretFromRequest } from './feed.js';
import { feedHash } from './feedDoc.js';
import { renderCalendar } from './ics.js';

const base = 'https://praktijkvolg.example.nl';
const now = new Date('2026-11-20T10:00:00Z');

const combel: CalendarForm = {
  formId: 't1__combel-m3',
  formType: 'combel',
  title: 'ComBel maand 3',
  traineeName: 'Anna de Vries',
  status: 'open',
  opensAt: new Date('2026-11-01T00:00:00Z'),
  dueAt: new Date('2026-12-01T22:59:59Z'),
  closesAt: null,
  parts: { aios: { role: 'aios', raterUids: ['anna'], status: 'open' } },
  readerUids: ['anna'],
  updatedAt: new Date('2026-11-19T08:00:00Z'),
};
const gesprek: CalendarForm = {
  ...combel,
  formId: 't1__voortgangsgesprek-m4',
  formType: 'voortgangsgesprek',
  title: 'Voortgangsgesprek maand 4',
  // 00:30 on 2 January in Amsterdam is still 1 January in UTC: the day must be Amsterdam's.
  dueAt: new Date('2027-01-01T23:30:00Z'),
  parts: { groepsdocent: { role: 'groepsdocent', raterUids: ['gerda'], status: 'open' } },
  readerUids: ['anna', 'gerda'],
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const render = (forms: CalendarForm[]) =>
  renderCalendar(
    calendarEntries({
      forms,
      uid: 'anna',
      now,
      link: (f, p) => (p === null ? formUrl(base, f) : formPartUrl(base, f, p)),
    }),
    now,
  );

describe('renderCalendar', () => {
  it('parses with ical.js: named calendar, refresh hints, one all-day event per entry', () => {
    const ics = render([combel, gesprek]);
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Praktijkvolg – deadlines');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT1H');
    expect(ics).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT1H\r$/m);
    expect(events.map((e) => e.uid)).toEqual([
      't1__combel-m3/aios@praktijkvolg',
      't1__voortgangsgesprek-m4@praktijkvolg',
    ]);

    const [deadline, meeting] = events;
    expect(deadline!.summary).toBe('ComBel maand 3 – zelfbeoordeling aios (Anna de Vries)');
    expect(deadline!.startDate.isDate).toBe(true);
    expect(deadline!.startDate.toString()).toBe('2026-12-01');
    expect(deadline!.endDate.toString()).toBe('2026-12-02');
    expect(deadline!.description).toContain(`${base}/formulieren/t1__combel-m3/aios`);
    expect(deadline!.component.getFirstPropertyValue('url')).toBe(`${base}/formulieren/t1__combel-m3/aios`);
    expect(deadline!.sequence).toBeGreaterThan(0);
    expect(String(deadline!.component.getFirstPropertyValue('last-modified'))).toBe('2026-11-19T08:00:00Z');
    expect(deadline!.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(meeting!.startDate.toString()).toBe('2027-01-02');
    expect(meeting!.summary).toBe('Voortgangsgesprek maand 4 (Anna de Vries)');
  });

  it('an empty feed is still a valid calendar', () => {
    const { calendar, events } = parse(render([]));
    expect(calendar.name).toBe('vcalendar');
    expect(events).toEqual([]);
  });

  it('escapes what a name could smuggle into the file (commas, semicolons, new lines)', () => {
    const { events } = parse(render([{ ...combel, traineeName: 'Anna; de Vries,\nBEGIN:VEVENT' }]));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('ComBel maand 3 – zelfbeoordeling aios (Anna; de Vries,\nBEGIN:VEVENT)');
  });
});

describe('the secret of a feed request', () => {
  const secret = 'A'.repeat(20) + '_-' + 'b'.repeat(21);
  it('is the last path segment before .ics, or ?token=', () => {
    expect(secretFromRequest(`/agenda/${secret}.ics`, {})).toBe(secret);
    expect(secretFromRequest(`/${secret}.ics`, {})).toBe(secret);
    expect(secretFromRequest('/', { token: secret })).toBe(secret);
    expect(secretFromRequest('/agenda/', {})).toBeNull();
  });

  it('only a 43-character base64url string is looked up at all', () => {
    expect(feedHash(secret)).toMatch(/^[0-9a-f]{64}$/);
    for (const bad of ['', 'x'.repeat(42), 'x'.repeat(44), `${'x'.repeat(42)}/`, `${'x'.repeat(42)}=`]) {
      expect(feedHash(bad)).toBeNull();
    }
  });
});
