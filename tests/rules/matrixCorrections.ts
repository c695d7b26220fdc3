// Access-matrix rows of corrections (docs/rules.md, "Corrections of submitted parts"): only the callable
// reopenPart (the secretariat, audited) reopens a submitted part and writes its earlier version; no client
// reopens a part, writes or edits a version, or changes what the server wrote on the reopened part (`reopened`,
// `correctionReason`, `version`). A reopened sealed ComBel is sealed again: the other raters' parts are closed
// until the reopened part is submitted again. The world (world.ts, worldCorrections.ts) has tH__combel-reopened:
// a ComBel whose aios part the secretariat reopened (draft, version 2), the other parts submitted, not revealed.
// Pure data: imported by the docs generator.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { STAFF_READERS_A, type Row } from './matrix/model.js';
import { draft, stamp } from './matrix/payloads.js';

const REOPENED = 'forms/tH__combel-reopened/parts/aios';
const AIOS_ANSWERS: Record<string, unknown> = FORM_EXAMPLES.combel.aios ?? {};
const reopenedBySecretariaat = {
  status: 'draft',
  version: 2,
  correctionReason: 'Zelf heropend',
  reopened: { by: '$uid', byName: 'Ik', at: '$now', reason: 'Zelf heropend', fromVersion: 1 },
  submittedAt: null,
  ...stamp,
};

export function correctionRows(): Row[] {
  return [
    {
      doc: 'parts',
      what: 'ComBel m9 aios part (submitted): set it back to draft from the client',
      op: 'update',
      path: 'forms/tH__combel-m9/parts/aios',
      data: { status: 'draft', submittedAt: null, ...stamp },
      allow: [],
      why: 'a submitted part is final (partChangeValid); only the secretariat reopens it, through reopenPart',
      attack: 'reopening one’s own submitted part without the secretariat, its reason and its audit entry',
    },
    {
      doc: 'parts',
      what: 'ComBel m9 aios part (submitted): reopen it from the client as the callable would',
      op: 'update',
      path: 'forms/tH__combel-m9/parts/aios',
      data: reopenedBySecretariaat,
      allow: [],
      why: 'staff write no part (writesOwnPart), and `reopened`, `version` and `correctionReason` are server fields',
      attack:
        'reopening a part by anyone but the callable: aios, opleider, hoofd, another institute’s secretariat, the secretariat itself',
    },
    {
      doc: 'versions',
      what: 'ComBel m9 aios part, version 1: the rater edits the kept version',
      op: 'update',
      path: 'forms/tH__combel-m9/parts/aios/versions/1',
      data: { answers: AIOS_ANSWERS, correctionReason: 'Was altijd zo' },
      allow: [],
      why: 'history is kept by the server (rule 2): a version is never written by a client',
      attack: 'a rater rewriting the version a correction replaced',
    },
    {
      doc: 'versions',
      what: 'ComBel m9 aios part, version 1: delete it',
      op: 'delete',
      path: 'forms/tH__combel-m9/parts/aios/versions/1',
      allow: [],
      why: 'history is kept by the server (rule 2)',
      attack: 'removing the earlier version of a corrected part',
    },
    {
      doc: 'versions',
      what: 'reopened ComBel aios part: write its version 2 directly',
      op: 'create',
      path: `${REOPENED}/versions/2`,
      data: { instituteId: 'inst-a', formType: 'combel', raterUids: ['$uid'], version: 2, answers: {} },
      allow: [],
      why: 'only reopenPart writes versions/, in its transaction',
      attack: 'a client writing versions/ directly (a forged earlier version)',
    },
    {
      doc: 'versions',
      what: 'reopened ComBel aios part, version 1 (the submitted one)',
      op: 'get',
      path: `${REOPENED}/versions/1`,
      allow: ['aios', ...STAFF_READERS_A],
      why: 'its rater and the staff readers (the `versions` match), as for any version',
    },
    {
      doc: 'parts',
      what: 'reopened ComBel aios part (draft, version 2): its rater saves a correction',
      op: 'update',
      path: REOPENED,
      data: draft(AIOS_ANSWERS),
      allow: ['aios'],
      why: 'a reopened part is a draft of its own rater again (writesOwnPart, partChangeValid)',
    },
    {
      doc: 'parts',
      what: 'reopened ComBel aios part: its rater removes the reason it was reopened for',
      op: 'update',
      path: REOPENED,
      data: { ...draft(AIOS_ANSWERS), correctionReason: 'Geen correctie', reopened: null },
      allow: [],
      why: '`reopened` and `correctionReason` are the server’s (partChangeValid allows only answers, status and the stamp)',
      attack: 'hiding why a part was corrected',
    },
    {
      doc: 'parts',
      what: 'reopened ComBel aios part: its rater sets the version back to 1',
      op: 'update',
      path: REOPENED,
      data: { ...draft(AIOS_ANSWERS), version: 1 },
      allow: [],
      why: '`version` is the server’s (partChangeValid)',
      attack: 'passing a correction off as the first version',
    },
    {
      doc: 'parts',
      what: 'reopened ComBel (sealed again): the opleider part, submitted',
      op: 'get',
      path: 'forms/tH__combel-reopened/parts/opleider',
      allow: ['opleider', 'opleider2'],
      why: 'the round is sealed again until the reopened part is submitted (revealedToOthers): only its own raters',
      attack: 'the aios reading the opleider’s assessment while rewriting their own part',
    },
    {
      doc: 'server-only',
      what: 'digestEvents/traject-new_tH_aios1 (an event for aios1’s next digest)',
      op: 'get',
      path: 'digestEvents/traject-new_tH_aios1',
      allow: [],
      why: 'events are the server’s: the digest mails them (docs/data-model.md, "Event mails")',
    },
    {
      doc: 'server-only',
      what: 'digestEvents: mark my event as already mailed',
      op: 'update',
      path: 'digestEvents/traject-new_tH_aios1',
      data: { digestedOn: '2026-01-05' },
      allow: [],
      why: 'events are the server’s',
      attack: 'suppressing or forging an event mail (e.g. the comparison-ready notice of another rater)',
    },
  ];
}
