import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import { FEEDBACK_BRONNEN } from './options';
import type { PartId } from '../programmes';
import { AANVRAAG_FEEDBACK_PARTS, aanvraagFeedbackFields, feedbackPartDefs } from './feedbackGiver';

export const MIN_FEEDBACK_CITATEN = 6;
export const MAX_FEEDBACK_CITATEN = 8;

/**
 * Aanvraag summatief lesbezoek (seed 003): (1) full lesson plan of a lesson already given,
 * (2) 6–8 feedback quotes with their source, (3) justification linked to theory. The PDG-trainer
 * decides go / no-go in a second part.
 */
export const aanvraagSummatiefForm = defineForm({
  formType: 'aanvraag_summatief',
  version: 2,
  title: 'Aanvraag summatief lesbezoek',
  description:
    'Met het summatief lesbezoek toon je beroepstaak 3 en 5 aan. Je bepaalt zelf wanneer je het aanvraagt. Bij een go wordt het lesbezoek gepland.',
  parts: [
    { partId: 'deelnemer', role: 'deelnemer', label: 'Aanvraag deelnemer', staff: false },
    { partId: 'pdg_trainer', role: 'pdg_trainer', label: 'Besluit PDG-opleiding', staff: false },
    // Peers, students and colleagues the deelnemer asks by link; their answers feed the quotes (feedbackGiver.ts).
    ...feedbackPartDefs(AANVRAAG_FEEDBACK_PARTS),
  ],
  sealed: false,
  readerRoles: ['deelnemer', 'werkplekbegeleider', 'pdg_trainer', 'assessor', 'tweede_assessor'],
  fields: [
    {
      key: 'lesdatum',
      kind: 'date',
      label: 'Datum van de uitgevoerde les',
      required: true,
      parts: ['deelnemer'],
    },
    {
      key: 'lesonderwerp',
      kind: 'text',
      label: 'Onderwerp van de les',
      required: true,
      maxLength: 200,
      parts: ['deelnemer'],
    },
    {
      key: 'groep',
      kind: 'text',
      label: 'Groep / opleiding / leerjaar',
      required: true,
      maxLength: 200,
      parts: ['deelnemer'],
    },
    {
      key: 'beginsituatie',
      kind: 'longtext',
      label: 'Beginsituatie',
      help: 'De groep, voorkennis, context in de opleiding.',
      required: true,
      maxLength: 2000,
      parts: ['deelnemer'],
    },
    {
      key: 'lesdoelen',
      kind: 'longtext',
      label: 'Lesdoelen',
      required: true,
      maxLength: 2000,
      parts: ['deelnemer'],
    },
    {
      key: 'lesopzet',
      kind: 'longtext',
      label: 'Lesopzet',
      help: 'Fasering, werkvormen, tijd, materialen en hoe je controleert of de doelen bereikt zijn.',
      required: true,
      maxLength: 6000,
      parts: ['deelnemer'],
    },
    {
      key: 'feedbackCitaten',
      kind: 'list',
      label: 'Feedbackcitaten',
      help: '6 tot 8 citaten van feedback van onder andere de werkplekbegeleider, studenten en de PDG-trainer. Feedback die je via "Vraag feedback" kreeg, staat onder "Feedback van anderen": "Kopieer als citaat" neemt de tekst over met de rol en naam van de gever.',
      required: true,
      min: MIN_FEEDBACK_CITATEN,
      max: MAX_FEEDBACK_CITATEN,
      itemLabel: 'Citaat',
      parts: ['deelnemer'],
      fields: [
        { key: 'citaat', kind: 'longtext', label: 'Citaat', required: true, maxLength: 1000 },
        { key: 'bron', kind: 'choice', label: 'Van wie', required: true, options: FEEDBACK_BRONNEN },
        {
          key: 'bronToelichting',
          kind: 'text',
          label: 'Naam of omschrijving',
          required: false,
          maxLength: 120,
        },
        { key: 'datum', kind: 'date', label: 'Datum', required: false },
        {
          key: 'beroepstaak',
          kind: 'choice',
          label: 'Beroepstaak',
          required: false,
          options: [
            { value: 'bt3', label: 'BT3 Onderwijs verzorgen' },
            { value: 'bt5', label: 'BT5 Veilig leerklimaat' },
          ],
        },
      ],
    },
    {
      key: 'verantwoording',
      kind: 'longtext',
      label: 'Verantwoording van je aanpak',
      help: 'Koppel je aanpak aan de theorie over didactisch en pedagogisch handelen.',
      required: true,
      maxLength: 8000,
      parts: ['deelnemer'],
    },
    {
      key: 'bronnen',
      kind: 'longtext',
      label: 'Literatuur',
      required: false,
      maxLength: 2000,
      parts: ['deelnemer'],
    },
    {
      key: 'besluit',
      kind: 'choice',
      label: 'Besluit',
      required: true,
      parts: ['pdg_trainer'],
      options: [
        { value: 'go', label: 'Go: het summatief lesbezoek wordt gepland' },
        { value: 'no_go', label: 'No-go: de aanvraag moet worden aangevuld' },
      ],
    },
    {
      key: 'toelichtingBesluit',
      kind: 'longtext',
      label: 'Toelichting',
      required: true,
      maxLength: 3000,
      parts: ['pdg_trainer'],
    },
    ...aanvraagFeedbackFields(),
  ],
  source: 'seed 003 (Lesbezoeken: aanvraag summatief lesbezoek)',
});

export type AanvraagSummatiefAnswers = AnswersOf<typeof aanvraagSummatiefForm>;
export const aanvraagSummatiefAnswersSchema = (partId: PartId) =>
  answersSchemaFor(aanvraagSummatiefForm, partId);
export const aanvraagSummatiefDraftSchema = (partId: PartId) => draftSchemaFor(aanvraagSummatiefForm, partId);
