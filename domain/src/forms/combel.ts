import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import { COMBEL_SCHAAL, COMPETENTIEGEBIEDEN } from './options';
import type { PartId } from '../programmes';
import { COMBEL_FEEDBACK_PARTS, combelFeedbackFields, feedbackPartDefs } from './feedbackGiver';

/** The three assessment parts of a round; feedback givers (feedbackGiver.ts) answer their own questions. */
const BEOORDELAARS: readonly PartId[] = ['aios', 'opleider', 'groepsdocent'];

/** ComBel (competentiebeoordeling): one round, one sealed part per rater. Seed 002, DOMAIN. */
export const combelForm = defineForm({
  formType: 'combel',
  version: 2,
  title: 'ComBel (competentiebeoordeling)',
  description:
    'De aios (zelfbeoordeling), de opleider en de groepsdocent beoordelen ieder afzonderlijk de competenties. De delen worden pas zichtbaar als iedereen heeft ingediend; daarna bespreek je de ComBel in een leergesprek.',
  parts: [
    { partId: 'aios', role: 'aios', label: 'Zelfbeoordeling aios', staff: false },
    { partId: 'opleider', role: 'opleider', label: 'Beoordeling opleider', staff: false },
    { partId: 'groepsdocent', role: 'groepsdocent', label: 'Beoordeling groepsdocent', staff: false },
    // Practice staff the opleider asks by link; they do not count for the seal (policies/feedbackGivers.ts).
    ...feedbackPartDefs(COMBEL_FEEDBACK_PARTS),
  ],
  sealed: true,
  readerRoles: ['aios', 'opleider', 'groepsdocent', 'tutor'],
  fields: [
    {
      key: 'feedbackPraktijk',
      kind: 'longtext',
      label: 'Feedback van praktijkmedewerkers',
      help: 'Vraag vóór het invullen feedback over het functioneren van de aios aan de doktersassistenten, eventuele plaatsvervangend opleiders en de POH ("Vraag feedback" op deze pagina), en verwerk die hier. Wat zij invullen, zie je onder "Feedback van anderen".',
      required: true,
      maxLength: 2000,
      parts: ['opleider'],
    },
    {
      key: 'competenties',
      kind: 'group',
      label: 'Competentiegebieden',
      help: 'Geef per competentiegebied het niveau en onderbouw dit met concrete voorbeelden (KPB/KVB, observaties).',
      required: true,
      parts: BEOORDELAARS,
      items: COMPETENTIEGEBIEDEN,
      fields: [
        { key: 'niveau', kind: 'scale', label: 'Niveau', required: true, options: COMBEL_SCHAAL },
        {
          key: 'onderbouwing',
          kind: 'longtext',
          label: 'Onderbouwing',
          help: 'Concrete voorbeelden of waarnemingen.',
          required: false,
          maxLength: 1500,
        },
      ],
    },
    {
      key: 'tops',
      kind: 'longtext',
      label: 'Tops',
      help: 'Wat gaat goed?',
      required: true,
      parts: BEOORDELAARS,
      maxLength: 2000,
    },
    {
      key: 'tips',
      kind: 'longtext',
      label: 'Tips',
      help: 'Wat kan beter, en hoe?',
      required: true,
      parts: BEOORDELAARS,
      maxLength: 2000,
    },
    {
      key: 'leerdoelen',
      kind: 'longtext',
      label: 'Leerdoelen voor de komende periode',
      help: 'Formuleer 2 tot 3 leerdoelen op basis van je reflectie.',
      required: true,
      maxLength: 2000,
      parts: ['aios'],
    },
    ...combelFeedbackFields(),
  ],
  source: 'seed 002 (De Combel); DOMAIN public facts (competentiegebieden)',
});

export type CombelAnswers = AnswersOf<typeof combelForm>;
export const combelAnswersSchema = (partId: PartId) => answersSchemaFor(combelForm, partId);
export const combelDraftSchema = (partId: PartId) => draftSchemaFor(combelForm, partId);
