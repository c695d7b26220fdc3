import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import type { PartId } from '../programmes';

export const SUMMATIEF_SCHAAL = [
  { value: 'onvoldoende', label: 'Onvoldoende' },
  { value: 'voldoende', label: 'Voldoende' },
  { value: 'goed', label: 'Goed' },
] as const;

const PASS = new Set(['voldoende', 'goed']);

/**
 * Beoordeling summatief lesbezoek: the programme's assessor and the school's tweede assessor each
 * judge BT3 and BT5 (sealed until both submitted). The werkplekbegeleider can never hold either
 * role (rule 1 of docs/rules.md; see policies/roleAssignment.ts).
 */
export const beoordelingSummatiefForm = defineForm({
  formType: 'beoordeling_summatief',
  version: 1,
  title: 'Beoordeling summatief lesbezoek',
  description:
    'De assessor van de PDG-opleiding en de tweede assessor van de mbo-school beoordelen ieder beroepstaak 3 en 5. De werkplekbegeleider kan nooit assessor zijn.',
  parts: [
    { partId: 'assessor', role: 'assessor', label: 'Assessor (opleiding)', staff: false },
    { partId: 'tweede_assessor', role: 'tweede_assessor', label: 'Tweede assessor (school)', staff: false },
  ],
  sealed: true,
  readerRoles: ['deelnemer', 'pdg_trainer', 'assessor', 'tweede_assessor'],
  fields: [
    { key: 'datumLesbezoek', kind: 'date', label: 'Datum lesbezoek', required: true },
    {
      key: 'beroepstaken',
      kind: 'group',
      label: 'Beroepstaken',
      required: true,
      items: [
        { key: 'bt3', label: 'BT3 Je verzorgt onderwijs volgens de PDCA-cyclus' },
        { key: 'bt5', label: 'BT5 Je zorgt voor een veilig leerklimaat in de groep' },
      ],
      fields: [
        { key: 'oordeel', kind: 'scale', label: 'Oordeel', required: true, options: SUMMATIEF_SCHAAL },
        { key: 'onderbouwing', kind: 'longtext', label: 'Onderbouwing', required: true, maxLength: 3000 },
      ],
    },
    {
      key: 'eindoordeel',
      kind: 'choice',
      label: 'Eindoordeel',
      required: true,
      options: [
        { value: 'behaald', label: 'Behaald' },
        { value: 'niet_behaald', label: 'Niet behaald' },
      ],
    },
    {
      key: 'toelichting',
      kind: 'longtext',
      label: 'Toelichting op het eindoordeel',
      required: false,
      maxLength: 2000,
    },
  ],
  crossChecks: [
    {
      path: ['eindoordeel'],
      message: 'Behaald kan alleen als beroepstaak 3 en 5 allebei minstens voldoende zijn',
      ok: (a) => {
        if (a.eindoordeel !== 'behaald') return true;
        const bt = a.beroepstaken as Record<string, { oordeel?: string } | undefined> | undefined;
        return PASS.has(bt?.bt3?.oordeel ?? '') && PASS.has(bt?.bt5?.oordeel ?? '');
      },
    },
  ],
  source: 'seed 003 (summatief lesbezoek)',
});

export type BeoordelingSummatiefAnswers = AnswersOf<typeof beoordelingSummatiefForm>;
export const beoordelingSummatiefAnswersSchema = (partId: PartId) =>
  answersSchemaFor(beoordelingSummatiefForm, partId);
export const beoordelingSummatiefDraftSchema = (partId: PartId) =>
  draftSchemaFor(beoordelingSummatiefForm, partId);
