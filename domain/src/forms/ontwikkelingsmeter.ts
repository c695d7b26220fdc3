import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import { BEROEPSTAKEN } from './options';
import type { PartId } from '../programmes';

export const ONTWIKKELINGSMETER_SCHAAL = [
  { value: 'beginnend', label: 'Beginnend' },
  { value: 'in_ontwikkeling', label: 'In ontwikkeling' },
  { value: 'op_niveau', label: 'Op startbekwaam niveau' },
  { value: 'boven_niveau', label: 'Boven startbekwaam niveau' },
  { value: 'niet_gezien', label: 'Nog niet gezien' },
] as const;

/** Ontwikkelingsmeter: the werkplekbegeleider maps development per beroepstaak (seed 003). */
export const ontwikkelingsmeterForm = defineForm({
  formType: 'ontwikkelingsmeter',
  version: 1,
  title: 'Ontwikkelingsmeter',
  description:
    'Groeidocument waarin de werkplekbegeleider de ontwikkeling van de deelnemer per beroepstaak in kaart brengt: halverwege (tussentijds portfolio) en aan het einde (kwalificatieportfolio).',
  parts: [
    { partId: 'werkplekbegeleider', role: 'werkplekbegeleider', label: 'Werkplekbegeleider', staff: false },
  ],
  sealed: false,
  readerRoles: ['deelnemer', 'werkplekbegeleider', 'pdg_trainer'],
  fields: [
    {
      key: 'moment',
      kind: 'choice',
      label: 'Moment',
      required: true,
      options: [
        { value: 'tussentijds', label: 'Tussentijds portfolio (halverwege)' },
        { value: 'eind', label: 'Kwalificatieportfolio (einde)' },
      ],
    },
    {
      key: 'beroepstaken',
      kind: 'group',
      label: 'Beroepstaken',
      required: true,
      items: BEROEPSTAKEN,
      fields: [
        {
          key: 'niveau',
          kind: 'scale',
          label: 'Ontwikkeling',
          required: true,
          options: ONTWIKKELINGSMETER_SCHAAL,
        },
        { key: 'toelichting', kind: 'longtext', label: 'Toelichting', required: true, maxLength: 1500 },
      ],
    },
    { key: 'algemeenBeeld', kind: 'longtext', label: 'Algemeen beeld', required: false, maxLength: 2000 },
    {
      key: 'vervolg',
      kind: 'longtext',
      label: 'Aandachtspunten voor de komende periode',
      required: false,
      maxLength: 2000,
    },
  ],
  source: 'seed 003 (Ontwikkelingsmeter)',
});

export type OntwikkelingsmeterAnswers = AnswersOf<typeof ontwikkelingsmeterForm>;
export const ontwikkelingsmeterAnswersSchema = (partId: PartId = 'werkplekbegeleider') =>
  answersSchemaFor(ontwikkelingsmeterForm, partId);
export const ontwikkelingsmeterDraftSchema = (partId: PartId = 'werkplekbegeleider') =>
  draftSchemaFor(ontwikkelingsmeterForm, partId);
