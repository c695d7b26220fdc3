import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import { ADVIES_OPTIES } from './options';
import type { PartId } from '../programmes';

/** Voortgangsadvies of the opleider (advice, not decision: rule 4 of docs/rules.md). Seed 002. */
export const voortgangsadviesForm = defineForm({
  formType: 'voortgangsadvies',
  version: 1,
  title: 'Voortgangsadvies',
  description:
    'Het advies van de opleider over de voortgang van de aios. Het advies wordt meegenomen in het totale voortgangsadvies; de definitieve voortgangsbeslissing neemt het hoofd opleiding.',
  parts: [{ partId: 'opleider', role: 'opleider', label: 'Advies opleider', staff: false }],
  sealed: false,
  readerRoles: ['aios', 'opleider', 'groepsdocent', 'tutor'],
  fields: [
    { key: 'advies', kind: 'choice', label: 'Advies', required: true, options: ADVIES_OPTIES },
    {
      key: 'onderbouwing',
      kind: 'longtext',
      label: 'Onderbouwing',
      help: "Baseer je advies op de ComBels, KPB/KVB's en de voortgangsgesprekken.",
      required: true,
      maxLength: 3000,
    },
    {
      key: 'voorwaarden',
      kind: 'longtext',
      label: 'Voorwaarden',
      help: 'Aan welke voorwaarden moet de aios voldoen, en wanneer?',
      required: false,
      requiredWhen: { key: 'advies', in: ['go_op_voorwaarden'] },
      maxLength: 2000,
    },
    {
      key: 'besprokenMetAios',
      kind: 'boolean',
      label: 'Ik heb dit advies met de aios besproken',
      required: true,
      mustBeTrue: true,
    },
  ],
  source: 'seed 002 (Voortgangsadvies)',
});

export type VoortgangsadviesAnswers = AnswersOf<typeof voortgangsadviesForm>;
export const voortgangsadviesAnswersSchema = (partId: PartId = 'opleider') =>
  answersSchemaFor(voortgangsadviesForm, partId);
export const voortgangsadviesDraftSchema = (partId: PartId = 'opleider') =>
  draftSchemaFor(voortgangsadviesForm, partId);
