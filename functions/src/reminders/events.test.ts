// Events in the daily digest (docs/data-model.md, "Event mails"): a person with only events gets a digest, at the
// weekend events wait for Monday, and the mail says why and links to the route; HTML is escaped.
import type { DigestEventEntry } from '@praktijkvolg/domain';
import { describe, expect, it } from 'vitest';
import type { Person } from '../people/people.js';
import { renderDigest } from './digest.js';
import { planDigests } from './plan.js';

const people = new Map<string, Person>([
  [
    'a1',
    {
      uid: 'a1',
      instituteId: 'lumc',
      staffRoles: [],
      displayName: 'Sanne Visser',
      email: 'sanne@example.nl',
    },
  ],
]);
const event: DigestEventEntry = {
  eventId: 'comparison-ready_t1__combel-m3_r3_a1',
  kind: 'comparison_ready',
  title: 'ComBel maand 3 van <Sanne>: de vergelijking staat klaar',
  why: 'Je krijgt dit bericht omdat deze ronde over jou gaat.',
  path: '/formulieren/t1__combel-m3',
  lines: ['regel <één>'],
  link: 'https://praktijkvolg.example/formulieren/t1__combel-m3',
};
const events = new Map([['a1', [event]]]);

describe('events in the digest', () => {
  it('a person with only events gets one digest on a weekday; at the weekend it waits', () => {
    const weekday = planDigests({
      dueParts: [],
      people,
      weekend: false,
      appUrl: 'https://praktijkvolg.example',
      events,
    });
    expect(weekday.digests).toHaveLength(1);
    expect(weekday.digests[0]).toMatchObject({ items: [], escalations: [], events: [event] });
    const weekend = planDigests({
      dueParts: [],
      people,
      weekend: true,
      appUrl: 'https://praktijkvolg.example',
      events,
    });
    expect(weekend.digests).toEqual([]);
    expect(weekend.deferredForWeekend).toEqual(['a1']);
  });

  it('says why, lists the lines, links to the route; the subject names the event; HTML escaped', () => {
    const mail = renderDigest({ displayName: 'Sanne Visser', date: '2025-12-10' }, [], [], [event]);
    expect(mail.subject).toBe('Bericht: ComBel maand 3 van <Sanne>: de vergelijking staat klaar');
    expect(mail.text).toContain('Nieuw voor jou:');
    expect(mail.text).toContain('Je krijgt dit bericht omdat deze ronde over jou gaat.');
    expect(mail.text).toContain('  - regel <één>');
    expect(mail.text).toContain(`Bekijken: ${event.link}`);
    expect(mail.html).toContain('&lt;Sanne&gt;');
    expect(mail.html).not.toContain('<Sanne>');
    expect(
      renderDigest({ displayName: 'S', date: '2025-12-10' }, [], [], [event, { ...event, eventId: 'x' }])
        .subject,
    ).toBe('2 berichten in Praktijkvolg');
  });
});
