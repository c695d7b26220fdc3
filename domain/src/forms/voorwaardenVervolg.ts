import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import type { PartId } from '../programmes';

/**
 * The follow-up of a decision "door onder voorwaarden" (docs/rules.md "Progress decision and conditions"): the
 * server creates it from the decision with the conditions and their deadline on the envelope (`voorwaarden`); the
 * hoofd opleiding closes it with this one part. The aios and the traject's raters read the conditions and, once
 * closed, the outcome; only the hoofd opleiding closes it (rule 4 of docs/rules.md).
 */
export const voorwaardenVervolgForm = defineForm({
  formType: 'voorwaarden_vervolg',
  version: 1,
  title: 'Vervolg voorwaarden',
  description:
    'De voorwaarden uit de voortgangsbeslissing. Het hoofd opleiding sluit dit vervolg af zodra vaststaat of de aios aan de voorwaarden heeft voldaan.',
  parts: [{ partId: 'hoofd_opleiding', role: 'hoofd_opleiding', label: 'Hoofd opleiding', staff: true }],
  sealed: false,
  readerRoles: ['aios', 'opleider', 'groepsdocent', 'tutor'],
  fields: [
    {
      key: 'uitkomst',
      kind: 'choice',
      label: 'Uitkomst',
      required: true,
      options: [
        { value: 'voldaan', label: 'Aan de voorwaarden voldaan' },
        { value: 'niet_voldaan', label: 'Niet aan de voorwaarden voldaan' },
      ],
    },
    {
      key: 'toelichting',
      kind: 'longtext',
      label: 'Toelichting',
      help: 'Waaruit blijkt dat de aios wel of niet aan de voorwaarden heeft voldaan?',
      required: true,
      maxLength: 2000,
    },
    { key: 'datumAfsluiting', kind: 'date', label: 'Datum afsluiting', required: true },
  ],
  source: 'seed 002 (Go / No-Go / Go op voorwaarden; de definitieve beslissing door het hoofd opleiding)',
});

export type VoorwaardenVervolgAnswers = AnswersOf<typeof voorwaardenVervolgForm>;
/** The filled example (FORM_EXAMPLES, examples.ts). */
export const voorwaardenVervolgExample: VoorwaardenVervolgAnswers = {
  uitkomst: 'voldaan',
  toelichting: 'Vier KPBs spoedzorg op niveau; besproken met opleider en groepsdocenten.',
  datumAfsluiting: '2026-10-01',
};
export const voorwaardenVervolgAnswersSchema = (partId: PartId = 'hoofd_opleiding') =>
  answersSchemaFor(voorwaardenVervolgForm, partId);
export const voorwaardenVervolgDraftSchema = (partId: PartId = 'hoofd_opleiding') =>
  draftSchemaFor(voorwaardenVervolgForm, partId);
