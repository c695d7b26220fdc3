import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import type { PartId } from '../programmes';

/** The hoofd opleiding's progress decision: the only decision, everyone else advises (rule 4). */
export const voortgangsbeslissingForm = defineForm({
  formType: 'voortgangsbeslissing',
  // 2: `voorwaardenUiterlijk`, the deadline of the conditions (policies/voortgangsbeslissing.ts).
  version: 2,
  title: 'Voortgangsbeslissing',
  description:
    'De definitieve voortgangsbeslissing van het hoofd opleiding, op basis van de adviezen van opleider en groepsbegeleiders, de ComBels, toetsen en het dienstenoverzicht.',
  parts: [{ partId: 'hoofd_opleiding', role: 'hoofd_opleiding', label: 'Hoofd opleiding', staff: true }],
  sealed: false,
  readerRoles: ['aios', 'opleider', 'groepsdocent', 'tutor'],
  fields: [
    {
      key: 'uitkomst',
      kind: 'choice',
      label: 'Beslissing',
      required: true,
      options: [
        { value: 'door', label: 'Door' },
        { value: 'door_onder_voorwaarden', label: 'Door onder voorwaarden' },
        { value: 'niet_door', label: 'Niet door' },
      ],
    },
    { key: 'onderbouwing', kind: 'longtext', label: 'Onderbouwing', required: true, maxLength: 4000 },
    {
      key: 'voorwaarden',
      kind: 'longtext',
      label: 'Voorwaarden',
      required: false,
      requiredWhen: { key: 'uitkomst', in: ['door_onder_voorwaarden'] },
      maxLength: 2000,
    },
    {
      key: 'voorwaardenUiterlijk',
      kind: 'date',
      label: 'Voorwaarden uiterlijk vervuld op',
      help: 'Tot deze datum staat het vervolg van de voorwaarden open bij het hoofd opleiding.',
      required: false,
      requiredWhen: { key: 'uitkomst', in: ['door_onder_voorwaarden'] },
    },
    {
      key: 'gebaseerdOp',
      kind: 'choice',
      label: 'Gebaseerd op',
      required: false,
      multiple: true,
      options: [
        { value: 'advies_opleider', label: 'Voortgangsadvies opleider' },
        { value: 'advies_groepsdocenten', label: 'Advies groepsbegeleiders' },
        { value: 'combel', label: "ComBel's" },
        { value: 'toetsen', label: 'Toetsen' },
        { value: 'diensten', label: 'Dienstenoverzicht' },
      ],
    },
    { key: 'datumBeslissing', kind: 'date', label: 'Datum beslissing', required: true },
  ],
  crossChecks: [
    {
      path: ['voorwaardenUiterlijk'],
      message: 'De termijn van de voorwaarden kan niet vóór de datum van de beslissing liggen',
      // Only where there are conditions: another outcome keeps no follow-up (policies/voortgangsbeslissing.ts).
      ok: (a) =>
        a.uitkomst !== 'door_onder_voorwaarden' ||
        typeof a.voorwaardenUiterlijk !== 'string' ||
        typeof a.datumBeslissing !== 'string' ||
        a.voorwaardenUiterlijk >= a.datumBeslissing,
    },
  ],
  source:
    'seed 002 (Voortgangsadvies: de definitieve beslissing door het hoofd opleiding); DOMAIN public facts',
});

export type VoortgangsbeslissingAnswers = AnswersOf<typeof voortgangsbeslissingForm>;
export const voortgangsbeslissingAnswersSchema = (partId: PartId = 'hoofd_opleiding') =>
  answersSchemaFor(voortgangsbeslissingForm, partId);
export const voortgangsbeslissingDraftSchema = (partId: PartId = 'hoofd_opleiding') =>
  draftSchemaFor(voortgangsbeslissingForm, partId);
