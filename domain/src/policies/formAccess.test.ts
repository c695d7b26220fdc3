// Acting on and reading form parts (rules 2 to 5, docs/rules.md) on forms from the real schedule of a
// duo traject, sealed forms, and the claims the rules read.
import { describe, expect, it } from 'vitest';
import { computeSchedule, type FormInstanceSpec } from '../schedule';
import type { RoleAssignments, ScheduleTraject } from '../traject';
import { mayActOnPart, maySubmitDossierLeoh } from './actOnPart';
import { formAudience, mayReadPart } from './audience';
import { parseClaims } from './claims';
import type { Actor, FormLike } from './common';
import { DECISION_WAITS_MESSAGE } from './voortgangsbeslissing';

// Forms from the real schedule of a duo traject.
const huisartsRoles: RoleAssignments = { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1', 'g2'] };
const pdgRoles: RoleAssignments = {
  deelnemer: ['d1'],
  werkplekbegeleider: ['w1'],
  pdg_trainer: ['tr1'],
  assessor: ['as1'],
  tweede_assessor: ['as2'],
  leidinggevende: ['l1'],
};
const traject: ScheduleTraject = {
  trajectId: 't1',
  programme: 'huisarts_jaar1',
  startDate: '2025-09-01',
  roles: huisartsRoles,
};
const schedule = computeSchedule(traject);
const spec = (key: string): FormInstanceSpec => schedule.find((s) => s.occurrenceKey === key)!;
const withStatus = (
  f: FormInstanceSpec,
  extra: Partial<FormLike> = {},
  partStatus: Record<string, 'submitted'> = {},
): FormLike => ({
  ...f,
  instituteId: 'lumc',
  parts: f.parts.map((p) => ({ ...p, ...(partStatus[p.partId] ? { status: partStatus[p.partId] } : {}) })),
  ...extra,
});

describe('rule 2: each rater writes only their own part; submitted is final', () => {
  const combel = withStatus(spec('combel-m3'));

  it('each rater may write their own part; both duo-opleiders share the opleider part', () => {
    expect(mayActOnPart({ uid: 'a1' }, combel, 'aios')).toEqual({ ok: true });
    expect(mayActOnPart({ uid: 'o1' }, combel, 'opleider')).toEqual({ ok: true });
    expect(mayActOnPart({ uid: 'o2' }, combel, 'opleider')).toEqual({ ok: true });
    expect(mayActOnPart({ uid: 'g2' }, combel, 'groepsdocent')).toEqual({ ok: true });
  });

  it('refuses writing someone else’s part', () => {
    expect(mayActOnPart({ uid: 'a1' }, combel, 'opleider')).toEqual({
      ok: false,
      reason: 'Alleen de opleider van dit traject vult dit deel in.',
    });
    expect(mayActOnPart({ uid: 'o1' }, combel, 'groepsdocent').ok).toBe(false);
    expect(mayActOnPart({ uid: 'o1' }, withStatus(spec('combel-m6')), 'groepsdocent')).toEqual({
      ok: false,
      reason: 'Dit formulier heeft dit deel niet.',
    });
  });

  it('refuses a submitted part, an expired or handed-in form, and outside the window', () => {
    const submitted = withStatus(spec('combel-m3'), {}, { aios: 'submitted' });
    expect(mayActOnPart({ uid: 'a1' }, submitted, 'aios').ok).toBe(false);
    expect(mayActOnPart({ uid: 'o1' }, submitted, 'opleider').ok).toBe(true);
    expect(mayActOnPart({ uid: 'a1' }, { ...combel, status: 'vervallen' }, 'aios').ok).toBe(false);
    expect(mayActOnPart({ uid: 'a1' }, combel, 'aios', { now: new Date('2025-11-01T12:00:00Z') })).toEqual({
      ok: false,
      reason: 'Dit formulier is nog niet open.',
    });
    expect(mayActOnPart({ uid: 'a1' }, combel, 'aios', { now: new Date('2025-11-20T12:00:00Z') }).ok).toBe(
      true,
    );
    expect(mayActOnPart({ uid: 'a1' }, combel, 'aios', { now: new Date('2026-01-13T12:00:00Z') }).ok).toBe(
      false,
    );
  });

  it('a single-use link grants exactly its own part', () => {
    const link: Actor = { uid: 'anon', linkPart: 't1__combel-m3/opleider', institute: 'lumc' };
    expect(mayActOnPart(link, combel, 'opleider')).toEqual({ ok: true });
    expect(mayActOnPart(link, combel, 'aios').ok).toBe(false);
    expect(mayActOnPart(link, withStatus(spec('combel-m9')), 'opleider').ok).toBe(false);
  });
});

describe('rule 3: the LEOh is kept apart', () => {
  const privateLeoh = withStatus(spec('leoh-private-m3-o1'));
  const dossier = withStatus(spec('leoh-dossier-m9-o1'));

  it('private LEOh: the aios and that opleider only, no staff', () => {
    expect(formAudience(privateLeoh, traject)).toEqual({
      readerUids: ['a1', 'o1'],
      staffVisible: false,
      staffRoles: [],
    });
    expect(mayReadPart({ uid: 'o1' }, privateLeoh, 'aios', traject)).toEqual({ ok: true });
    expect(mayReadPart({ uid: 'o2' }, privateLeoh, 'aios', traject).ok).toBe(false); // the other duo-opleider
    expect(mayReadPart({ uid: 'g1' }, privateLeoh, 'aios', traject).ok).toBe(false);
    expect(mayReadPart({ uid: 's1', staffRoles: ['secretariaat'] }, privateLeoh, 'aios', traject).ok).toBe(
      false,
    );
    expect(mayReadPart({ uid: 'h1', staffRoles: ['hoofd_opleiding'] }, privateLeoh, 'aios', traject).ok).toBe(
      false,
    );
  });

  it('dossier LEOh: staff (secretariaat, opleiderscoach) read the answers only after the opleider submitted it', () => {
    // The envelope (no answers) is staff-visible from the start: the secretariat sees which are missing.
    expect(formAudience(dossier, traject)).toEqual({
      readerUids: ['a1', 'o1'],
      staffVisible: true,
      staffRoles: [],
    });
    expect(mayReadPart({ uid: 's1', staffRoles: ['secretariaat'] }, dossier, 'aios', traject).ok).toBe(false);
    const ingediend = { ...dossier, status: 'ingediend' as const };
    expect(formAudience(ingediend, traject)).toEqual({
      readerUids: ['a1', 'o1'],
      staffVisible: true,
      staffRoles: ['secretariaat', 'opleiderscoach'],
    });
    expect(mayReadPart({ uid: 's1', staffRoles: ['secretariaat'] }, ingediend, 'aios', traject)).toEqual({
      ok: true,
    });
    expect(mayReadPart({ uid: 'c1', staffRoles: ['opleiderscoach'] }, ingediend, 'aios', traject)).toEqual({
      ok: true,
    });
    expect(mayReadPart({ uid: 'fc', staffRoles: ['fase_coordinator'] }, ingediend, 'aios', traject).ok).toBe(
      false,
    );
    expect(mayReadPart({ uid: 'g1' }, ingediend, 'aios', traject).ok).toBe(false); // docenten never
  });

  it('only the subject opleider submits the dossier LEOh, after the aios has filled it; never the private one', () => {
    const filled = withStatus(spec('leoh-dossier-m9-o1'), {}, { aios: 'submitted' });
    expect(maySubmitDossierLeoh({ uid: 'o1' }, filled)).toEqual({ ok: true });
    expect(maySubmitDossierLeoh({ uid: 'o2' }, filled).ok).toBe(false);
    expect(maySubmitDossierLeoh({ uid: 'a1' }, filled).ok).toBe(false);
    expect(maySubmitDossierLeoh({ uid: 'o1' }, dossier)).toEqual({
      ok: false,
      reason: 'De aios heeft de LEOh nog niet ingevuld.',
    });
    expect(
      maySubmitDossierLeoh({ uid: 'o1' }, withStatus(spec('leoh-private-m3-o1'), {}, { aios: 'submitted' }))
        .ok,
    ).toBe(false);
    expect(maySubmitDossierLeoh({ uid: 'o1' }, { ...filled, status: 'ingediend' }).ok).toBe(false);
  });

  it('the opleider never fills the LEOh about themselves', () => {
    const odd = withStatus(spec('leoh-private-m3-o1'), {
      parts: [{ partId: 'aios', role: 'aios', raterUids: ['a1', 'o1'] }],
    });
    expect(mayActOnPart({ uid: 'o1' }, odd, 'aios').ok).toBe(false);
    expect(mayActOnPart({ uid: 'a1' }, odd, 'aios').ok).toBe(true);
  });
});

describe('rule 4: advice is not decision', () => {
  const decision = withStatus(spec('voortgangsbeslissing'), { adviceComplete: true });
  const advice = withStatus(spec('voortgangsadvies-m9'));

  it('the decision waits until the opleider’s and the docenten’s advice are in (the server’s flag)', () => {
    const hoofd = { uid: 'h1', staffRoles: ['hoofd_opleiding' as const] };
    expect(mayActOnPart(hoofd, withStatus(spec('voortgangsbeslissing')), 'hoofd_opleiding')).toEqual({
      ok: false,
      reason: DECISION_WAITS_MESSAGE,
    });
    expect(
      mayActOnPart(
        hoofd,
        withStatus(spec('voortgangsbeslissing'), { adviceComplete: false }),
        'hoofd_opleiding',
      ).ok,
    ).toBe(false);
  });

  it('only the hoofd opleiding records the decision', () => {
    expect(mayActOnPart({ uid: 'h1', staffRoles: ['hoofd_opleiding'] }, decision, 'hoofd_opleiding')).toEqual(
      { ok: true },
    );
    expect(mayActOnPart({ uid: 'o1' }, decision, 'hoofd_opleiding')).toEqual({
      ok: false,
      reason: 'Alleen hoofd opleiding vult dit deel in.',
    });
    expect(
      mayActOnPart({ uid: 'f1', staffRoles: ['fase_coordinator'] }, decision, 'hoofd_opleiding').ok,
    ).toBe(false);
    expect(
      mayActOnPart({ uid: 's1', staffRoles: ['secretariaat', 'admin'] }, decision, 'hoofd_opleiding').ok,
    ).toBe(false);
  });

  it('the hoofd opleiding does not write the opleider’s advice', () => {
    expect(mayActOnPart({ uid: 'h1', staffRoles: ['hoofd_opleiding'] }, advice, 'opleider').ok).toBe(false);
    expect(mayActOnPart({ uid: 'o2' }, advice, 'opleider').ok).toBe(true);
  });
});

describe('rule 5: institutes are separate; the secretariat writes no assessment content', () => {
  const combel = withStatus(spec('combel-m3'));

  it('refuses another institute, even for a rater', () => {
    expect(mayActOnPart({ uid: 'a1', institute: 'umcg' }, combel, 'aios')).toEqual({
      ok: false,
      reason: 'Dit formulier hoort bij een andere instelling.',
    });
    expect(
      mayReadPart(
        { uid: 's1', staffRoles: ['secretariaat'], institute: 'umcg' },
        { ...combel, revealed: true },
        'aios',
        traject,
      ).ok,
    ).toBe(false);
  });

  it('refuses the secretariat writing a part', () => {
    expect(
      mayActOnPart({ uid: 's1', staffRoles: ['secretariaat'], institute: 'lumc' }, combel, 'opleider'),
    ).toEqual({
      ok: false,
      reason:
        'Medewerkers van het instituut beheren trajecten maar schrijven geen beoordelingen in andermans deel.',
    });
  });
});

describe('sealed forms and audiences of other forms', () => {
  const combel = withStatus(spec('combel-m3'));

  it('ComBel parts stay hidden from the other raters until revealed; your own part is always visible', () => {
    expect(mayReadPart({ uid: 'o1' }, combel, 'opleider', traject)).toEqual({ ok: true });
    expect(mayReadPart({ uid: 'o1' }, combel, 'aios', traject).ok).toBe(false);
    expect(mayReadPart({ uid: 'a1' }, combel, 'groepsdocent', traject).ok).toBe(false);
    expect(mayReadPart({ uid: 'o1' }, { ...combel, revealed: true }, 'aios', traject)).toEqual({ ok: true });
    expect(
      mayReadPart(
        { uid: 's1', staffRoles: ['secretariaat'] },
        { ...combel, revealed: true },
        'aios',
        traject,
      ),
    ).toEqual({ ok: true });
  });

  it('ComBel audience: the aios, opleiders and groepsdocenten; staff visible', () => {
    expect(formAudience(combel, traject)).toMatchObject({
      readerUids: ['a1', 'g1', 'g2', 'o1', 'o2'],
      staffVisible: true,
    });
  });

  it('PDG lesson observation: not the leidinggevende; learner reports: only the teacher', () => {
    const pdg = computeSchedule({
      trajectId: 'p1',
      programme: 'pdg',
      startDate: '2025-09-01',
      roles: pdgRoles,
    });
    const obs = pdg.find((s) => s.occurrenceKey === 'observatie-1')!;
    expect(formAudience(obs, { roles: pdgRoles }).readerUids).toEqual(['d1', 'tr1', 'w1']);
    const mbo = computeSchedule({
      trajectId: 'm1',
      programme: 'mbo_team',
      startDate: '2025-09-01',
      roles: { deelnemer: ['d1'], leidinggevende: ['l1'] },
    });
    expect(
      formAudience(mbo[0]!, { roles: { deelnemer: ['d1'], leidinggevende: ['l1'] } }).readerUids,
    ).toEqual(['d1']);
  });
});

describe('parseClaims', () => {
  it('keeps the institute, the known staff roles and a link part', () => {
    expect(
      parseClaims({ institute: 'lumc', staff: ['admin', 'koning', 3], linkPart: 'f1/aios', iat: 1 }),
    ).toEqual({
      institute: 'lumc',
      staff: ['admin'],
      linkPart: 'f1/aios',
    });
  });
  it('gives no roles for anything else', () => {
    expect(parseClaims(undefined)).toEqual({ staff: [] });
    expect(parseClaims({ institute: '', staff: 'admin', linkPart: 7 })).toEqual({ staff: [] });
  });
});
