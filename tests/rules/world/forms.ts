// The forms of the rules world (tests/rules/world.ts): one per state the access matrix talks about.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { INSTITUTE_A, INSTITUTE_B } from '../matrix.js';
import { reopenedWorldDocs } from '../worldCorrections.js';
import { kpbWorldDocs } from '../worldKpb.js';
import { voorwaardenWorldDocs } from '../worldVoorwaarden.js';
import { feedbackWorldDocs } from '../worldFeedback.js';
import { at, CLOSED, ENDLESS, formDocs, FUTURE, OPEN } from './formDocs.js';

const ex = FORM_EXAMPLES;
const huisarts = { trajectId: 'tH', programme: 'huisarts_jaar1' };
const pdg = { trajectId: 'tP', programme: 'pdg' };
const tHReaders = ['aios1', 'gd1', 'opl1', 'opl2'];

/** Every form of the world (envelopes, parts, a kept version), by path. */
export function worldForms(): [string, Record<string, unknown>][] {
  return [
    ...formDocs('tH__combel-m3', {
      ...huisarts,
      formType: 'combel',
      title: 'ComBel maand 3',
      window: OPEN(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.combel.aios },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'draft', answers: { tops: 'Rustig.' } },
        groepsdocent: { raterUids: ['gd1'], status: 'open' },
      },
    }),
    ...formDocs('tH__combel-m9', {
      ...huisarts,
      formType: 'combel',
      title: 'ComBel maand 9',
      window: OPEN(),
      status: 'completed',
      readerUids: tHReaders,
      staffVisible: true,
      revealed: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.combel.aios },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'submitted', answers: ex.combel.opleider },
        groepsdocent: { raterUids: ['gd1'], status: 'submitted', answers: ex.combel.groepsdocent },
      },
    }),
    // A ComBel round whose aios part the secretariat reopened: sealed again (matrixCorrections.ts).
    ...reopenedWorldDocs(
      formDocs('tH__combel-reopened', {
        ...huisarts,
        formType: 'combel',
        title: 'ComBel maand 9 (heropend)',
        window: OPEN(),
        readerUids: tHReaders,
        staffVisible: true,
        parts: {
          aios: { raterUids: ['aios1'], status: 'draft', answers: ex.combel.aios },
          opleider: { raterUids: ['opl1', 'opl2'], status: 'submitted', answers: ex.combel.opleider },
          groepsdocent: { raterUids: ['gd1'], status: 'submitted', answers: ex.combel.groepsdocent },
        },
      }),
      at,
    ),
    ...formDocs('tH__combel-m6', {
      ...huisarts,
      formType: 'combel',
      title: 'ComBel maand 6',
      window: CLOSED(),
      readerUids: ['aios1', 'opl1', 'opl2'],
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'draft', answers: { tops: 'Bijna.' } },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'open' },
      },
    }),
    ...formDocs('tH__combel-future', {
      ...huisarts,
      formType: 'combel',
      title: 'ComBel later',
      window: FUTURE(),
      readerUids: ['aios1', 'opl1', 'opl2'],
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'open' },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'open' },
      },
    }),
    ...formDocs('tH__leoh-m3-opl1', {
      ...huisarts,
      formType: 'leoh',
      title: 'LEOh maand 3',
      leohKind: 'private',
      subjectUid: 'opl1',
      window: OPEN(),
      status: 'completed',
      readerUids: ['aios1', 'opl1'],
      staffVisible: false,
      parts: { aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.leoh.aios } },
    }),
    // A server mistake on purpose: the groepsdocent is listed as reader of a LEOh. Rule 4 must still hold.
    ...formDocs('tH__leoh-m3-opl2', {
      ...huisarts,
      formType: 'leoh',
      title: 'LEOh maand 3',
      leohKind: 'private',
      subjectUid: 'opl2',
      window: OPEN(),
      status: 'completed',
      readerUids: ['aios1', 'gd1', 'opl2'],
      staffVisible: false,
      parts: { aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.leoh.aios } },
    }),
    ...formDocs('tH__leoh-dossier-opl1', {
      ...huisarts,
      formType: 'leoh',
      title: 'LEOh dossier',
      leohKind: 'dossier',
      subjectUid: 'opl1',
      window: OPEN(),
      status: 'ingediend',
      readerUids: ['aios1', 'opl1'],
      staffVisible: true,
      parts: { aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.leoh.aios } },
    }),
    ...formDocs('tH__leoh-dossier-opl2', {
      ...huisarts,
      formType: 'leoh',
      title: 'LEOh dossier',
      leohKind: 'dossier',
      subjectUid: 'opl2',
      window: OPEN(),
      readerUids: ['aios1', 'opl2'],
      staffVisible: false,
      parts: { aios: { raterUids: ['aios1'], status: 'draft', answers: { tops: 'Neemt de tijd.' } } },
    }),
    ...formDocs('tH__voortgangsbeslissing', {
      ...huisarts,
      formType: 'voortgangsbeslissing',
      title: 'Voortgangsbeslissing',
      window: ENDLESS(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: { hoofd_opleiding: { raterUids: [], status: 'open' } },
      // The advice is in: the server opened the decision (decision.ts); worldVoorwaarden.ts has one still waiting.
      serverFields: { adviceComplete: true },
    }),
    ...formDocs('tH__voortgangsadvies-m6', {
      ...huisarts,
      formType: 'voortgangsadvies',
      title: 'Voortgangsadvies maand 6',
      window: OPEN(),
      readerUids: tHReaders,
      staffVisible: true,
      // link-adv: a server mistake on purpose, a link session named for a part no link may reach.
      parts: {
        opleider: {
          raterUids: ['opl1', 'opl2', 'link-adv'],
          status: 'draft',
          answers: { advies: 'go' },
          designatedLinkRater: 'link-adv',
        },
      },
    }),
    // An open diensten report, the opleider part in draft (matrixKpb.ts).
    ...kpbWorldDocs(),
    ...voorwaardenWorldDocs(),
    ...feedbackWorldDocs(),
    ...formDocs('tH__kpb-3', {
      ...huisarts,
      formType: 'kpb',
      title: 'KPB 3',
      window: ENDLESS(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.kpb.aios },
        // Filled by a waarnemend opleider through a single-use link: no account; redeeming the link put the
        // session's uid on the part. link-old lingers on it (a session from before designations, or a server
        // mistake) but is not the designated waarnemer.
        opleider: { raterUids: ['link-kpb', 'link-old'], status: 'open', designatedLinkRater: 'link-kpb' },
      },
    }),
    ...formDocs('tP__beoordeling-1', {
      ...pdg,
      formType: 'beoordeling_summatief',
      title: 'Beoordeling summatief lesbezoek',
      window: ENDLESS(),
      readerUids: ['ass1', 'ass2', 'dln1'],
      staffVisible: true,
      parts: {
        assessor: { raterUids: ['ass1'], status: 'open' },
        tweede_assessor: {
          raterUids: ['ass2'],
          status: 'submitted',
          answers: ex.beoordeling_summatief.tweede_assessor,
        },
      },
    }),
    // A server mistake on purpose: the former werkplekbegeleider wpb0 on the assessor part. Rule 8 must still hold.
    ...formDocs('tP__beoordeling-former', {
      ...pdg,
      formType: 'beoordeling_summatief',
      title: 'Beoordeling summatief lesbezoek',
      window: ENDLESS(),
      readerUids: ['ass2', 'dln1', 'wpb0'],
      staffVisible: true,
      parts: {
        assessor: { raterUids: ['wpb0'], status: 'open' },
        tweede_assessor: { raterUids: ['ass2'], status: 'open' },
      },
    }),
    // A server mistake on purpose: the werkplekbegeleider copied onto the assessor part. Rule 2 must still hold.
    ...formDocs('tP__beoordeling-bug', {
      ...pdg,
      formType: 'beoordeling_summatief',
      title: 'Beoordeling summatief lesbezoek',
      window: ENDLESS(),
      readerUids: ['ass2', 'dln1', 'wpb1'],
      staffVisible: true,
      parts: {
        assessor: { raterUids: ['wpb1'], status: 'open' },
        tweede_assessor: { raterUids: ['ass2'], status: 'open' },
      },
    }),
    ...formDocs('tB__combel-m3', {
      instituteId: INSTITUTE_B,
      trajectId: 'tB',
      programme: 'huisarts_jaar1',
      formType: 'combel',
      title: 'ComBel maand 3',
      window: OPEN(),
      readerUids: ['aiosB', 'oplB'],
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aiosB'], status: 'draft', answers: { tops: 'Gaat goed.' } },
        opleider: { raterUids: ['oplB'], status: 'open' },
      },
    }),
    [
      'forms/tH__combel-m9/parts/aios/versions/1',
      {
        instituteId: INSTITUTE_A,
        trajectId: 'tH',
        formId: 'tH__combel-m9',
        formType: 'combel',
        role: 'aios',
        raterUids: ['aios1'],
        status: 'submitted',
        answers: ex.combel.aios,
        version: 1,
        submittedAt: at(-5),
      },
    ],
  ];
}
