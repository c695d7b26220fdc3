import { answersSchemaFor, defineForm, draftSchemaFor, type AnswersOf } from './schema';
import { COMBEL_SCHAAL } from './options';
import type { PartId } from '../programmes';

/** Seed 002 "Diensten doen en compenseren": at least 20 duties a year with the opleider. */
export const DIENSTEN_PER_JAAR = 20;
/** Seed 002: in year 3, after the bekwaamheidsverklaring, 5 to 8 duties supervised at a distance. */
export const OP_AFSTAND = { min: 5, max: 8 } as const;

/**
 * Voortgangsrapportage diensten with the bekwaamheidsverklaring supervisie op afstand. The opleider
 * fills it on the aios's invitation (jaar 1: month 6 and 9; jaar 3: month 6). Seed 002.
 */
export const dienstenForm = defineForm({
  formType: 'diensten',
  version: 2,
  title: 'Voortgangsrapportage diensten',
  description:
    'De opleider beoordeelt de ontwikkeling van de aios in het doen van diensten. Bij een positieve beoordeling geeft de opleider een bekwaamheidsverklaring voor supervisie op afstand af.',
  parts: [{ partId: 'opleider', role: 'opleider', label: 'Rapportage opleider', staff: false }],
  sealed: false,
  readerRoles: ['aios', 'opleider', 'groepsdocent', 'tutor'],
  fields: [
    {
      key: 'aantalDiensten',
      kind: 'number',
      label: 'Aantal diensten tot nu toe (dit opleidingsjaar)',
      help: `Minimaal ${DIENSTEN_PER_JAAR} diensten per jaar met de opleider (of vervangend opleider op dezelfde post).`,
      required: true,
      min: 0,
      max: 200,
    },
    {
      key: 'aantalOpAfstand',
      kind: 'number',
      label: 'Waarvan met supervisie op afstand',
      help: `Alleen in jaar 3, na de bekwaamheidsverklaring: minimaal ${OP_AFSTAND.min} en maximaal ${OP_AFSTAND.max} diensten met supervisie op afstand. Laat leeg als dat (nog) niet aan de orde is.`,
      required: false,
      min: 0,
      max: 50,
    },
    {
      key: 'onderdelen',
      kind: 'group',
      label: 'Competenties in de dienst',
      required: true,
      items: [
        { key: 'telefonische_triage', label: 'Telefonische triage en advies' },
        { key: 'consulten_visites', label: 'Consulten en visites op de post' },
        { key: 'spoed', label: 'Spoedeisende zorg (ABCDE)' },
        { key: 'samenwerking', label: 'Samenwerking met assistenten, chauffeur en ketenpartners' },
        { key: 'organisatie_verslaglegging', label: 'Organisatie en verslaglegging' },
      ],
      fields: [
        { key: 'niveau', kind: 'scale', label: 'Niveau', required: true, options: COMBEL_SCHAAL },
        { key: 'toelichting', kind: 'longtext', label: 'Toelichting', required: false, maxLength: 1000 },
      ],
    },
    {
      key: 'oordeel',
      kind: 'choice',
      label: 'Oordeel',
      required: true,
      options: [
        {
          value: 'positief',
          label: 'Positief',
          help: 'De aios kan diensten doen met supervisie op afstand.',
        },
        { value: 'nog_niet', label: 'Nog niet', help: 'De aios heeft nog directe supervisie nodig.' },
      ],
    },
    {
      key: 'toelichting',
      kind: 'longtext',
      label: 'Toelichting op het oordeel',
      required: true,
      maxLength: 3000,
    },
    {
      key: 'bekwaamheidsverklaring',
      kind: 'boolean',
      label: 'Ik verklaar de aios bekwaam voor diensten met supervisie op afstand',
      help: 'In jaar 3 doet de aios daarna minimaal 5 en maximaal 8 diensten met supervisie op afstand, bij voorkeur met 2 nachtdiensten.',
      required: false,
      requiredWhen: { key: 'oordeel', in: ['positief'] },
    },
    {
      key: 'ingangsdatum',
      kind: 'date',
      label: 'Bekwaamheidsverklaring geldig vanaf',
      required: false,
      requiredWhen: { key: 'bekwaamheidsverklaring', in: [true] },
    },
  ],
  crossChecks: [
    {
      path: ['aantalOpAfstand'],
      message: 'Er kunnen niet meer diensten op afstand zijn dan diensten in totaal',
      ok: (a) =>
        typeof a.aantalOpAfstand !== 'number' ||
        typeof a.aantalDiensten !== 'number' ||
        a.aantalOpAfstand <= a.aantalDiensten,
    },
    {
      path: ['bekwaamheidsverklaring'],
      message: 'Een bekwaamheidsverklaring kan alleen bij een positief oordeel worden afgegeven',
      ok: (a) => !(a.bekwaamheidsverklaring === true && a.oordeel !== 'positief'),
    },
  ],
  source: 'seed 002 (Voortgangsrapportage en Bekwaamheidsverklaring voor supervisie op afstand)',
});

export type DienstenAnswers = AnswersOf<typeof dienstenForm>;
export const dienstenAnswersSchema = (partId: PartId = 'opleider') => answersSchemaFor(dienstenForm, partId);
export const dienstenDraftSchema = (partId: PartId = 'opleider') => draftSchemaFor(dienstenForm, partId);
