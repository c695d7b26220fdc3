// Access-matrix rows of late registration (issue 12 item 7; docs/data-model.md "trajecten.lateForms"): only the
// secretariat records, per past form, "nog uitvoeren" (new due date) or "niet van toepassing" (reason) on the
// traject; an aios or opleider who is a member of the traject cannot, and the map is bounded.
//
// Only function declarations here: matrix.ts imports this file (see matrixRoleHistory.ts for why).
import { LATE_FORMS_MAX } from '@praktijkvolg/domain';
import { stamp, type Row } from './matrix.js';

export function lateFormsRows(): Row[] {
  const choices = {
    'combel-m3': { decision: 'todo', dueDate: '2026-06-01' },
    'combel-m6': { decision: 'nvt', reason: 'Beoordeeld bij de vorige opleidingspraktijk' },
  };
  const tooMany = Object.fromEntries(
    Array.from({ length: LATE_FORMS_MAX + 1 }, (_, i) => [`kpb-${i}`, { decision: 'nvt', reason: 'x' }]),
  );
  return [
    {
      doc: 'trajecten',
      what: 'trajecten/tH: record late-registration choices (lateForms)',
      op: 'update',
      path: 'trajecten/tH',
      data: { lateForms: choices, ...stamp },
      allow: ['secretariaat'],
      why: 'the secretariat decides per past form: still to be done or not applicable (schedule/lateRegistration.ts)',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tH: mark the ComBel month 3 "niet van toepassing" as a member',
      op: 'update',
      path: 'trajecten/tH',
      data: { lateForms: { 'combel-m3': { decision: 'nvt', reason: 'Niet nodig' } }, ...stamp },
      allow: ['secretariaat'],
      why: 'members (aios, opleider) write no traject: an assessment is not waved away by the assessed or the assessor',
      attack: 'the aios or opleider setting a past ComBel to not applicable',
    },
    {
      doc: 'trajecten',
      what: `trajecten/tH: lateForms with more than ${LATE_FORMS_MAX} entries`,
      op: 'update',
      path: 'trajecten/tH',
      data: { lateForms: tooMany, ...stamp },
      allow: [],
      why: `the map is bounded (LATE_FORMS_MAX ${LATE_FORMS_MAX}) so the trigger's work stays bounded`,
      attack: 'an oversized lateForms map',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tH: lateForms that is not a map',
      op: 'update',
      path: 'trajecten/tH',
      data: { lateForms: ['combel-m3'], ...stamp },
      allow: [],
      why: 'lateForms is a map by occurrence (trajectFieldsValid)',
    },
  ];
}
