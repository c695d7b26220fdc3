import {
  daysLate,
  lateLabel,
  toIsoDate,
  type FormEnvelope,
  type DigestItem,
  partEntryOf,
} from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { renderDigest } from './digest.js';
import type { Person } from '../people/people.js';
import { openParts, planDigests, type DueForm, type DuePart } from './plan.js';

const ts = (iso: string) => Timestamp.fromDate(new Date(iso));
function form(
  formId: string,
  dueDay: string,
  parts: FormEnvelope['parts'],
  extra: Partial<FormEnvelope> = {},
): DueForm {
  return {
    formId,
    instituteId: 'lumc',
    trajectId: 't1',
    programme: 'huisarts_jaar1',
    formType: 'combel',
    occurrenceKey: formId.split('__')[1]!,
    title: 'ComBel maand 3',
    traineeName: 'Sanne <Visser>',
    opensAt: ts('2025-10-01T00:00:00Z'),
    dueAt: ts(`${dueDay}T22:59:59Z`),
    remindFrom: ts('2025-10-20T00:00:00Z'),
    closesAt: null,
    status: 'open',
    parts,
    raterUids: [],
    readerUids: ['a1', 'o1', 'g1'],
    staffVisible: true,
    revealed: false,
    nextReminderAt: ts('2025-11-01T00:00:00Z'),
    ...extra,
  };
}
const people = new Map<string, Person>(
  [
    { uid: 'a1', displayName: 'Sanne Visser', email: 'sanne@example.nl' },
    { uid: 'o1', displayName: 'Jan de Vries', email: 'jan@example.nl' },
    { uid: 's1', displayName: 'Secretariaat', email: 'sec@example.nl' },
    { uid: 'nomail', displayName: 'Zonder Adres' },
  ].map((p) => [p.uid, { instituteId: 'lumc', staffRoles: [], ...p }]),
);
const open = (uid: string) => ({ role: 'aios' as const, raterUids: [uid], status: 'open' as const });
const due = (f: DueForm, date: string, escalateTo: (partId: string) => string[] = () => []): DuePart[] =>
  openParts(f, date).map((p) => ({
    ...p,
    raters: partEntryOf(f, p.partId)!.raterUids,
    escalateTo: escalateTo(p.partId),
  }));

describe('planDigests', () => {
  const soon = form('t1__combel-m3', '2025-11-28', {
    aios: open('a1'),
    opleider: open('o1'),
    groepsdocent: { role: 'groepsdocent' as const, raterUids: ['g1'], status: 'submitted' },
  });
  const late = form(
    't1__voortgangsadvies-m6',
    '2025-11-10',
    { opleider: open('o1') },
    { formType: 'voortgangsadvies', title: 'Voortgangsadvies maand 6' },
  );

  it('one digest per person listing all their open items, most overdue first, links to the exact part', () => {
    const plan = planDigests({
      dueParts: [...due(soon, '2025-11-24'), ...due(late, '2025-11-24')],
      people,
      weekend: false,
      appUrl: 'https://app.example.nl/',
    });
    expect(plan.digests.map((d) => d.person.uid)).toEqual(['a1', 'o1']);
    const jan = plan.digests.find((d) => d.person.uid === 'o1')!;
    expect(jan.items.map((i) => [i.formId, i.partId, i.daysOverdue])).toEqual([
      ['t1__voortgangsadvies-m6', 'opleider', 14],
      ['t1__combel-m3', 'opleider', -4],
    ]);
    expect(jan.items[1]!.link).toBe('https://app.example.nl/formulieren/t1__combel-m3/opleider');
  });

  it('escalations go to the given staff with the raters’ names, not to the raters themselves', () => {
    const plan = planDigests({
      dueParts: due(late, '2025-11-24', () => ['s1', 'o1']),
      people,
      weekend: false,
      appUrl: 'https://app.example.nl',
    });
    const sec = plan.digests.find((d) => d.person.uid === 's1')!;
    expect(sec.items).toEqual([]);
    expect(sec.escalations).toEqual([
      expect.objectContaining({
        formId: 't1__voortgangsadvies-m6',
        raterNames: ['Jan de Vries'],
        link: 'https://app.example.nl/formulieren/t1__voortgangsadvies-m6',
      }),
    ]);
    expect(plan.digests.find((d) => d.person.uid === 'o1')!.escalations).toEqual([]);
  });

  it('at the weekend only people with an overdue item of their own get a digest, without escalations', () => {
    const plan = planDigests({
      dueParts: [...due(soon, '2025-11-22'), ...due(late, '2025-11-22', () => ['s1'])],
      people,
      weekend: true,
      appUrl: 'https://x.nl',
    });
    expect(plan.digests.map((d) => d.person.uid)).toEqual(['o1']);
    expect(plan.digests[0]!.items).toHaveLength(2);
    expect(plan.digests[0]!.escalations).toEqual([]);
    expect(plan.deferredForWeekend).toEqual(['a1']);
  });

  it('reports recipients without an address instead of mailing them', () => {
    const f = form('t1__combel-m6', '2025-11-28', { aios: open('nomail'), opleider: open('ghost') });
    const plan = planDigests({
      dueParts: due(f, '2025-11-24'),
      people,
      weekend: false,
      appUrl: 'https://x.nl',
    });
    expect(plan.digests).toEqual([]);
    expect(plan.withoutEmail).toEqual(['ghost', 'nomail']);
  });
});

