import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import { COMPETENTIEGEBIEDEN } from './options';
import type { PartId } from '../programmes';

/**
 * KPB (korte praktijkbeoordeling, after the mini-CEX) / KVB (korte vaardigheidsbeoordeling).
 * Weekly, about 40 a year: a pace target (see kpbPace), not a deadline per item. The aios names the
 * topic and self-assesses; the observer gives concrete feedback; the aios writes a learning goal.
 */
export const kpbForm = defineForm({
  formType: 'kpb',
  version: 1,
  title: 'KPB / KVB',
  description:
    'Korte praktijkbeoordeling (maximaal 10 minuten observatie) of korte vaardigheidsbeoordeling. De aios beoordeelt zichzelf eerst; de opleider geeft daarna concrete feedback op medisch handelen en minstens één ander competentiegebied.',
  parts: [
    { partId: 'aios', role: 'aios', label: 'Aios: onderwerp, zelfbeoordeling en leerdoel', staff: false },
    { partId: 'opleider', role: 'opleider', label: 'Opleider: observatie en feedback', staff: false },
  ],
  sealed: false,
  readerRoles: ['aios', 'opleider', 'groepsdocent', 'tutor'],
  fields: [
    {
      key: 'soort',
      kind: 'choice',
      label: 'Soort',
      required: true,
      parts: ['aios'],
      options: [
        { value: 'kpb', label: 'KPB (korte praktijkbeoordeling)' },
        { value: 'kvb', label: 'KVB (korte vaardigheidsbeoordeling)' },
      ],
    },
    { key: 'datum', kind: 'date', label: 'Datum', required: true, parts: ['aios'] },
    {
      key: 'onderwerp',
      kind: 'text',
      label: 'Onderdeel of vaardigheid',
      help: 'Bijvoorbeeld: anamnese bij buikpijn, IUD plaatsen, schouderonderzoek.',
      required: true,
      maxLength: 200,
      parts: ['aios'],
    },
    {
      key: 'feedbackpunten',
      kind: 'longtext',
      label: 'Waarop wil je feedback?',
      required: false,
      maxLength: 1000,
      parts: ['aios'],
    },
    {
      key: 'zelfbeoordeling',
      kind: 'longtext',
      label: 'Zelfbeoordeling',
      required: true,
      maxLength: 1500,
      parts: ['aios'],
    },
    {
      key: 'leerdoel',
      kind: 'longtext',
      label: 'Leerdoel en plan van aanpak',
      help: 'Vul dit in na de feedback van de opleider.',
      required: true,
      maxLength: 1500,
      parts: ['aios'],
    },
    {
      key: 'observatie',
      kind: 'longtext',
      label: 'Observatie',
      required: true,
      maxLength: 2000,
      parts: ['opleider'],
    },
    {
      key: 'feedbackMedischHandelen',
      kind: 'longtext',
      label: 'Feedback op medisch handelen',
      required: true,
      maxLength: 2000,
      parts: ['opleider'],
    },
    {
      key: 'andereGebieden',
      kind: 'choice',
      label: 'Andere competentiegebieden',
      required: true,
      multiple: true,
      parts: ['opleider'],
      options: COMPETENTIEGEBIEDEN.filter((c) => c.key !== 'medisch_handelen').map((c) => ({
        value: c.key,
        label: c.label,
      })),
    },
    {
      key: 'feedbackAndereGebieden',
      kind: 'longtext',
      label: 'Feedback op de andere gebieden',
      required: true,
      maxLength: 2000,
      parts: ['opleider'],
    },
    {
      key: 'thema',
      kind: 'text',
      label: 'Thema of KBA (optioneel)',
      help: 'Kenmerkende beroepsactiviteit of opleidingsthema.',
      required: false,
      maxLength: 200,
      parts: ['opleider'],
    },
  ],
  source: 'seed 002 (KPB/KVB); DOMAIN public facts (mini-CEX)',
});

export type KpbAnswers = AnswersOf<typeof kpbForm>;
export const kpbAnswersSchema = (partId: PartId) => answersSchemaFor(kpbForm, partId);
export const kpbDraftSchema = (partId: PartId) => draftSchemaFor(kpbForm, partId);
