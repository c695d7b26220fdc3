import { describe, expect, it } from 'vitest';
import type { FormEnvelope } from '../forms/model';
import { byOpleider, leohInboxEntries } from './leohInbox';

const at = new Date('2026-05-01T10:00:00Z');
const form = (formId: string, extra: Partial<FormEnvelope>): FormEnvelope => ({
  formId,
  instituteId: 'i',
  trajectId: formId.split('__')[0]!,
  programme: 'huisarts_jaar1',
  formType: 'leoh',
  occurrenceKey: formId.split('__')[1]!,
  title: formId,
  opensAt: at,
  dueAt: at,
  remindFrom: at,
  closesAt: null,
  nextReminderAt: null,
  status: 'open',
  parts: { aios: { role: 'aios', raterUids: ['a'], status: 'submitted' } },
  raterUids: ['a'],
  readerUids: ['a'],
  staffVisible: true,
  revealed: false,
  ...extra,
});

describe('LEOh inbox', () => {
  // What a staff query of the whole institute returned when the inbox filter was ignored: 25 staff-visible
  // forms (ComBels, dossier LEOhs not handed in), of which none is in the inbox.
  const notIn = [
    ...Array.from({ length: 20 }, (_, i) => form(`t${i}__combel-m3`, { formType: 'combel' })),
    ...Array.from({ length: 4 }, (_, i) =>
      form(`t${i}__leoh-dossier-m9-o${i}`, { leohKind: 'dossier', subjectUid: `o${i}` }),
    ),
    form('t9__leoh-private-m3-o9', { leohKind: 'private', subjectUid: 'o9', staffVisible: false }),
  ];

  it('lists handed-in dossier LEOhs only, so the home count is the number of rows', () => {
    expect(leohInboxEntries(notIn)).toEqual([]);
    const inbox = [
      form('t1__leoh-dossier-m9-o1', { leohKind: 'dossier', subjectUid: 'o1', status: 'ingediend' }),
      form('t2__leoh-dossier-m9-o1', { leohKind: 'dossier', subjectUid: 'o1', status: 'ingediend' }),
      form('t3__leoh-dossier-m9-o2', { leohKind: 'dossier', subjectUid: 'o2', status: 'ingediend' }),
    ];
    const entries = leohInboxEntries([...notIn, ...inbox]);
    expect(entries.map((f) => f.formId)).toEqual(inbox.map((f) => f.formId));
    const grouped = byOpleider(entries);
    expect([...grouped.keys()]).toEqual(['o1', 'o2']);
    expect([...grouped.values()].flat()).toHaveLength(entries.length);
  });
});
