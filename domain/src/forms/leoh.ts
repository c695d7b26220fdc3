import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import type { PartId } from '../programmes';

export const LEOH_KINDS = ['private', 'dossier'] as const;
/** private: month 3, for the opleider's own use; dossier: month 9–10, goes to the secretariat. */
export type LeohKind = (typeof LEOH_KINDS)[number];

export const LEOH_SCHAAL = [
  { value: 'verbeterpunt', label: 'Verbeterpunt' },
  { value: 'voldoende', label: 'Voldoende' },
  { value: 'goed', label: 'Goed' },
  { value: 'uitstekend', label: 'Uitstekend' },
  { value: 'niet_van_toepassing', label: 'Niet van toepassing' },
] as const;

const itemFields = [
  { key: 'oordeel', kind: 'scale', label: 'Oordeel', required: true, options: LEOH_SCHAAL },
  { key: 'toelichting', kind: 'longtext', label: 'Toelichting', required: false, maxLength: 1000 },
] as const;

/**
 * LEOh (Landelijke Evaluatie Opleiders huisartsgeneeskunde): the aios evaluates one opleider.
 * One form per opleider (duo: two). Kept apart from the aios's assessment (rule 3 of docs/rules.md).
 */
export const leohForm = defineForm({
  formType: 'leoh',
  version: 1,
  title: 'LEOh – evaluatie van de opleider',
  description:
    'De aios evalueert de opleider en de praktijk als leeromgeving. De LEOh staat los van de beoordeling van de aios: groepsdocenten en assessoren zien hem nooit. De LEOh van maand 3 is alleen voor aios en opleider; de LEOh van maand 9–10 dient de opleider in bij het secretariaat voor het opleidersdossier.',
  parts: [{ partId: 'aios', role: 'aios', label: 'Evaluatie door de aios', staff: false }],
  sealed: false,
  readerRoles: [], // audience is aios + the opleider the LEOh is about: see policies/audience.ts
  fields: [
    {
      key: 'rollen',
      kind: 'group',
      label: 'De opleider in zijn of haar rollen',
      required: true,
      items: [
        {
          key: 'leermeester',
          label: 'Leermeester',
          help: 'Maakt wegwijs in het vak en draagt deskundigheid over.',
        },
        { key: 'coach', label: 'Coach', help: 'Begeleidt, geeft feedback en stimuleert reflectie.' },
        {
          key: 'aanspreekpunt',
          label: 'Aanspreekpunt',
          help: 'Is bereikbaar en organiseert overleg en leergesprekken.',
        },
        {
          key: 'collega',
          label: 'Collega',
          help: 'Werkt gelijkwaardig samen en betrekt de aios bij de praktijk.',
        },
        {
          key: 'rolmodel',
          label: 'Rolmodel',
          help: 'Laat zien hoe een huisarts werkt en over zijn of haar handelen reflecteert.',
        },
      ],
      fields: itemFields,
    },
    {
      key: 'onderdelen',
      kind: 'group',
      label: 'Onderdelen',
      required: true,
      items: [
        { key: 'deskundigheid_overdragen', label: 'Overdragen van deskundigheid' },
        { key: 'begeleiden_beoordelen', label: 'Begeleiden en beoordelen' },
        { key: 'professionele_ontwikkeling', label: 'Professionele ontwikkeling' },
        { key: 'leeromgeving', label: 'De praktijk als leeromgeving' },
      ],
      fields: itemFields,
    },
    {
      key: 'tops',
      kind: 'longtext',
      label: 'Tops',
      help: 'Wat doet je opleider goed?',
      required: true,
      maxLength: 2000,
    },
    {
      key: 'tips',
      kind: 'longtext',
      label: 'Tips',
      help: 'Wat kan je opleider of de praktijk verbeteren?',
      required: true,
      maxLength: 2000,
    },
    {
      key: 'besprokenOp',
      kind: 'date',
      label: 'Besproken met de opleider op',
      help: 'Bespreek de LEOh samen; de verbeterpunten worden door opleider en praktijk opgepakt.',
      required: false,
    },
  ],
  source: 'seed 002 (LEOh: evaluatielijst voor huisartsopleiders); DOMAIN public facts (onderdelen)',
});

export type LeohAnswers = AnswersOf<typeof leohForm>;
export const leohAnswersSchema = (partId: PartId = 'aios') => answersSchemaFor(leohForm, partId);
export const leohDraftSchema = (partId: PartId = 'aios') => draftSchemaFor(leohForm, partId);
