// Access-matrix rows of the feedback givers by link (docs/rules.md "Feedback givers by link"; domain
// policies/feedbackGivers.ts): the opleider asks practice staff into parts of their own on the ComBel, the
// PDG-deelnemer asks peers, students and colleagues on her summative request. A giver's link reaches only their
// own part and writes only the giver's questions; the aios reads the practice staff only after the reveal; the
// opleider reads them while filling his part. The world: tests/rules/worldFeedback.ts. Pure data.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { STAFF_READERS_A, TH_MEMBERS, type Row } from './matrix/model.js';
import { draft, stamp, submit } from './matrix/payloads.js';

const COMBEL = 'forms/tH__combel-fb';
const REVEALED = 'forms/tH__combel-fb-revealed';
const AANVRAAG = 'forms/tP__aanvraag-fb';
const practice = FORM_EXAMPLES.combel.feedback_1!;
const peer = FORM_EXAMPLES.aanvraag_summatief.feedback_1!;

export function feedbackRows(): Row[] {
  return [
    {
      doc: 'forms',
      what: 'feedbackgever: sealed ComBel envelope with a practice-staff part open for its link',
      op: 'get',
      path: COMBEL,
      allow: [...TH_MEMBERS, ...STAFF_READERS_A, 'linkPractice'],
      why: 'members and staff readers; the link session reads its own form while its part is open',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: the open practice-staff part (feedback_1) of a sealed ComBel',
      op: 'get',
      path: `${COMBEL}/parts/feedback_1`,
      allow: ['linkPractice'],
      why: 'only its designee while open (isLinkRaterOf); an unsubmitted part is nobody else’s to read',
      attack: 'the aios opening the practice-staff feedback part about her',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: the practice-staff part (feedback_1): save the giver’s answers',
      op: 'update',
      path: `${COMBEL}/parts/feedback_1`,
      data: draft(practice),
      allow: ['linkPractice'],
      why: 'the generated linkMayReach names the ComBel’s feedback slots; only the giver’s own questions',
      attack: 'the aios (or the opleider) filling the practice-staff feedback part themselves',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: the practice-staff part (feedback_1): submit with the opleider’s questions',
      op: 'update',
      path: `${COMBEL}/parts/feedback_1`,
      data: submit({ ...practice, competenties: FORM_EXAMPLES.combel.opleider!.competenties }),
      allow: [],
      why: 'a feedback slot has the giver’s fields only (generated answersFit_combel); no competency levels',
      attack: 'a doktersassistent’s link scoring the aios’s competencies',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: the practice-staff part (feedback_1): put another rater on it',
      op: 'update',
      path: `${COMBEL}/parts/feedback_1`,
      data: { raterUids: ['link-da', 'aios1'], ...stamp },
      allow: [],
      why: 'raters are the server’s (partChangeValid)',
      attack: 'the aios adding herself to the practice-staff part',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: a new feedback slot (feedback_3) created by a client',
      op: 'create',
      path: `${COMBEL}/parts/feedback_3`,
      data: {
        raterUids: ['$uid'],
        status: 'open',
        answers: {},
        formType: 'combel',
        role: 'feedback_3',
        ...stamp,
      },
      allow: [],
      why: 'parts are created by the server only (inviteRater makes the slot)',
      attack: 'the aios making a practice-staff part of her own past the opleider',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: a submitted practice-staff part (feedback_2) of a ComBel not yet revealed',
      op: 'get',
      path: `${COMBEL}/parts/feedback_2`,
      allow: ['opleider', 'opleider2'],
      why: 'the raters of the asking part read it while filling theirs (generated feedbackAskers, readsFeedbackAsAsker); the round stays sealed for the rest',
      attack: 'the aios (or the groepsdocent) reading what the practice staff said before the reveal',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: the opleider part (draft) of the ComBel whose practice staff were asked',
      op: 'get',
      path: `${COMBEL}/parts/opleider`,
      allow: ['opleider', 'opleider2'],
      why: 'a link session reaches exactly its own part (myLinkPart)',
      attack: 'a practice-staff link reading the opleider part',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: the opleider part of the ComBel: save a draft',
      op: 'update',
      path: `${COMBEL}/parts/opleider`,
      data: draft({ tops: 'Rustig en grondig.' }),
      allow: ['opleider', 'opleider2'],
      why: 'a link session writes only its own part (isLinkRaterOf)',
      attack: 'a practice-staff link filling the opleider part',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: a practice-staff part after the reveal',
      op: 'get',
      path: `${REVEALED}/parts/feedback_1`,
      allow: [...TH_MEMBERS, ...STAFF_READERS_A],
      why: 'in the comparison after the reveal, like every part of the round (othersPartReadable)',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: a peer’s open part (feedback_1) of a PDG request: save the answers',
      op: 'update',
      path: `${AANVRAAG}/parts/feedback_1`,
      data: draft(peer),
      allow: ['linkPeer'],
      why: 'linkMayReach names the request’s feedback slots, never its deelnemer or PDG-trainer part',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: the deelnemer part of the PDG request whose peers were asked',
      op: 'update',
      path: `${AANVRAAG}/parts/deelnemer`,
      data: draft({ lesonderwerp: 'Anders' }),
      allow: ['deelnemer'],
      why: 'a link session writes only its own part',
      attack: 'a peer’s link writing the deelnemer’s request',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: the PDG-trainer part (the decision) of the request',
      op: 'update',
      path: `${AANVRAAG}/parts/pdg_trainer`,
      data: draft({ besluit: 'go' }),
      allow: [],
      why: 'never an assessment part by a giver’s link (linkMayReach); nobody is its rater in this world',
      attack: 'a peer’s link deciding go on the request',
    },
    {
      doc: 'parts',
      what: 'feedbackgever: a peer’s submitted part (feedback_2) of a PDG request',
      op: 'get',
      path: `${AANVRAAG}/parts/feedback_2`,
      allow: ['deelnemer', 'werkplekbegeleider', 'assessor', 'tweedeAssessor', ...STAFF_READERS_A],
      why: 'the request is not sealed: its readers see the feedback its quotes come from',
    },
  ];
}