describe('days overdue in the mail', () => {
  it('are the domain count of the home list: 130 days after a 1 December deadline on 10 April, not 129', () => {
    const f = form('t1__combel-m3', '2025-12-01', { aios: open('a1') });
    const jobRun = new Date('2026-04-10T05:00:00Z'); // 07:00 CEST
    const [p] = openParts(f, toIsoDate(jobRun));
    expect(p!.daysOverdue).toBe(130);
    expect(p!.daysOverdue).toBe(daysLate(f.dueAt.toDate(), jobRun));
    const m = renderDigest(
      { displayName: 'Sanne', date: '2026-04-10' },
      planDigests({
        dueParts: due(f, '2026-04-10'),
        people,
        weekend: false,
        appUrl: 'https://app.example.nl/',
      }).digests[0]!.items,
      [],
    );
    expect(m.text).toContain(
      `termijn was 1 december 2025 (${lateLabel(daysLate(f.dueAt.toDate(), jobRun))})`,
    );
    expect(m.text).toContain('(130 dagen te laat)');
  });
});

describe('renderDigest', () => {
  const item: DigestItem = {
    formId: 't1__combel-m3',
    partId: 'aios',
    formType: 'combel',
    title: 'ComBel maand 3',
    traineeName: 'Sanne <script>alert(1)</script>',
    dueDate: '2025-11-28',
    daysOverdue: -4,
    link: 'https://app.example.nl/formulieren/t1__combel-m3/aios',
  };
  it('Dutch subject and text with the due date, relative days and link', () => {
    const m = renderDigest(
      { displayName: 'Sanne', date: '2025-11-24' },
      [item, { ...item, partId: 'opleider', daysOverdue: 2, dueDate: '2025-11-22' }],
      [],
    );
    expect(m.subject).toBe('Herinnering: 2 formulieren voor jou open (1 te laat)');
    expect(m.text).toContain('uiterlijk 28 november 2025 (over 4 dagen)');
    expect(m.text).toContain('termijn was 22 november 2025 (2 dagen te laat)');
    expect(m.text).toContain('Invullen: https://app.example.nl/formulieren/t1__combel-m3/aios');
    expect(m.text).toContain('maandag 24 november 2025');
  });
  it('escapes names in the HTML', () => {
    const m = renderDigest(
      { displayName: 'A & B', date: '2025-11-24' },
      [item],
      [{ ...item, raterNames: ['<b>x</b>'] }],
    );
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('Sanne &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(m.html).toContain('Beste A &amp; B');
    expect(m.html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(m.subject).toBe('Herinnering: 1 formulier voor jou open, 1 formulier te laat bij anderen');
  });
});

describe('the PDG summative request: a notice, never a reminder (domain policies/summatief.ts)', () => {
  const aanvraag = (deelnemer: 'open' | 'submitted') =>
    form(
      't9__aanvraag-summatief-1',
      '2026-09-01',
      {
        deelnemer: { role: 'deelnemer', raterUids: ['a1'], status: deelnemer },
        pdg_trainer: { role: 'pdg_trainer', raterUids: ['o1'], status: 'open' },
      },
      { programme: 'pdg', formType: 'aanvraag_summatief', title: 'Aanvraag summatief lesbezoek' },
    );

  it('the deelnemer gets a notice without deadline; the trainer nothing until the request is in', () => {
    const plan = planDigests({
      dueParts: due(aanvraag('open'), '2026-07-10'),
      people,
      weekend: false,
      appUrl: 'https://app.example.nl/',
    });
    expect(plan.digests.map((d) => d.person.uid)).toEqual(['a1']);
    const item = plan.digests[0]!.items[0]!;
    expect(item.notice).toBe(true);
    const mail = renderDigest({ displayName: 'Sanne', date: '2026-07-10' }, [item], []);
    expect(mail.text).toContain('Je bepaalt zelf wanneer je het aanvraagt');
    expect(mail.text).not.toContain('uiterlijk');
    const after = planDigests({
      dueParts: due(aanvraag('submitted'), '2026-07-10'),
      people,
      weekend: false,
      appUrl: 'https://app.example.nl/',
    });
    expect(after.digests.map((d) => d.person.uid)).toEqual(['o1']);
    expect(after.digests[0]!.items[0]!.notice).toBeUndefined();
  });

  it('past the end the request is not late and never escalated', () => {
    const parts = openParts(aanvraag('open'), '2026-10-10');
    expect(parts).toHaveLength(1);
    expect(parts[0]!.notice).toBe(true);
    const mail = renderDigest(
      { displayName: 'Sanne', date: '2026-10-10' },
      planDigests({
        dueParts: due(aanvraag('open'), '2026-10-10'),
        people,
        weekend: false,
        appUrl: 'https://app.example.nl/',
      }).digests[0]!.items,
      [],
    );
    expect(mail.subject).not.toContain('te laat');
  });
});

describe('the progress decision and its conditions (domain policies/voortgangsbeslissing.ts)', () => {
  const hoofd = { role: 'hoofd_opleiding' as const, raterUids: [], status: 'open' as const };
  const decision = (extra: Partial<FormEnvelope>) =>
    form(
      't1__voortgangsbeslissing',
      '2025-11-10',
      { hoofd_opleiding: hoofd },
      {
        formType: 'voortgangsbeslissing',
        ...extra,
      },
    );

  it('a decision still waiting for the advice is nobody’s to do: no reminder, no escalation', () => {
    expect(openParts(decision({}), '2025-11-20')).toEqual([]);
    expect(openParts(decision({ adviceComplete: false }), '2025-11-20')).toEqual([]);
    expect(openParts(decision({ adviceComplete: true }), '2025-11-20').map((p) => p.partId)).toEqual([
      'hoofd_opleiding',
    ]);
  });

  it('the follow-up of the conditions is the hoofd’s until closed, before and after its deadline', () => {
    const vervolg = (parts: FormEnvelope['parts']) =>
      form('t1__voorwaarden-vervolg-1', '2026-03-01', parts, { formType: 'voorwaarden_vervolg' });
    expect(openParts(vervolg({ hoofd_opleiding: hoofd }), '2025-12-01')[0]!.daysOverdue).toBeLessThan(0);
    expect(openParts(vervolg({ hoofd_opleiding: hoofd }), '2026-04-01')[0]!.daysOverdue).toBe(31);
    expect(openParts(vervolg({ hoofd_opleiding: { ...hoofd, status: 'submitted' } }), '2026-04-01')).toEqual(
      [],
    );
  });
});
