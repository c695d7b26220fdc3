import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import type { PartId } from '../programmes';

/**
 * Record of a voortgangsgesprek (progress meeting). The schedule decides which role records a given
 * meeting (groepsdocent, tutor, or the opleider for the fase II month-6 talk). Seed 002 table.
 */
export const voortgangsgesprekForm = defineForm({
  formType: 'voortgangsgesprek',
  version: 1,
  title: 'Verslag voortgangsgesprek',
  description:
    'Verslag van het voortgangsgesprek: wie er waren, wat er besproken is en welke afspraken zijn gemaakt.',
  parts: [
    { partId: 'groepsdocent', role: 'groepsdocent', label: 'Verslag groepsdocent', staff: false },
    { partId: 'tutor', role: 'tutor', label: 'Verslag tutor', staff: false },
    { partId: 'opleider', role: 'opleider', label: 'Verslag opleider', staff: false },
  ],
  sealed: false,
  readerRoles: ['aios', 'opleider', 'groepsdocent', 'tutor'],
  fields: [
    { key: 'datum', kind: 'date', label: 'Datum van het gesprek', required: true },
    {
      key: 'aanwezigen',
      kind: 'choice',
      label: 'Aanwezig',
      required: true,
      multiple: true,
      options: [
        { value: 'aios', label: 'Aios' },
        { value: 'opleider', label: 'Opleider(s)' },
        { value: 'groepsdocent', label: 'Groepsdocent(en)' },
        { value: 'tutor', label: 'Tutor' },
        { value: 'fase_coordinator', label: 'Fasecoördinator' },
      ],
    },
    {
      key: 'samenvatting',
      kind: 'longtext',
      label: 'Samenvatting',
      help: 'Wat is er besproken over de voortgang van de aios?',
      required: true,
      maxLength: 4000,
    },
    {
      key: 'afspraken',
      kind: 'longtext',
      label: 'Afspraken',
      help: 'Wie doet wat, en wanneer?',
      required: true,
      maxLength: 3000,
    },
    {
      key: 'advies',
      kind: 'choice',
      label: '(Voorlopig) voortgangsadvies',
      help: 'Alleen bij gesprekken waarin een advies wordt gegeven (fase I maand 9, fase II maand 3 en 8).',
      required: false,
      options: [
        { value: 'go', label: 'Go' },
        { value: 'go_op_voorwaarden', label: 'Go op voorwaarden' },
        { value: 'no_go', label: 'No-go' },
      ],
    },
    {
      key: 'iop',
      kind: 'longtext',
      label: 'Individueel opleidingsplan (IOP)',
      help: 'Fase II maand 12: het IOP van de aios en de terugblik op de opleidingspraktijk.',
      required: false,
      maxLength: 4000,
    },
  ],
  source: 'seed 002 (tabel voortgangsgesprekken fase I en II)',
});

export type VoortgangsgesprekAnswers = AnswersOf<typeof voortgangsgesprekForm>;
export const voortgangsgesprekAnswersSchema = (partId: PartId) =>
  answersSchemaFor(voortgangsgesprekForm, partId);
export const voortgangsgesprekDraftSchema = (partId: PartId) => draftSchemaFor(voortgangsgesprekForm, partId);
