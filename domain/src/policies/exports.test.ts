import { describe, expect, it } from 'vitest';
import type { RoleAssignments } from '../traject';
import type { Actor, FormLike } from './common';
import {
  fileSlug,
  formIsAbout,
  mayExportDossier,
  mayExportInzage,
  mayReadVersion,
  partInDossier,
  partInInzage,
  type ExportTraject,
} from './exports';

const roles: RoleAssignments = { aios: ['a1'], opleider: ['o1'], groepsdocent: ['g1'] };
const traject: ExportTraject = { instituteId: 'i1', programme: 'huisarts_jaar1', roles };
const pdg: ExportTraject = {
  instituteId: 'i1',
  programme: 'pdg',
  roles: { deelnemer: ['d1'], werkplekbegeleider: ['w1'] },
};
const staff = (uid: string, ...staffRoles: Actor['staffRoles'] & string[]): Actor => ({
  uid,
  institute: 'i1',
  staffRoles,
});

describe('mayExportDossier', () => {
  it('lets the trainee, the secretariat and the hoofd opleiding of the institute download', () => {
    expect(mayExportDossier({ uid: 'a1' }, traject)).toEqual({ ok: true, as: 'trainee' });
    expect(mayExportDossier({ uid: 'd1' }, pdg)).toEqual({ ok: true, as: 'trainee' });
    expect(mayExportDossier(staff('s1', 'secretariaat'), traject)).toEqual({ ok: true, as: 'staff' });
    expect(mayExportDossier(staff('h1', 'hoofd_opleiding'), traject)).toEqual({ ok: true, as: 'staff' });
  });

  it.each<[string, Actor, ExportTraject]>([
    ['the opleider', { uid: 'o1' }, traject],
    ['a groepsdocent', { uid: 'g1' }, traject],
    ['the werkplekbegeleider', { uid: 'w1' }, pdg],
    ['another aios', { uid: 'a2' }, traject],
    ['the opleiderscoach', staff('c1', 'opleiderscoach'), traject],
    ['a fase-coördinator', staff('f1', 'fase_coordinator'), traject],
    ['an admin', staff('ad1', 'admin'), traject],
    [
      'the secretariat of another institute',
      { uid: 's2', institute: 'i2', staffRoles: ['secretariaat'] },
      traject,
    ],
    ['a staff claim without institute', { uid: 's3', staffRoles: ['secretariaat'] }, traject],
    ['the trainee in a link session', { uid: 'a1', linkPart: 'f/aios' }, traject],
  ])('refuses %s', (_who, actor, t) => {
    const d = mayExportDossier(actor, t);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.reason).toMatch(
      /^(Dit dossier downloaden alleen de (aios|deelnemer) zelf|Met een persoonlijke link)/,
    );
  });
});

const combel = (revealed: boolean): FormLike => ({
  formId: 't1__combel-m3',
  instituteId: 'i1',
  formType: 'combel',
  status: 'open',
  revealed,
  parts: {
    aios: { role: 'aios', raterUids: ['a1'], status: 'submitted' },
    opleider: { role: 'opleider', raterUids: ['o1'], status: 'submitted' },
  },
});
const leoh = (leohKind: 'private' | 'dossier', status: FormLike['status']): FormLike => ({
  formId: `t1__leoh-${leohKind}-o1`,
  instituteId: 'i1',
  formType: 'leoh',
  leohKind,
  subjectUid: 'o1',
  status,
  parts: { aios: { role: 'aios', raterUids: ['a1'], status: 'submitted' } },
});

describe('partInDossier: the read policy, submitted parts only', () => {
  it('holds submitted parts the actor may read, not drafts', () => {
    expect(partInDossier({ uid: 'a1' }, combel(true), 'opleider', 'submitted', traject)).toBe(true);
    expect(partInDossier({ uid: 'a1' }, combel(true), 'aios', 'draft', traject)).toBe(false);
  });

  it('keeps a sealed round closed until it is revealed, for the trainee and staff alike', () => {
    expect(partInDossier({ uid: 'a1' }, combel(false), 'opleider', 'submitted', traject)).toBe(false);
    expect(partInDossier({ uid: 'a1' }, combel(false), 'aios', 'submitted', traject)).toBe(true);
    expect(partInDossier(staff('s1', 'secretariaat'), combel(false), 'aios', 'submitted', traject)).toBe(
      false,
    );
  });

  it('never gives a private LEOh to staff; a dossier LEOh only to the secretariat once handed in', () => {
    const sec = staff('s1', 'secretariaat');
    const head = staff('h1', 'hoofd_opleiding');
    expect(partInDossier(sec, leoh('private', 'completed'), 'aios', 'submitted', traject)).toBe(false);
    expect(partInDossier(head, leoh('private', 'completed'), 'aios', 'submitted', traject)).toBe(false);
    expect(partInDossier(sec, leoh('dossier', 'completed'), 'aios', 'submitted', traject)).toBe(false);
    expect(partInDossier(sec, leoh('dossier', 'ingediend'), 'aios', 'submitted', traject)).toBe(true);
    expect(partInDossier(head, leoh('dossier', 'ingediend'), 'aios', 'submitted', traject)).toBe(false);
    // The aios wrote it: their own dossier holds it.
    expect(partInDossier({ uid: 'a1' }, leoh('private', 'completed'), 'aios', 'submitted', traject)).toBe(
      true,
    );
  });
});

