import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import { FEEDBACK_ASPECTEN, GEDRAGSINDICATOREN, LESOBSERVATIE_SCHAAL } from './options';
import type { PartId } from '../programmes';

/**
 * Observatieformulier lesbezoek. PDG: the werkplekbegeleider (4 visits, 2 per half) and the
 * PDG-trainer (formative visit halfway); LED: the collega-docent (at least 2 a year). Linked to the
 * behaviour indicators of BT3 and BT5; feedback, feed-up and feedforward on content, strategy,
 * modus and personal qualities (Didactisch Coachen, seed 003).
 */
export const observatieForm = defineForm({
  formType: 'observatie',
  version: 1,
  title: 'Observatieformulier lesbezoek',
  description:
    'Observatie van een les, gekoppeld aan de gedragsindicatoren van beroepstaak 3 en 5. Geef feed-up (waar werk je naartoe?), feedback (waar sta je nu?) en feedforward (wat is de volgende stap?).',
  parts: [
    {
      partId: 'werkplekbegeleider',
      role: 'werkplekbegeleider',
      label: 'Observatie werkplekbegeleider',
      staff: false,
    },
    { partId: 'pdg_trainer', role: 'pdg_trainer', label: 'Formatief lesbezoek PDG-trainer', staff: false },
    { partId: 'collega_docent', role: 'collega_docent', label: 'Observatie collega-docent', staff: false },
  ],
  sealed: false,
  readerRoles: ['deelnemer', 'werkplekbegeleider', 'pdg_trainer', 'collega_docent', 'led_trainer'],
  fields: [
    { key: 'datum', kind: 'date', label: 'Datum lesbezoek', required: true },
    { key: 'lesonderwerp', kind: 'text', label: 'Onderwerp van de les', required: true, maxLength: 200 },
    { key: 'groep', kind: 'text', label: 'Groep / klas', required: false, maxLength: 100 },
    {
      key: 'observatievraag',
      kind: 'longtext',
      label: 'Observatievraag van de deelnemer',
      help: 'Waarop wilde de deelnemer feedback (leerpunten)?',
      required: false,
      maxLength: 1000,
    },
    {
      key: 'gedragsindicatoren',
      kind: 'group',
      label: 'Gedragsindicatoren',
      help: 'Beoordeel wat je gezien hebt; kies "niet gezien" als het in deze les niet aan bod kwam.',
      required: true,
      items: GEDRAGSINDICATOREN,
      fields: [
        { key: 'oordeel', kind: 'scale', label: 'Oordeel', required: true, options: LESOBSERVATIE_SCHAAL },
        {
          key: 'waarneming',
          kind: 'longtext',
          label: 'Waarneming',
          help: 'Wat zag of hoorde je concreet?',
          required: false,
          maxLength: 1000,
        },
      ],
    },
    {
      key: 'feedback',
      kind: 'group',
      label: 'Feedback',
      help: 'De nadruk ligt op strategie, modus en persoonlijke kwaliteiten.',
      required: false,
      atLeastOne: true,
      items: FEEDBACK_ASPECTEN,
      fields: [
        {
          key: 'feedUp',
          kind: 'longtext',
          label: 'Feed-up: waar werk je naartoe?',
          required: false,
          maxLength: 1000,
        },
        {
          key: 'feedback',
          kind: 'longtext',
          label: 'Feedback: waar sta je nu?',
          required: false,
          maxLength: 1000,
        },
        {
          key: 'feedforward',
          kind: 'longtext',
          label: 'Feedforward: wat is de volgende stap?',
          required: false,
          maxLength: 1000,
        },
      ],
    },
    { key: 'sterkePunten', kind: 'longtext', label: 'Sterke punten', required: true, maxLength: 1500 },
    {
      key: 'afspraken',
      kind: 'longtext',
      label: 'Afspraken na de nabespreking',
      required: false,
      maxLength: 1500,
    },
  ],
  source: 'seed 003 (Lesbezoeken, Feedback); DOMAIN public facts (lesobservatieschaal)',
});

export type ObservatieAnswers = AnswersOf<typeof observatieForm>;
export const observatieAnswersSchema = (partId: PartId) => answersSchemaFor(observatieForm, partId);
export const observatieDraftSchema = (partId: PartId) => draftSchemaFor(observatieForm, partId);
