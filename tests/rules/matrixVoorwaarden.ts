// Access-matrix rows of the progress decision and its conditions (docs/rules.md "Progress decision and
// conditions"): the decision opens only when the opleider's and the docenten's advice are in (the server's
// `adviceComplete` on the part), and the follow-up of a decision "door onder voorwaarden" is read by the traject's
// people and staff readers but closed by the hoofd opleiding only (rule 4). The world: worldVoorwaarden.ts.
// Pure data: imported by the docs generator.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import type { Row } from './matrix/model.js';
import { STAFF_READERS_A, TH_MEMBERS } from './matrix/model.js';
import { draft, submit } from './matrix/payloads.js';

const WAITING = 'forms/tH__voortgangsbeslissing-wacht/parts/hoofd_opleiding';
const ON_HOLD = 'forms/tH__voortgangsbeslissing-herzien/parts/hoofd_opleiding';
const VERVOLG = 'forms/tH__voorwaarden-vervolg-1';
const beslissing = FORM_EXAMPLES.voortgangsbeslissing.hoofd_opleiding!;
const afsluiting = FORM_EXAMPLES.voorwaarden_vervolg.hoofd_opleiding!;

export function voorwaardenRows(): Row[] {
  return [
    {
      doc: 'parts',
      what: 'a decision still waiting for the advice: save a draft',
      op: 'update',
      path: WAITING,
      data: draft({ uitkomst: 'door', onderbouwing: 'Lijkt goed te gaan.' }),
      allow: [],
      why: 'the decision opens only when the opleider’s and the docenten’s advice are in (adviceComplete, set by the server)',
      attack: 'the hoofd opleiding deciding before the docenten gave their advice',
    },
    {
      doc: 'parts',
      what: 'a decision still waiting for the advice: submit it and set adviceComplete oneself',
      op: 'update',
      path: WAITING,
      data: { ...submit(beslissing), adviceComplete: true },
      allow: [],
      why: 'adviceComplete is the server’s: a part update changes only answers, status and the stamps',
      attack: 'the hoofd opleiding opening the decision by writing the flag with the answers',
    },
    {
      doc: 'parts',
      what: 'a decision put on hold while an advice is reopened for a correction: submit it',
      op: 'update',
      path: ON_HOLD,
      data: submit(beslissing),
      allow: [],
      why: 'advice under correction is not advice: the server set adviceComplete back to false with the reopening',
      attack: 'the hoofd opleiding deciding on an advice the secretariat reopened',
    },
    {
      doc: 'forms',
      what: 'the follow-up of a decision "door onder voorwaarden": its envelope with the conditions',
      op: 'get',
      path: VERVOLG,
      allow: [...TH_MEMBERS, ...STAFF_READERS_A],
      why: 'the aios, the opleiders and the docenten read the conditions (readerUids); staff readers by staffVisible',
    },
    {
      doc: 'parts',
      what: 'the follow-up of the conditions: the hoofd opleiding’s part while open',
      op: 'get',
      path: `${VERVOLG}/parts/hoofd_opleiding`,
      allow: ['hoofdOpleiding'],
      why: 'a part not yet submitted is its rater’s only; the others read the outcome once it is closed',
    },
    {
      doc: 'parts',
      what: 'the follow-up of the conditions: close it with an outcome',
      op: 'update',
      path: `${VERVOLG}/parts/hoofd_opleiding`,
      data: submit(afsluiting),
      allow: ['hoofdOpleiding'],
      why: 'only the hoofd opleiding closes the follow-up of the decision (rule 4); the aios reads, never closes',
      attack: 'the aios closing her own conditions as met',
    },
  ];
}