describe('inzage', () => {
  it('refuses a link session', () => {
    expect(mayExportInzage({ uid: 'ext_1', linkPart: 'f/p' }).ok).toBe(false);
    expect(mayExportInzage({ uid: 'a1' }).ok).toBe(true);
  });

  it('a form is about the trainee of its traject and the opleider a LEOh is about', () => {
    expect(formIsAbout('a1', combel(true), traject)).toBe(true);
    expect(formIsAbout('o1', combel(true), traject)).toBe(false);
    expect(formIsAbout('o1', leoh('private', 'completed'), traject)).toBe(true);
    expect(formIsAbout('g1', combel(true), null)).toBe(false);
  });

  it('holds own parts in any status and readable submitted parts of forms about the person only', () => {
    expect(partInInzage({ uid: 'a1' }, combel(false), 'aios', 'draft', traject)).toBe(true);
    expect(partInInzage({ uid: 'a1' }, combel(true), 'opleider', 'submitted', traject)).toBe(true);
    expect(partInInzage({ uid: 'a1' }, combel(false), 'opleider', 'submitted', traject)).toBe(false);
    // The opleider's inzage holds his own part, not the aios's self-assessment: the ComBel is not about him.
    expect(partInInzage({ uid: 'o1' }, combel(true), 'opleider', 'submitted', traject)).toBe(true);
    expect(partInInzage({ uid: 'o1' }, combel(true), 'aios', 'submitted', traject)).toBe(false);
    // A LEOh about him: he reads the aios's part once it is submitted.
    expect(partInInzage({ uid: 'o1' }, leoh('private', 'completed'), 'aios', 'submitted', traject)).toBe(
      true,
    );
    expect(partInInzage({ uid: 'o1' }, leoh('private', 'open'), 'aios', 'draft', traject)).toBe(false);
    // The hoofd opleiding wrote the decision: a staff part without listed raters.
    const decision: FormLike = {
      formId: 't1__beslissing',
      instituteId: 'i1',
      formType: 'voortgangsbeslissing',
      parts: { hoofd_opleiding: { role: 'hoofd_opleiding', raterUids: [], status: 'submitted' } },
    };
    expect(
      partInInzage(staff('h1', 'hoofd_opleiding'), decision, 'hoofd_opleiding', 'submitted', traject, 'h1'),
    ).toBe(true);
    expect(
      partInInzage(staff('h2', 'hoofd_opleiding'), decision, 'hoofd_opleiding', 'submitted', traject, 'h1'),
    ).toBe(false);
    // Another aios reaches nothing of it.
    expect(partInInzage({ uid: 'a2' }, combel(true), 'aios', 'submitted', traject)).toBe(false);
    expect(partInInzage({ uid: 'a1', linkPart: 'x/aios' }, combel(true), 'aios', 'submitted', traject)).toBe(
      false,
    );
  });
});

describe('fileSlug', () => {
  it('keeps names readable in a file name on any system', () => {
    expect(fileSlug('Dragan Đorđević', 'x')).toBe('Dragan-Dordevic');
    expect(fileSlug('Elif Özdemir-Şahin', 'x')).toBe('Elif-Ozdemir-Sahin');
    expect(fileSlug('../../etc/passwd', 'x')).toBe('etc-passwd');
    expect(fileSlug('中文', 'aios')).toBe('aios');
    expect(fileSlug('a'.repeat(100), 'x')).toHaveLength(60);
  });
});

describe('mayReadVersion (the rules: its raters, and staff readers unless a LEOh)', () => {
  const v = { instituteId: 'i1', formType: 'combel' as const, raterUids: ['o1'] };
  it('lets its rater and the staff readers of the institute read an earlier version', () => {
    expect(mayReadVersion({ uid: 'o1' }, v)).toBe(true);
    expect(mayReadVersion(staff('s1', 'secretariaat'), v)).toBe(true);
    expect(mayReadVersion(staff('h1', 'hoofd_opleiding'), v)).toBe(true);
  });
  it('refuses the trainee (not its rater), other institutes, staff on a LEOh and link sessions', () => {
    expect(mayReadVersion({ uid: 'a1' }, v)).toBe(false);
    expect(mayReadVersion({ uid: 's2', institute: 'i2', staffRoles: ['secretariaat'] }, v)).toBe(false);
    expect(mayReadVersion(staff('s1', 'secretariaat'), { ...v, formType: 'leoh' })).toBe(false);
    expect(mayReadVersion({ uid: 'o1', linkPart: 'f/opleider' }, v)).toBe(false);
  });
});
