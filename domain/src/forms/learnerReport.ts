import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import { ACTIVITEIT_TYPES } from './options';
import type { PartId } from '../programmes';

export const MAX_LEARNER_ACTIVITIES = 5;

/**
 * Learner report (seed 004): five questions; question 1 is an inventory of the last 6–8 weeks,
 * questions 2–5 are answered per activity (up to 5), each typed by one of the 11 activity types.
 */
export const learnerReportForm = defineForm({
  formType: 'learner_report',
  version: 1,
  title: 'Learner report',
  description:
    'Ontrafel je leren: wat heb je de afgelopen 6 tot 8 weken gedaan, wat was leerzaam, wat heb je geleerd, wat doe of denk je nu anders, en waarom? Het team ziet alleen een overzicht van de soorten activiteiten.',
  parts: [{ partId: 'deelnemer', role: 'deelnemer', label: 'Docent', staff: false }],
  sealed: false,
  readerRoles: ['deelnemer'],
  fields: [
    {
      key: 'inventarisatie',
      kind: 'longtext',
      label: '1. Inventariseren',
      help: 'Wat heb je de afgelopen 6 tot 8 weken gedaan of welke situaties heb je meegemaakt in het kader van je professionalisering of je ontwikkeling als mbo-docent?',
      required: true,
      maxLength: 3000,
    },
    {
      key: 'activiteiten',
      kind: 'list',
      label: 'Leerzame situaties',
      help: 'Kies maximaal vijf situaties uit vraag 1 die je als nuttig of leerzaam hebt ervaren.',
      required: true,
      min: 1,
      max: MAX_LEARNER_ACTIVITIES,
      itemLabel: 'Situatie',
      fields: [
        { key: 'type', kind: 'choice', label: 'Soort activiteit', required: true, options: ACTIVITEIT_TYPES },
        {
          key: 'beschrijving',
          kind: 'longtext',
          label: '2. Beschrijven',
          help: 'Beschrijf de situatie: doel, betrokkenen, jouw rol, setting.',
          required: true,
          maxLength: 2000,
        },
        {
          key: 'leeropbrengst',
          kind: 'longtext',
          label: '3. Leeropbrengsten',
          help: 'Wat heb je geleerd in deze situatie?',
          required: true,
          maxLength: 1500,
        },
        {
          key: 'doorwerking',
          kind: 'longtext',
          label: '4. Doorwerking',
          help: 'Wat doe je nu anders? Wat denk je nu anders?',
          required: true,
          maxLength: 1500,
        },
        {
          key: 'verklaring',
          kind: 'longtext',
          label: '5. Verklaren',
          help: 'Waarom heeft deze situatie deze doorwerking? Welke kenmerken hebben daaraan bijgedragen?',
          required: true,
          maxLength: 1500,
        },
      ],
    },
  ],
  source: 'seed 004 (learner report, venster 1 en 2)',
});

export type LearnerReportAnswers = AnswersOf<typeof learnerReportForm>;
export const learnerReportAnswersSchema = (partId: PartId = 'deelnemer') =>
  answersSchemaFor(learnerReportForm, partId);
export const learnerReportDraftSchema = (partId: PartId = 'deelnemer') =>
  draftSchemaFor(learnerReportForm, partId);
