// Access-matrix rows of the weekly KPB/KVB and the duties counted (docs/rules.md, "KPB/KVB" and "Diensten"):
// a KPB is created by startKpb only (domain policies/kpb.ts), never by a client writing an envelope or a part;
// who fills the opleider part is never the aios's choice (a waarnemend opleider is named through inviteRater by
// the opleider or the secretariat). The duties are whole numbers in the diensten report (generated answer rules).
// The world: tH__kpb-3 (world/forms.ts) and tH__diensten-m6, an open diensten report with the opleider part
// in draft (worldKpb.ts, added to the world in world/forms.ts). Pure data: imported by the docs generator.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import type { Row } from './matrix/model.js';
import { draft, stamp } from './matrix/payloads.js';

const DIENSTEN = 'forms/tH__diensten-m6/parts/opleider';
const aiosEnvelope = {
  instituteId: 'inst-a',
  trajectId: 'tH',
  programme: 'huisarts_jaar1',
  formType: 'kpb',
  occurrenceKey: 'kpb-9',
  title: 'KPB/KVB 9',
  status: 'open',
  parts: { aios: { role: 'aios', raterUids: ['$uid'], status: 'open' } },
  raterUids: ['$uid'],
  readerUids: ['$uid'],
  staffVisible: false,
  revealed: false,
};

export function kpbRows(): Row[] {
  return [
    {
      doc: 'forms',
      what: 'a new KPB envelope (tH__kpb-9) written by a client',
      op: 'create',
      path: 'forms/tH__kpb-9',
      data: aiosEnvelope,
      allow: [],
      why: 'envelopes are the server’s: a KPB is started with the startKpb callable, which holds the limits',
      attack: 'the aios creating KPB envelopes with the SDK, past the limit of open KPBs',
    },
    {
      doc: 'parts',
      what: 'a new KPB part (tH__kpb-9/parts/opleider) written by a client',
      op: 'create',
      path: 'forms/tH__kpb-9/parts/opleider',
      data: { raterUids: ['$uid'], status: 'open', answers: {}, formType: 'kpb', ...stamp },
      allow: [],
      why: 'parts are created by the server only',
      attack: 'the aios creating the opleider part of a KPB with herself as its rater',
    },
    {
      doc: 'parts',
      what: 'KPB 3 opleider part: put someone else on it as rater (raterUids)',
      op: 'update',
      path: 'forms/tH__kpb-3/parts/opleider',
      data: { raterUids: ['link-kpb', 'aios1'], ...stamp },
      allow: [],
      why: 'raters come from the traject and inviteRater (opleider or secretariat), never from a client write',
      attack: 'the aios naming a waarnemend opleider (or herself) for the observation part',
    },
    {
      doc: 'parts',
      what: 'diensten m6 opleider part: save the number of duties as a number',
      op: 'update',
      path: DIENSTEN,
      data: draft({ aantalDiensten: 14, aantalOpAfstand: 0 }),
      allow: ['opleider', 'opleider2'],
      why: 'the opleider fills the diensten report; counts are whole numbers (generated answer rules)',
    },
    {
      doc: 'parts',
      what: 'diensten m6 opleider part: the number of duties as text, or below zero',
      op: 'update',
      path: DIENSTEN,
      data: draft({ aantalDiensten: '14 of zo', aantalOpAfstand: -1 }),
      allow: [],
      why: 'a count is an int from 0 to its maximum (NumberField), so progress is computed from numbers',
      attack: 'an opleider writing a count the progress cannot read',
    },
    {
      doc: 'parts',
      what: 'diensten m6 opleider part: submit with more duties at a distance than the maximum field allows',
      op: 'update',
      path: DIENSTEN,
      data: {
        ...draft({ ...FORM_EXAMPLES.diensten.opleider, aantalDiensten: 20, aantalOpAfstand: 51 }),
        status: 'submitted',
        submittedAt: '$now',
      },
      allow: [],
      why: 'the rules check every answer against its field on submission',
    },
  ];
}
