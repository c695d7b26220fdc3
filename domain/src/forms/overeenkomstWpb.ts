import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import type { PartId } from '../programmes';

/**
 * The agreements on the workplace supervision the deelnemer and the PDG-opleiding confirm, in full (seed 003:
 * Randvoorwaarden werkplekbegeleiding, Verplichte onderdelen begeleiding, Taken werkplekbegeleiding, Lesbezoeken).
 * Shown above their checkbox; the werkplekbegeleider confirms the same conditions one by one.
 */
export const OVEREENKOMST_AFSPRAKEN = [
  'De werkplekbegeleider heeft een opleiding tot werkplekbegeleider gevolgd: een gerichte coachopleiding of een cursus werkplekbegeleider.',
  'Om een veilig leerklimaat, vertrouwelijkheid en onafhankelijkheid te borgen, heeft de werkplekbegeleider geen hiërarchische relatie met de PDG-deelnemer.',
  'De werkplekbegeleider is een ‘werknabije’ werkplekbegeleider: een vast en benaderbaar aanspreekpunt, bij wie de PDG-deelnemer terechtkan voor raad en steun.',
  'De werkplekbegeleider is gemiddeld twee uur per week beschikbaar voor de PDG-deelnemer voor overleg en feedback.',
  'De werkplekbegeleider voert minimaal vier lesbezoeken uit: twee keer in de eerste helft en twee keer in de tweede helft van de opleiding.',
  'De werkplekbegeleider vult de ontwikkelingsmeter twee keer in: halverwege de opleiding (tussentijds portfolio) en aan het einde (kwalificatieportfolio).',
  'De werkplekbegeleider is aanwezig bij de voorlichtingsbijeenkomst, bij het formatief lesbezoek en de nabespreking daarvan, en bij de certificering.',
  'De werkplekbegeleider mag niet de rol van assessor vervullen bij het summatief lesbezoek, maar kan de deelnemer wel helpen een tweede assessor te regelen.',
] as const;

/** Overeenkomst werkplekbegeleider: the conditions of seed 003, acknowledged by all three parties. */
export const overeenkomstWpbForm = defineForm({
  formType: 'overeenkomst_wpb',
  version: 1,
  title: 'Overeenkomst werkplekbegeleider',
  description:
    'Bij de start van het PDG-traject bevestigen werkplekbegeleider, deelnemer en PDG-opleiding de randvoorwaarden van de werkplekbegeleiding (Landelijk Raamwerk PDG).',
  parts: [
    { partId: 'werkplekbegeleider', role: 'werkplekbegeleider', label: 'Werkplekbegeleider', staff: false },
    { partId: 'deelnemer', role: 'deelnemer', label: 'Deelnemer', staff: false },
    { partId: 'pdg_trainer', role: 'pdg_trainer', label: 'PDG-opleiding', staff: false },
  ],
  sealed: false,
  readerRoles: ['deelnemer', 'werkplekbegeleider', 'pdg_trainer'],
  fields: [
    {
      key: 'school',
      kind: 'text',
      label: 'Mbo-school en team',
      required: true,
      maxLength: 200,
      parts: ['werkplekbegeleider'],
    },
    {
      key: 'opleidingWerkplekbegeleider',
      kind: 'text',
      label: 'Gevolgde opleiding tot werkplekbegeleider of coach',
      required: true,
      maxLength: 200,
      parts: ['werkplekbegeleider'],
    },
    {
      key: 'geenHierarchischeRelatie',
      kind: 'boolean',
      label: 'Ik heb geen hiërarchische relatie met de deelnemer',
      help: 'Om een veilig leerklimaat, vertrouwelijkheid en onafhankelijkheid te borgen.',
      required: true,
      mustBeTrue: true,
      parts: ['werkplekbegeleider'],
    },
    {
      key: 'tijdsinvestering',
      kind: 'boolean',
      label: 'Ik ben gemiddeld twee uur per week beschikbaar voor overleg en feedback',
      required: true,
      mustBeTrue: true,
      parts: ['werkplekbegeleider'],
    },
    {
      key: 'lesbezoeken',
      kind: 'boolean',
      label: 'Ik voer minimaal vier lesbezoeken uit: twee in elke helft van de opleiding',
      required: true,
      mustBeTrue: true,
      parts: ['werkplekbegeleider'],
    },
    {
      key: 'ontwikkelingsmeter',
      kind: 'boolean',
      label: 'Ik vul de ontwikkelingsmeter twee keer in (halverwege en aan het einde)',
      required: true,
      mustBeTrue: true,
      parts: ['werkplekbegeleider'],
    },
    {
      key: 'geenAssessor',
      kind: 'boolean',
      label: 'Ik weet dat ik geen assessor mag zijn bij het summatief lesbezoek van deze deelnemer',
      required: true,
      mustBeTrue: true,
      parts: ['werkplekbegeleider'],
    },
    {
      key: 'bijeenkomsten',
      kind: 'boolean',
      label: 'Ik ben aanwezig bij de voorlichtingsbijeenkomst, het formatief lesbezoek en de certificering',
      required: true,
      mustBeTrue: true,
      parts: ['werkplekbegeleider'],
    },
    {
      key: 'akkoord',
      kind: 'boolean',
      label: 'Ik ga akkoord met deze afspraken over de werkplekbegeleiding',
      required: true,
      mustBeTrue: true,
      statements: OVEREENKOMST_AFSPRAKEN,
      parts: ['deelnemer', 'pdg_trainer'],
    },
    {
      key: 'afspraken',
      kind: 'longtext',
      label: 'Aanvullende afspraken',
      help: 'Bijvoorbeeld over vaste overlegmomenten.',
      required: false,
      maxLength: 2000,
      parts: ['deelnemer'],
    },
  ],
  source: 'seed 003 (Randvoorwaarden werkplekbegeleiding, Verplichte onderdelen)',
});

export type OvereenkomstWpbAnswers = AnswersOf<typeof overeenkomstWpbForm>;
export const overeenkomstWpbAnswersSchema = (partId: PartId) => answersSchemaFor(overeenkomstWpbForm, partId);
export const overeenkomstWpbDraftSchema = (partId: PartId) => draftSchemaFor(overeenkomstWpbForm, partId);
