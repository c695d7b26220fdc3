import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import type { PartId } from '../programmes';

/** At most this many learning points per observation: the leerdoelen form allows six goals. */
export const MAX_LEERPUNTEN = 6;

/**
 * LED lesson observation (seed 000: "observeren van onderwijs a.d.h.v. leerpunten van de docent zelf"): the
 * collega-docent observes on the docent's own learning goals, not on the PDG behaviour indicators. The list
 * starts as the docent's leerdoelen (copied onto the open observations when the leerdoelen are submitted,
 * functions/src/led/leerpunten.ts); the collega-docent writes what they saw, feedback and feedforward per point.
 */
export const observatieLedForm = defineForm({
  formType: 'observatie_led',
  version: 1,
  title: 'Observatie op eigen leerpunten (LED)',
  description:
    'De collega-docent observeert een les of onderwijssituatie op de leerpunten die de docent zelf heeft opgesteld, en geeft per leerpunt feedback en feedforward.',
  parts: [{ partId: 'collega_docent', role: 'collega_docent', label: 'Collega-docent', staff: false }],
  sealed: false,
  readerRoles: ['deelnemer', 'collega_docent', 'led_trainer'],
  fields: [
    { key: 'datum', kind: 'date', label: 'Datum van de observatie', required: true },
    {
      key: 'situatie',
      kind: 'text',
      label: 'Onderwijssituatie',
      help: 'Bijvoorbeeld: terugkomdag groep 2, onderwerp consultvoering.',
      required: false,
      maxLength: 200,
    },
    {
      key: 'leerpunten',
      kind: 'list',
      label: 'Leerpunten van de docent',
      help: 'De leerdoelen van de docent staan hier al; je kunt een leerpunt toevoegen dat de docent vooraf noemde.',
      required: true,
      min: 1,
      max: MAX_LEERPUNTEN,
      itemLabel: 'Leerpunt',
      fields: [
        { key: 'leerpunt', kind: 'text', label: 'Leerpunt', required: true, maxLength: 500 },
        {
          key: 'waargenomen',
          kind: 'longtext',
          label: 'Wat zag je?',
          help: 'Concreet gedrag in de les (feedback: waar staat de docent nu?).',
          required: true,
          maxLength: 2000,
        },
        {
          key: 'feedforward',
          kind: 'longtext',
          label: 'Feedforward',
          help: 'Wat is een volgende stap?',
          required: false,
          maxLength: 1500,
        },
      ],
    },
    {
      key: 'nabespreking',
      kind: 'longtext',
      label: 'Nabespreking en reflectie',
      help: 'Wat hebben jullie besproken, en wat neemt de docent mee?',
      required: false,
      maxLength: 2000,
    },
  ],
  source:
    'seed 000 (rol collega-docent: observeren a.d.h.v. leerpunten van de docent zelf; minimaal 2x per jaar)',
});

export type ObservatieLedAnswers = AnswersOf<typeof observatieLedForm>;
export const observatieLedAnswersSchema = (partId: PartId = 'collega_docent') =>
  answersSchemaFor(observatieLedForm, partId);
export const observatieLedDraftSchema = (partId: PartId = 'collega_docent') =>
  draftSchemaFor(observatieLedForm, partId);

/** The observation's starting list: one learning point per submitted leerdoel, in the docent's words. */
export function leerpuntenFromLeerdoelen(
  leerdoelen: readonly { doel?: unknown }[] | undefined,
): { leerpunt: string }[] {
  return (leerdoelen ?? [])
    .map((l) => (typeof l.doel === 'string' ? l.doel.trim().slice(0, 500) : ''))
    .filter((d) => d.length > 0)
    .slice(0, MAX_LEERPUNTEN)
    .map((leerpunt) => ({ leerpunt }));
}
