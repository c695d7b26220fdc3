// Access-matrix rows of rule 7 (docs/rules.md, "Who fills an assessment part"): a link session reaches
// only a part the domain hands out by link (linkMayReach, generated from domain/src/policies/invitation.ts) and
// only as the part's designated waarnemer, so a replaced (or pre-designation) session loses it; who named whom
// (`designation`) is the server's to write. Concatenated into MATRIX (matrix.ts); the world (world.ts) has the KPB
// opleider part designated to link-kpb with link-old lingering on it, and link-adv wrongly on the voortgangsadvies.
//
// Only function declarations here: matrix.ts imports this file and this file imports matrix.ts.
import { stamp, type Row } from './matrix.js';

const draft = (answers: Record<string, unknown>) => ({ answers, status: 'draft', ...stamp });
const designation = {
  name: 'Ik Zelf',
  raterUid: '$uid',
  invitationId: 'zelfbedacht',
  designatedBy: '$uid',
  designatedByName: 'Ik Zelf',
  designatedAs: 'secretariaat',
  at: '$now',
};

export function designationRows(): Row[] {
  return [
    {
      doc: 'parts',
      what: 'KPB 3 opleider part (link): a session that is not the designated waarnemer saves a draft',
      op: 'update',
      path: 'forms/tH__kpb-3/parts/opleider',
      data: draft({ observatie: 'Ik was eerst aangewezen.' }),
      allow: ['linkRater'],
      why: 'a link session writes only as the part’s designated waarnemer (designation.raterUid), with its uid on the part',
      attack:
        'a replaced waarnemer, or the aios’s own address invited before designations existed (linkReplaced), keeps filling the part',
    },
    {
      doc: 'parts',
      what: 'voortgangsadvies m6 opleider part by a link session designated and on the part',
      op: 'update',
      path: 'forms/tH__voortgangsadvies-m6/parts/opleider',
      data: draft({ advies: 'no_go', onderbouwing: 'Ingevuld via een link.' }),
      allow: ['opleider', 'opleider2'],
      why: 'no link reaches the voortgangsadvies (linkMayReach, generated from the domain invite policy)',
      attack: 'a link session (linkAdvice) for an assessment part the policy never hands out',
    },
    {
      doc: 'parts',
      what: 'ComBel m3 opleider part: write who named the rater (designation) oneself',
      op: 'update',
      path: 'forms/tH__combel-m3/parts/opleider',
      data: { designation, ...stamp },
      allow: [],
      why: 'designation is written by inviteRater only; raters write answers and status',
      attack: 'an opleider or the aios recording "aangewezen door het secretariaat" themselves',
    },
    {
      doc: 'forms',
      what: 'ComBel m3 envelope: record a designation of the opleider part',
      op: 'update',
      path: 'forms/tH__combel-m3',
      data: { 'designations.opleider': designation },
      allow: [],
      why: 'envelopes are the server’s (rule 7)',
      attack: 'the aios naming their own waarnemer on the envelope',
    },
  ];
}
