// The form documents as the screens read them: parsed with the domain contract (domain/src/documents/forms.ts),
// Timestamps of either SDK read as Dates, ids from the snapshot, answers checked against the form's draft schema.
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { envelopeConverter, partConverter } from './converters';
import { envelopeOfLite, partOfLite } from './model';

/** Shaped like a Timestamp of the full SDK or of Firestore Lite (different classes, same methods). */
const ts = (iso: string) => ({ toDate: () => new Date(iso), toMillis: () => Date.parse(iso) });

const snap = (id: string, parentId: string | null, data: Record<string, unknown>) =>
  ({
    id,
    ref: { parent: { parent: parentId === null ? null : { id: parentId } } },
    metadata: { hasPendingWrites: true },
    data: () => data,
  }) as unknown as QueryDocumentSnapshot;

const window = { opensAt: ts('2026-03-01T00:00:00Z'), closesAt: null };

describe('form converters (client SDK)', () => {
  it('reads an envelope with Dates and its id', () => {
    const envelope = envelopeConverter.fromFirestore(
      snap('t1__combel-m3', null, {
        instituteId: 'lumc',
        trajectId: 't1',
        programme: 'huisarts_jaar1',
        formType: 'combel',
        occurrenceKey: 'combel-m3',
        title: 'ComBel maand 3',
        ...window,
        dueAt: ts('2026-03-28T22:59:59Z'),
        remindFrom: ts('2026-03-21T00:00:00Z'),
        status: 'open',
        parts: { aios: { role: 'aios', raterUids: ['a1'], status: 'open' } },
        raterUids: ['a1'],
        readerUids: ['a1'],
        staffVisible: true,
        revealed: false,
        nextReminderAt: null,
      }),
    );
    expect(envelope.formId).toBe('t1__combel-m3');
    expect(envelope.dueAt).toEqual(new Date('2026-03-28T22:59:59Z'));
    expect(envelope.parts.aios?.raterUids).toEqual(['a1']);
  });

  it('reads a part with its partId and pending writes; answers that do not fit the form are refused', () => {
    const part = {
      instituteId: 'lumc',
      trajectId: 't1',
      formId: 't1__combel-m3',
      formType: 'combel',
      role: 'aios',
      raterUids: ['a1'],
      ...window,
      status: 'draft',
      answers: {},
      schemaVersion: 1,
      version: 1,
      revealed: false,
      updatedAt: ts('2026-03-02T10:00:00Z'),
    };
    const read = partConverter.fromFirestore(snap('aios', 't1__combel-m3', part));
    expect(read).toMatchObject({
      partId: 'aios',
      pendingWrites: true,
      opensAt: new Date('2026-03-01T00:00:00Z'),
    });
    expect(read.updatedAt).toEqual(new Date('2026-03-02T10:00:00Z'));
    expect(() =>
      partConverter.fromFirestore(snap('aios', 't1__combel-m3', { ...part, answers: { nietBestaand: 1 } })),
    ).toThrow('De opgeslagen antwoorden passen niet bij dit formulier');
    expect(() => partConverter.fromFirestore(snap('koning', 't1__combel-m3', part))).toThrow();
  });

  // A first read with Firestore Lite is shown after a structural check only (zod loads after the form is
  // interactive); a well-formed document reads exactly as through the converter, a malformed one not at all.
  it('reads a Lite document like the converter, and refuses one of the wrong shape', () => {
    const part = {
      instituteId: 'lumc',
      trajectId: 't1',
      formId: 't1__combel-m3',
      formType: 'combel',
      role: 'aios',
      raterUids: ['a1'],
      ...window,
      status: 'draft',
      answers: {},
      schemaVersion: 1,
      version: 1,
      revealed: false,
      updatedAt: ts('2026-03-02T10:00:00Z'),
    };
    const s = snap('aios', 't1__combel-m3', part);
    expect(partOfLite(s)).toEqual(partConverter.fromFirestore(s));
    expect(() => partOfLite(snap('aios', 't1__combel-m3', { ...part, answers: 'x' }))).toThrow();
    expect(() => partOfLite(snap('aios', 't1__combel-m3', { ...part, formType: 'onbekend' }))).toThrow();
    expect(() => partOfLite(snap('koning', 't1__combel-m3', part))).toThrow();
    const { answers: _a, ...withoutAnswers } = part;
    expect(() => partOfLite(snap('aios', 't1__combel-m3', withoutAnswers))).toThrow();

    const envelope = {
      instituteId: 'lumc',
      trajectId: 't1',
      programme: 'huisarts_jaar1',
      formType: 'combel',
      occurrenceKey: 'combel-m3',
      title: 'ComBel maand 3',
      ...window,
      dueAt: ts('2026-03-28T22:59:59Z'),
      remindFrom: ts('2026-03-21T00:00:00Z'),
      status: 'open',
      parts: { aios: { role: 'aios', raterUids: ['a1'], status: 'open' } },
      raterUids: ['a1'],
      readerUids: ['a1'],
      staffVisible: true,
      revealed: false,
      nextReminderAt: null,
    };
    const e = snap('t1__combel-m3', null, envelope);
    expect(envelopeOfLite(e)).toEqual(envelopeConverter.fromFirestore(e));
    expect(() => envelopeOfLite(snap('t1__combel-m3', null, { ...envelope, parts: null }))).toThrow();
  });
});
