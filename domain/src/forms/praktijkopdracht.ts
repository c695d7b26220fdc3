import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import type { PartId } from '../programmes';

/**
 * LED practice assignment with the docent's reflection (seed 000: the collega-docent guides practice
 * assignments, "bespreken van observaties en reflecties"; the LED trainer guards the learning process on the
 * docent's own reflection). The docent writes the assignment and the reflection; the collega-docent responds
 * in a part of their own. Read by the docent, the collega-docent and the LED trainer.
 */
export const praktijkopdrachtForm = defineForm({
  formType: 'praktijkopdracht',
  version: 1,
  title: 'Praktijkopdracht en reflectie (LED)',
  description:
    'Beschrijf de praktijkopdracht uit de cursus, hoe je die op je werkplek hebt uitgevoerd en wat je ervan leerde. Je collega-docent reageert; je LED-trainer leest mee.',
  parts: [
    { partId: 'deelnemer', role: 'deelnemer', label: 'Docent', staff: false },
    { partId: 'collega_docent', role: 'collega_docent', label: 'Reactie collega-docent', staff: false },
  ],
  sealed: false,
  readerRoles: ['deelnemer', 'collega_docent', 'led_trainer'],
  fields: [
    {
      key: 'opdracht',
      kind: 'text',
      label: 'Praktijkopdracht',
      required: true,
      maxLength: 200,
      parts: ['deelnemer'],
    },
    {
      key: 'uitvoering',
      kind: 'longtext',
      label: 'Uitvoering',
      help: 'Wat heb je gedaan, met wie, in welke onderwijssituatie?',
      required: true,
      maxLength: 3000,
      parts: ['deelnemer'],
    },
    {
      key: 'reflectie',
      kind: 'longtext',
      label: 'Reflectie',
      help: 'Wat ging goed, wat wil je anders doen, en wat betekent dit voor je leerdoelen?',
      required: true,
      maxLength: 3000,
      parts: ['deelnemer'],
    },
    {
      key: 'vraag',
      kind: 'longtext',
      label: 'Vraag aan je collega-docent',
      required: false,
      maxLength: 1000,
      parts: ['deelnemer'],
    },
    {
      key: 'reactie',
      kind: 'longtext',
      label: 'Reactie en feedback',
      required: true,
      maxLength: 2000,
      parts: ['collega_docent'],
    },
    { key: 'besprokenOp', kind: 'date', label: 'Besproken op', required: false, parts: ['collega_docent'] },
  ],
  source: 'seed 000 (collega-docent: begeleiding bij praktijkopdrachten; trainer: eigen reflectie op leren)',
});

export type PraktijkopdrachtAnswers = AnswersOf<typeof praktijkopdrachtForm>;
export const praktijkopdrachtAnswersSchema = (partId: PartId = 'deelnemer') =>
  answersSchemaFor(praktijkopdrachtForm, partId);
export const praktijkopdrachtDraftSchema = (partId: PartId = 'deelnemer') =>
  draftSchemaFor(praktijkopdrachtForm, partId);
