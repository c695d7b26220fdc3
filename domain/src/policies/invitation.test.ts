import { describe, expect, it } from 'vitest';
import { api } from '../api';
import { FORM_DEFINITIONS } from '../forms/registry';
import { FORM_TYPES } from '../forms/types';
import { PROGRAMMES } from '../programmes';
import {
  FEEDBACK_PARTS,
  linkParts,
  mailboxOf,
  mayAskToFill,
  mayBeInvited,
  mayHandOutPart,
  mayHoldPart,
  NEVER_BY_LINK,
  partKind,
  REPLACEABLE_PARTS,
  type TrajectContext,
} from './invitation';
import { invitationTextProblem, linkLikeToken } from './invitationText';

const huisarts: TrajectContext = {
  programme: 'huisarts_jaar1',
  roles: { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1'] },
};
const led: TrajectContext = { programme: 'led_basis', roles: { deelnemer: ['d1'], collega_docent: ['c1'] } };
const combel = { formType: 'combel' as const, instituteId: 'lumc' };
const secretariaat = { uid: 's1', institute: 'lumc', staffRoles: ['secretariaat' as const] };

describe('which parts are assessment and which feedback', () => {
  it('every part is an assessment part except the feedback parts named in the policy', () => {
    expect(partKind('combel', 'opleider')).toBe('assessment');
    expect(partKind('observatie', 'werkplekbegeleider')).toBe('assessment');
    expect(partKind('observatie', 'collega_docent')).toBe('feedback');
  });

  it('the tables name only real parts, never a trainee part, a staff part or a form no link reaches', () => {
    const trainees = new Set(Object.values(PROGRAMMES).map((p) => p.traineeRole as string));
    for (const table of [FEEDBACK_PARTS, REPLACEABLE_PARTS]) {
      for (const [formType, parts] of Object.entries(table)) {
        const def = FORM_DEFINITIONS[formType as keyof typeof FORM_DEFINITIONS];
        expect(NEVER_BY_LINK).not.toContain(formType);
        for (const partId of parts ?? []) {
          const part = def.parts.find((p) => p.partId === partId);
          expect(part, `${formType}/${partId}`).toBeDefined();
          expect(part!.staff).toBe(false);
          expect(trainees.has(partId)).toBe(false);
        }
      }
    }
  });

  it('a link reaches exactly the feedback parts and the replaceable assessment parts', () => {
    const givers = (n: number) => Array.from({ length: n }, (_, i) => `feedback_${i + 1}`);
    expect(linkParts()).toEqual({
      // The feedback givers' slots (policies/feedbackGivers.ts), then the waarnemer's part.
      combel: [...givers(6), 'opleider'],
      aanvraag_summatief: givers(8),
      diensten: ['opleider'],
      kpb: ['opleider'],
      observatie: ['collega_docent'],
    });
    for (const formType of FORM_TYPES) {
      if (NEVER_BY_LINK.includes(formType)) expect(linkParts()[formType]).toBeUndefined();
    }
  });
});

describe('who may hand out a part by link (finding: an aios can assess themselves)', () => {
  it('the trainee never hands out an assessment part of their own forms', () => {
    for (const formType of ['combel', 'diensten', 'kpb'] as const) {
      const r = mayHandOutPart({ uid: 'a1' }, { formType }, 'opleider', huisarts);
      expect(r).toEqual({
        ok: false,
        reason:
          'Het deel "Opleider" is een beoordeling: wie dat invult, kies je niet zelf. Vraag je opleider om het in te vullen; een waarnemer wijst je opleider of het secretariaat aan.',
      });
    }
    expect(mayHandOutPart({ uid: 'a1' }, combel, 'groepsdocent', huisarts)).toMatchObject({
      ok: false,
      reason:
        'Het deel "Groepsdocent" is een beoordeling: wie dat invult, kies je niet zelf. Vraag je groepsdocent om het in te vullen.',
    });
  });

  it('the trainee invites into a feedback part', () => {
    expect(mayHandOutPart({ uid: 'd1' }, { formType: 'observatie' }, 'collega_docent', led)).toEqual({
      ok: true,
      as: 'trainee',
    });
    expect(mayHandOutPart({ uid: 'c1' }, { formType: 'observatie' }, 'collega_docent', led)).toMatchObject({
      ok: false,
      notYours: true,
    });
  });

  it('an assigned opleider or the secretariat of the institute names a waarnemend opleider', () => {
    expect(mayHandOutPart({ uid: 'o2' }, combel, 'opleider', huisarts)).toEqual({ ok: true, as: 'rater' });
    expect(mayHandOutPart(secretariaat, combel, 'opleider', huisarts)).toEqual({
      ok: true,
      as: 'secretariaat',
    });
    const elsewhere = { ...secretariaat, institute: 'pdg-hr' };
    const noInstitute = { uid: 's1', staffRoles: ['secretariaat' as const] };
    for (const actor of [elsewhere, noInstitute, { uid: 'g1' }, { uid: 'x' }]) {
      expect(mayHandOutPart(actor, combel, 'opleider', huisarts)).toEqual({
        ok: false,
        reason:
          'Alleen de opleider van dit traject of het secretariaat kan een waarnemer aanwijzen voor dit deel.',
        notYours: true,
      });
    }
  });

  it('nobody hands out a LEOh, a summative assessment, a decision, an advice, or the trainee part; no link session at all', () => {
    const o1 = { uid: 'o1' };
    expect(mayHandOutPart(o1, { formType: 'leoh' }, 'aios', huisarts).ok).toBe(false);
    expect(
      mayHandOutPart(
        secretariaat,
        { formType: 'beoordeling_summatief', instituteId: 'lumc' },
        'assessor',
        huisarts,
      ),
    ).toMatchObject({
      ok: false,
      reason:
        'De assessoren van het summatief lesbezoek wijst het secretariaat aan in het traject; daarvoor nodig je niemand uit.',
    });
    expect(
      mayHandOutPart(
        secretariaat,
        { formType: 'voortgangsbeslissing', instituteId: 'lumc' },
        'hoofd_opleiding',
        huisarts,
      ).ok,
    ).toBe(false);
    expect(mayHandOutPart(o1, { formType: 'voortgangsadvies' }, 'opleider', huisarts)).toMatchObject({
      ok: false,
      reason: 'Voor het deel "Opleider" van dit formulier kan niemand worden uitgenodigd of aangewezen.',
    });
    expect(mayHandOutPart(o1, combel, 'aios', huisarts)).toMatchObject({
      ok: false,
      reason: 'Het eigen deel van de aios vult niemand anders in.',
    });
    expect(mayHandOutPart({ uid: 'o1', linkPart: 'f/opleider' }, combel, 'opleider', huisarts).ok).toBe(
      false,
    );
    expect(mayHandOutPart(o1, combel, 'bestaat_niet', huisarts)).toMatchObject({
      reason: 'Dit formulier heeft dit deel niet.',
    });
  });

  it('the trainee asks the raters of any other part, never of their own', () => {
    expect(mayAskToFill({ uid: 'a1' }, combel, 'opleider', huisarts)).toEqual({ ok: true, as: 'trainee' });
    expect(mayAskToFill({ uid: 'a1' }, combel, 'groepsdocent', huisarts).ok).toBe(true);
    expect(mayAskToFill({ uid: 'a1' }, combel, 'aios', huisarts)).toMatchObject({
      reason: 'Dit is je eigen deel: dat vul je zelf in.',
    });
    expect(mayAskToFill({ uid: 'a1' }, { formType: 'leoh' }, 'aios', huisarts).ok).toBe(false);
    expect(mayAskToFill({ uid: 'o1' }, combel, 'opleider', huisarts)).toMatchObject({
      ok: false,
      notYours: true,
    });
  });
});

describe('who may be invited', () => {
  const ctx = {
    ...huisarts,
    partRole: 'opleider' as const,
    inviter: { uid: 'o1', emails: ['pieter@x.nl'] },
    traineeEmails: ['Anna@X.nl'],
  };
  const invitee = (email: string, uids: string[] = [], staffRoles: ('secretariaat' | 'admin')[] = []) => ({
    name: 'N',
    email,
    uids,
    staffRoles,
  });

  it('never the trainee: by account, by address in any case, or with a +tag', () => {
    for (const i of [invitee('ander@x.nl', ['a1']), invitee(' anna@x.nl'), invitee('anna+opleider@x.nl')]) {
      expect(mayBeInvited(i, ctx)).toEqual({
        ok: false,
        reason: 'N is de aios van dit traject en vult het deel "Opleider" niet in.',
      });
    }
    expect(mailboxOf(' Anna+Twee@X.nl ')).toBe('anna@x.nl');
  });

  it('never the inviter, never the secretariat, never a conflicting role; an outsider is fine', () => {
    expect(mayBeInvited(invitee('PIETER@x.nl'), ctx).ok).toBe(false);
    expect(mayBeInvited(invitee('p2@x.nl', ['o1']), ctx).ok).toBe(false);
    expect(mayBeInvited(invitee('s@x.nl', ['s1'], ['secretariaat']), ctx)).toEqual({
      ok: false,
      reason: 'Het secretariaat vult geen beoordelingen of feedback in; kies iemand anders.',
    });
    expect(mayBeInvited(invitee('g@x.nl', ['g1']), ctx).ok).toBe(false);
    expect(mayBeInvited(invitee('jan@waarneming.nl'), ctx)).toEqual({ ok: true });
  });

  it('never the werkplekbegeleider as (tweede) assessor (rule 1); the same role is fine', () => {
    const roles = { deelnemer: ['d1'], werkplekbegeleider: ['w1'], pdg_trainer: ['t1'] };
    const r = mayHoldPart('pdg', roles, ['w1'], 'tweede_assessor', 'Kees');
    expect(!r.ok && r.reason).toMatch(/^De werkplekbegeleider mag nooit tweede assessor zijn/);
    expect(mayHoldPart('pdg', roles, ['x9'], 'tweede_assessor', 'Jan')).toEqual({ ok: true });
    expect(mayHoldPart('huisarts_jaar1', huisarts.roles, ['g1'], 'opleider', 'Gerda')).toEqual({
      ok: false,
      reason: 'Gerda is in dit traject al groepsdocent en kan niet ook het deel "opleider" invullen.',
    });
    expect(mayHoldPart('huisarts_jaar1', huisarts.roles, ['o1'], 'opleider', 'Pieter')).toEqual({ ok: true });
  });
});

describe('an invitation carries no links (finding: the invitation as a mail relay)', () => {
  it('finds what a mail client would link', () => {
    const linked = [
      ['zie https://phish.example/a', 'https://'],
      ['HXXP://x', 'HXXP://'],
      ['ga naar www.lumc.nl', 'www.'],
      ['log in op lumc-login.com nu', 'lumc-login.com'],
      ['mail a.b@evil.example', 'a.b@evil.example'],
      ['op 10.0.0.1', '10.0.0.1'],
      ['mailto:jan', 'mailto:'],
      ['lumc。com', 'lumc。com'],
      ['ComBel.Dank je', 'ComBel.Dank'],
    ];
    for (const [text, token] of linked) expect(linkLikeToken(text!), text).toBe(token);
  });

  it('lets ordinary Dutch through: abbreviations, times, decimals', () => {
    for (const text of [
      'o.a. de anamnese, d.w.z. vóór 12.30 uur',
      'Bijv. bij het spreekuur. Dank!',
      'cijfer 7.5',
      'i.v.m. de m.b.t.-regel',
      't.z.t. graag',
    ]) {
      expect(linkLikeToken(text), text).toBeNull();
    }
  });

  it('the API contract refuses a link in the message or the name, and a message over 300 characters', () => {
    const req = { formId: 'f1', partId: 'opleider', name: 'Jan', email: 'jan@x.nl' };
    const bad = api.inviteRater.request.safeParse({ ...req, message: 'Zie www.evil.example' });
    expect(!bad.success && bad.error.issues[0]!.message).toBe(
      invitationTextProblem('Zie www.evil.example', 'bericht'),
    );
    expect(!bad.success && bad.error.issues[0]!.message).toMatch(
      /^Een bericht mag geen links of webadressen bevatten \("www\."\)/,
    );
    const name = api.inviteRater.request.safeParse({ ...req, name: 'evil.example' });
    expect(!name.success && name.error.issues[0]!.message).toMatch(/^Een naam mag geen links/);
    const long = api.inviteRater.request.safeParse({ ...req, message: 'x'.repeat(301) });
    expect(!long.success && long.error.issues[0]!.message).toBe('Maximaal 300 tekens');
    expect(api.inviteRater.request.parse({ ...req, message: '  Dank je, o.a. voor 12.30.  ' }).message).toBe(
      'Dank je, o.a. voor 12.30.',
    );
  });
});
