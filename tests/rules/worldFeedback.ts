// The rules world's forms for the feedback givers' rows (matrixFeedback.ts; docs/rules.md "Feedback givers by
// link"): a sealed ComBel of tH with a practice-staff part still open for its link session and one already in, the
// same after the reveal, and a PDG summative request of tP with a peer's part open and one in.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { formDocs, OPEN } from './world/formDocs.js';

const ex = FORM_EXAMPLES;
const tHReaders = ['aios1', 'gd1', 'opl1', 'opl2'];
const tPReaders = ['ass1', 'ass2', 'dln1', 'wpb1'];

export function feedbackWorldDocs(): [string, Record<string, unknown>][] {
  return [
    ...formDocs('tH__combel-fb', {
      trajectId: 'tH',
      programme: 'huisarts_jaar1',
      formType: 'combel',
      title: 'ComBel maand 6',
      window: OPEN(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.combel.aios },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'draft', answers: { tops: 'Rustig.' } },
        groepsdocent: { raterUids: ['gd1'], status: 'open' },
        feedback_1: { raterUids: ['link-da'], status: 'open', designatedLinkRater: 'link-da' },
        feedback_2: { raterUids: ['ext-poh'], status: 'submitted', answers: ex.combel.feedback_2 },
      },
    }),
    ...formDocs('tH__combel-fb-revealed', {
      trajectId: 'tH',
      programme: 'huisarts_jaar1',
      formType: 'combel',
      title: 'ComBel maand 9',
      window: OPEN(),
      status: 'completed',
      revealed: true,
      readerUids: tHReaders,
      staffVisible: true,
      parts: {
        aios: { raterUids: ['aios1'], status: 'submitted', answers: ex.combel.aios },
        opleider: { raterUids: ['opl1', 'opl2'], status: 'submitted', answers: ex.combel.opleider },
        groepsdocent: { raterUids: ['gd1'], status: 'submitted', answers: ex.combel.groepsdocent },
        feedback_1: { raterUids: ['ext-da'], status: 'submitted', answers: ex.combel.feedback_1 },
      },
    }),
    ...formDocs('tP__aanvraag-fb', {
      trajectId: 'tP',
      programme: 'pdg',
      formType: 'aanvraag_summatief',
      title: 'Aanvraag summatief lesbezoek',
      window: OPEN(),
      readerUids: tPReaders,
      staffVisible: true,
      parts: {
        deelnemer: { raterUids: ['dln1'], status: 'draft', answers: { lesonderwerp: 'Recht in de zorg' } },
        pdg_trainer: { raterUids: [], status: 'open' },
        feedback_1: { raterUids: ['link-peer'], status: 'open', designatedLinkRater: 'link-peer' },
        feedback_2: {
          raterUids: ['ext-student'],
          status: 'submitted',
          answers: ex.aanvraag_summatief.feedback_2,
        },
      },
    }),
  ];
}
