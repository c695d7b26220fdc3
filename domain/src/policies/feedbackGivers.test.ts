import { describe, expect, it } from 'vitest';
import { api } from '../api';
import { FORM_EXAMPLES } from '../forms/examples';
import { answersSchema } from '../forms/partSchemas';
import type { PartId } from '../programmes';
import { mayReadPart } from './audience';
import {
  countsForRound,
  feedbackGiverLabel,
  feedbackSlotsOf,
  mayAskFeedback,
  mayBeAskedForFeedback,
  nextFeedbackSlot,
  quoteFromFeedback,
  readsFeedbackAsAsker,
  type FeedbackGiverContext,
} from './feedbackGivers';
import { linkParts, mayAskToFill, mayHandOutPart, partKind, type TrajectContext } from './invitation';
import { mayReopenPart } from './reopenPart';
import { reminderKind } from './summatief';

const huisarts: TrajectContext = {
  programme: 'huisarts_jaar1',
  roles: { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1'] },
};
const pdg: TrajectContext = {
  programme: 'pdg',
  roles: { deelnemer: ['d1'], werkplekbegeleider: ['w1'], pdg_trainer: ['t1'] },
};
const part = (raterUids: string[], status: 'open' | 'draft' | 'submitted' = 'open') => ({
  role: 'aios' as PartId,
  raterUids,
  status,
});
const combel = (extra: Record<string, ReturnType<typeof part>> = {}, opleiderStatus = 'open' as const) => ({
  formId: 'f1',
  instituteId: 'lumc',
  formType: 'combel' as const,
  status: 'open' as const,
  revealed: false,
  parts: {
    aios: part(['a1']),
    opleider: { ...part(['o1', 'o2'], opleiderStatus), role: 'opleider' as PartId },
    groepsdocent: { ...part(['g1']), role: 'groepsdocent' as PartId },
    ...extra,
  },
});
const aanvraag = (extra: Record<string, ReturnType<typeof part>> = {}) => ({
  formId: 'f2',
  instituteId: 'hr',
  formType: 'aanvraag_summatief' as const,
  status: 'open' as const,
  revealed: false,
  parts: {
    deelnemer: { ...part(['d1']), role: 'deelnemer' as PartId },
    pdg_trainer: { ...part(['t1']), role: 'pdg_trainer' as PartId },
    ...extra,
  },
});
const giverPart = (status: 'open' | 'submitted' = 'submitted') => ({
  ...part(['ext_1'], status),
  role: 'feedback_1' as PartId,
});

describe('who asks for feedback (ComBel: the opleider; PDG request: the deelnemer)', () => {
  it('the opleider asks for a ComBel, the deelnemer for her summative request', () => {
    expect(mayAskFeedback({ uid: 'o1' }, combel(), huisarts)).toEqual({ ok: true, as: 'rater' });
    expect(mayAskFeedback({ uid: 'o2' }, combel(), huisarts)).toEqual({ ok: true, as: 'rater' });
    expect(mayAskFeedback({ uid: 'd1' }, aanvraag(), pdg)).toEqual({ ok: true, as: 'trainee' });
  });

  it('attack: the aios (or the groepsdocent, or a link session) asks practice staff for her own ComBel', () => {
    for (const actor of [{ uid: 'a1' }, { uid: 'g1' }, { uid: 'ext_1', linkPart: 'f1/feedback_1' }]) {
      expect(mayAskFeedback(actor, combel(), huisarts)).toMatchObject({ ok: false, notYours: true });
    }
    expect(mayAskFeedback({ uid: 'a1' }, combel(), huisarts)).toMatchObject({
      reason: 'Alleen de opleider vraagt voor dit formulier feedback van anderen.',
    });
    expect(mayAskFeedback({ uid: 'w1' }, aanvraag(), pdg)).toMatchObject({ ok: false, notYours: true });
    expect(mayAskFeedback({ uid: 't1' }, aanvraag(), pdg)).toMatchObject({ ok: false, notYours: true });
  });

  it('only while the asker has not submitted, the form is open, and a slot is free', () => {
    expect(mayAskFeedback({ uid: 'o1' }, combel({}, 'submitted' as never), huisarts)).toMatchObject({
      ok: false,
      reason: 'Je hebt je deel al ingediend: feedback vragen kan alleen daarvoor.',
    });
    expect(mayAskFeedback({ uid: 'o1' }, { ...combel(), status: 'vervallen' }, huisarts)).toMatchObject({
      ok: false,
    });
    const full = Object.fromEntries(feedbackSlotsOf('combel').map((p) => [p, giverPart()]));
    expect(mayAskFeedback({ uid: 'o1' }, combel(full), huisarts)).toMatchObject({
      ok: false,
      reason: 'Je hebt voor dit formulier al 6 mensen om feedback gevraagd; meer kan niet.',
    });
    expect(feedbackSlotsOf('aanvraag_summatief')).toHaveLength(8);
    expect(feedbackSlotsOf('kpb')).toEqual([]);
    expect(mayAskFeedback({ uid: 'o1' }, { ...combel(), formType: 'kpb' }, huisarts)).toMatchObject({
      ok: false,
    });
  });

  it('the next slot is the first free one', () => {
    expect(nextFeedbackSlot('combel', ['aios', 'opleider'])).toBe('feedback_1');
    expect(nextFeedbackSlot('combel', ['feedback_1', 'feedback_3'])).toBe('feedback_2');
    expect(nextFeedbackSlot('combel', feedbackSlotsOf('combel'))).toBeNull();
  });

  it('a giver slot is never handed out, asked, or reopened like a rater part; a link reaches it', () => {
    for (const actor of [{ uid: 'a1' }, { uid: 'o1' }]) {
      expect(mayHandOutPart(actor, { formType: 'combel' }, 'feedback_1', huisarts).ok).toBe(false);
    }
    expect(mayAskToFill({ uid: 'a1' }, { formType: 'combel' }, 'feedback_1', huisarts).ok).toBe(false);
    expect(partKind('combel', 'feedback_2')).toBe('feedback');
    expect(partKind('kpb', 'feedback_2')).toBe('assessment');
    expect(linkParts().combel).toContain('feedback_6');
    expect(linkParts().combel).not.toContain('feedback_7');
    const sec = { uid: 's1', institute: 'lumc', staffRoles: ['secretariaat' as const] };
    expect(mayReopenPart(sec, combel({ feedback_1: giverPart() }), 'feedback_1', new Date())).toMatchObject({
      ok: false,
    });
  });
});

describe('whom one may ask', () => {
  const ctx: FeedbackGiverContext = {
    ...huisarts,
    asker: { uid: 'o1', emails: ['pieter@praktijk.example'] },
    memberEmails: ['anna@lumc.example', 'gerda@lumc.example'],
    askedEmails: ['ellen@praktijk.example'],
  };
  const giver = (email: string, uids: string[] = [], staffRoles: string[] = []) => ({
    name: 'X',
    email,
    uids,
    staffRoles,
  });
  it('not oneself, nobody in the traject (the aios by any address), not the secretariat, nobody twice', () => {
    expect(mayBeAskedForFeedback(giver('Pieter@Praktijk.example'), ctx).ok).toBe(false);
    expect(mayBeAskedForFeedback(giver('anna+feedback@lumc.example'), ctx).ok).toBe(false);
    expect(mayBeAskedForFeedback(giver('x@y.example', ['a1']), ctx).ok).toBe(false);
    expect(mayBeAskedForFeedback(giver('x@y.example', ['g1']), ctx).ok).toBe(false);
    expect(mayBeAskedForFeedback(giver('x@y.example', ['s9'], ['secretariaat']), ctx).ok).toBe(false);
    expect(mayBeAskedForFeedback(giver('ELLEN@praktijk.example'), ctx)).toEqual({
      ok: false,
      reason: 'Je hebt X voor dit formulier al om feedback gevraagd.',
    });
    expect(mayBeAskedForFeedback(giver('fleur@praktijk.example'), ctx)).toEqual({ ok: true });
  });

  it('the request names the role the giver is asked as, and only for "Vraag feedback"', () => {
    const base = { formId: 'f1', name: 'Ellen de Vries', email: 'ellen@praktijk.example' };
    expect(api.inviteRater.request.safeParse({ ...base, partId: 'feedback', giverRole: 'poh' }).success).toBe(
      true,
    );
    expect(api.inviteRater.request.safeParse({ ...base, partId: 'feedback' }).success).toBe(false);
    expect(api.inviteRater.request.safeParse({ ...base, partId: 'opleider', giverRole: 'poh' }).success).toBe(
      false,
    );
    expect(
      api.inviteRater.request.safeParse({ ...base, partId: 'feedback', giverRole: 'baas' }).success,
    ).toBe(false);
  });
});

describe('the seal, reading and reminders', () => {
  it('feedback givers do not count for the round, and nobody reminds them', () => {
    expect(countsForRound('opleider')).toBe(true);
    expect(countsForRound('feedback_1')).toBe(false);
    expect(reminderKind('combel', 'feedback_1', {})).toBe('geen');
    expect(reminderKind('aanvraag_summatief', 'feedback_1', { deelnemer: { status: 'submitted' } })).toBe(
      'geen',
    );
  });

  it('attack: the aios reads the practice staff before the reveal; the opleider may, to fill his part', () => {
    const sealed = combel({ feedback_1: giverPart() });
    expect(mayReadPart({ uid: 'o1' }, sealed, 'feedback_1', huisarts).ok).toBe(true);
    expect(mayReadPart({ uid: 'o2' }, sealed, 'feedback_1', huisarts).ok).toBe(true);
    expect(mayReadPart({ uid: 'a1' }, sealed, 'feedback_1', huisarts).ok).toBe(false);
    expect(mayReadPart({ uid: 'g1' }, sealed, 'feedback_1', huisarts).ok).toBe(false);
    expect(readsFeedbackAsAsker({ uid: 'o1' }, sealed, 'opleider')).toBe(false);
    expect(mayReadPart({ uid: 'a1' }, { ...sealed, revealed: true }, 'feedback_1', huisarts).ok).toBe(true);
    expect(mayReadPart({ uid: 'd1' }, aanvraag({ feedback_1: giverPart() }), 'feedback_1', pdg).ok).toBe(
      true,
    );
  });
});

describe('quotes from received feedback (PDG request)', () => {
  it('a quote carries the giver by name and role, and the source that fits the role', () => {
    const q = quoteFromFeedback({
      name: 'Sem Jansen',
      giverRole: 'student',
      text: 'Je liet ons eerst zelf nadenken.',
      date: '2026-11-20',
    });
    expect(q).toEqual({
      citaat: 'Je liet ons eerst zelf nadenken.',
      bron: 'student',
      bronToelichting: 'Leerling/student: Sem Jansen',
      datum: '2026-11-20',
    });
    expect(quoteFromFeedback({ name: 'Ilse', giverRole: 'medestudent', text: 'x' }).bron).toBe('medecursist');
    expect(feedbackGiverLabel({ name: 'Ellen de Vries', giverRole: 'doktersassistent' })).toBe(
      'Doktersassistent: Ellen de Vries',
    );
    // The quote fits the request's own schema (a list item of feedbackCitaten).
    const request = { ...FORM_EXAMPLES.aanvraag_summatief.deelnemer, feedbackCitaten: Array(6).fill(q) };
    expect(answersSchema('aanvraag_summatief', 'deelnemer').safeParse(request).success).toBe(true);
  });
});
