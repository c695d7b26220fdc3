// Access-matrix rows of the PDG summative lesson visit (docs/rules.md "Summative lesson visit"): after a go the
// server creates the assessment (functions/src/forms/summatief.ts) with the assessors the secretariat
// assigned; after a no-go it creates the next request. Nobody creates either from a client, nobody puts
// themselves on an assessor part, and the decision is the PDG-trainer's. Concatenated into MATRIX (matrix.ts);
// the world's tP__beoordeling-1 stands for a created assessment (tests/rules/world/forms.ts).
//
// Only function declarations here: matrix.ts imports this file and this file imports matrix.ts.
import { INSTITUTE_A, stamp, type Row } from './matrix.js';

const envelope = (formType: string, occurrenceKey: string, parts: Record<string, unknown>) => ({
  instituteId: INSTITUTE_A,
  trajectId: 'tP',
  programme: 'pdg',
  formType,
  occurrenceKey,
  title: 'Zelf aangemaakt',
  status: 'open',
  parts,
  raterUids: ['$uid'],
  readerUids: ['$uid'],
  staffVisible: true,
  revealed: false,
  nextReminderAt: null,
  origin: 'summatief',
});

export function pdgRows(): Row[] {
  const self = { role: 'assessor', raterUids: ['$uid'], status: 'open' };
  return [
    {
      doc: 'forms',
      what: 'a summative assessment of tP that does not exist yet: create the envelope',
      op: 'create',
      path: 'forms/tP__beoordeling-summatief-1',
      data: envelope('beoordeling_summatief', 'beoordeling-summatief-1', { assessor: self }),
      allow: [],
      why: 'only the server creates it, after a go on the request (createSummatiefVervolg)',
      attack:
        'the deelnemer or the werkplekbegeleider creating the assessment with the SDK, listing themselves',
    },
    {
      doc: 'parts',
      what: 'that assessment’s assessor part: create it',
      op: 'create',
      path: 'forms/tP__beoordeling-summatief-1/parts/assessor',
      data: {
        instituteId: INSTITUTE_A,
        trajectId: 'tP',
        formId: 'tP__beoordeling-summatief-1',
        formType: 'beoordeling_summatief',
        role: 'assessor',
        raterUids: ['$uid'],
        status: 'open',
        answers: {},
        ...stamp,
      },
      allow: [],
      why: 'parts are created by the server only',
      attack: 'a werkplekbegeleider making an assessor part for themselves',
    },
    {
      doc: 'forms',
      what: 'a second summative request of tP: create the envelope',
      op: 'create',
      path: 'forms/tP__aanvraag-summatief-2',
      data: envelope('aanvraag_summatief', 'aanvraag-summatief-2', {
        deelnemer: { role: 'deelnemer', raterUids: ['$uid'], status: 'open' },
      }),
      allow: [],
      why: 'a new request follows a no-go and is created by the server, never by a client',
      attack: 'the deelnemer creating her own new request (skipping the no-go)',
    },
    {
      doc: 'forms',
      what: 'the created summative assessment: add oneself to its raters',
      op: 'update',
      path: 'forms/tP__beoordeling-1',
      data: { 'parts.assessor.raterUids': ['$uid'], raterUids: ['$uid'] },
      allow: [],
      why: 'envelopes are the server’s; the assessors come from the traject, which only the secretariat writes',
      attack: 'the werkplekbegeleider making themselves assessor of the created assessment',
    },
    {
      doc: 'parts',
      what: 'the created summative assessment’s assessor part: put oneself on it',
      op: 'update',
      path: 'forms/tP__beoordeling-1/parts/assessor',
      data: { raterUids: ['ass1', '$uid'], ...stamp },
      allow: [],
      why: 'raters write answers and status only; raterUids are the server’s',
      attack: 'the werkplekbegeleider (or the deelnemer) adding themselves as assessor',
    },
  ];
}
