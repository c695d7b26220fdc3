import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import type { PartId } from '../programmes';

/**
 * Leerdoelen at the start of a LED course, to discuss with the collega-docent (seeds 000/001). The
 * collega-docent responds in a part of their own; the goals become the items of the LED observations
 * (observatieLed.ts).
 */
export const leerdoelenForm = defineForm({
  formType: 'leerdoelen',
  version: 1,
  title: 'Leerdoelen',
  description:
    'Stel bij de start van de opleiding je leerdoelen op en bespreek ze met je collega-docent of mentor, samen met jullie wederzijdse verwachtingen.',
  parts: [
    { partId: 'deelnemer', role: 'deelnemer', label: 'Deelnemer', staff: false },
    { partId: 'collega_docent', role: 'collega_docent', label: 'Reactie collega-docent', staff: false },
  ],
  sealed: false,
  readerRoles: ['deelnemer', 'collega_docent', 'led_trainer'],
  fields: [
    {
      key: 'leerdoelen',
      kind: 'list',
      label: 'Leerdoelen',
      required: true,
      parts: ['deelnemer'],
      min: 1,
      max: 6,
      itemLabel: 'Leerdoel',
      fields: [
        { key: 'doel', kind: 'longtext', label: 'Leerdoel', required: true, maxLength: 500 },
        {
          key: 'aanpak',
          kind: 'longtext',
          label: 'Hoe ga je eraan werken?',
          required: false,
          maxLength: 1000,
        },
        {
          key: 'competentie',
          kind: 'text',
          label: 'Docentcompetentie',
          help: 'Uit het competentieprofiel van de docent.',
          required: false,
          maxLength: 150,
        },
        {
          key: 'inCursus',
          kind: 'boolean',
          label: 'Dit leerdoel komt in de cursus aan bod',
          help: 'Leerdoelen die niet in de cursus terugkomen, breng je in bij je collega-docent.',
          required: false,
        },
      ],
    },
    {
      key: 'verwachtingen',
      kind: 'longtext',
      label: 'Wederzijdse verwachtingen',
      help: 'Wat verwacht je van je collega-docent, en wat verwacht hij of zij van jou?',
      required: false,
      parts: ['deelnemer'],
      maxLength: 2000,
    },
    {
      key: 'besprokenOp',
      kind: 'date',
      label: 'Besproken met de collega-docent op',
      required: false,
      parts: ['deelnemer'],
    },
    {
      key: 'reactie',
      kind: 'longtext',
      label: 'Reactie op de leerdoelen',
      help: 'Wat vind je van de leerdoelen, en hoe ga je de docent op de werkplek helpen ze te halen?',
      required: true,
      maxLength: 2000,
      parts: ['collega_docent'],
    },
    {
      key: 'afspraken',
      kind: 'longtext',
      label: 'Afspraken over de begeleiding',
      help: 'Bijvoorbeeld: wanneer je observeert, hoe vaak jullie elkaar spreken.',
      required: false,
      maxLength: 1500,
      parts: ['collega_docent'],
    },
  ],
  source: 'seed 000 (LED: leerdoelen bespreken met de collega-docent); seed 001 (inwerkplan)',
});

export type LeerdoelenAnswers = AnswersOf<typeof leerdoelenForm>;
export const leerdoelenAnswersSchema = (partId: PartId = 'deelnemer') =>
  answersSchemaFor(leerdoelenForm, partId);
export const leerdoelenDraftSchema = (partId: PartId = 'deelnemer') => draftSchemaFor(leerdoelenForm, partId);
