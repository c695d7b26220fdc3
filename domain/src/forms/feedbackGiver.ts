// The parts of feedback givers without a role in the traject (docs/rules.md "Feedback givers by link"): the
// practice staff an opleider asks before the ComBel (seed 002: "Voordat je de Combel invult, vraag je feedback
// over het functioneren van de aios bij de doktersassistenten, evt. plaatsvervangend opleiders en POH") and the
// peers, students and colleagues a PDG-deelnemer asks for the feedback quotes of the summative request (seed 003).
// One part per giver, in fixed slots (`feedback_1`..): who may ask, and how many, is policies/feedbackGivers.ts.
import { FEEDBACK_PART_IDS, type FeedbackPartId } from '../programmes';
import type { LongTextField, PartDef, TextField } from './types';

/** How many givers one ComBel round may ask: a practice has a few assistants, a POH and perhaps a waarnemer. */
export const COMBEL_FEEDBACK_PARTS = FEEDBACK_PART_IDS.slice(0, 6) as readonly FeedbackPartId[];
/** How many givers one summative request may ask: the request holds 6–8 quotes, some from the werkplekbegeleider. */
export const AANVRAAG_FEEDBACK_PARTS = FEEDBACK_PART_IDS.slice(0, 8) as readonly FeedbackPartId[];

/** The part definitions of the slots: the label shown is the giver's name and role (their designation). */
export function feedbackPartDefs(slots: readonly FeedbackPartId[]): PartDef[] {
  return slots.map((partId, i) => ({ partId, role: partId, label: `Feedback ${i + 1}`, staff: false }));
}

export function combelFeedbackFields() {
  const parts = COMBEL_FEEDBACK_PARTS;
  return [
    {
      key: 'praktijkGoed' as const,
      kind: 'longtext' as const,
      label: 'Wat gaat goed in het werk van de aios?',
      help: 'Bijvoorbeeld in de omgang met patiënten, de samenwerking in de praktijk of de organisatie van het spreekuur.',
      required: true as const,
      maxLength: 1500,
      parts,
    },
    {
      key: 'praktijkBeter' as const,
      kind: 'longtext' as const,
      label: 'Wat kan beter, en hoe?',
      required: true as const,
      maxLength: 1500,
      parts,
    },
  ] satisfies [LongTextField, LongTextField | TextField];
}

export function aanvraagFeedbackFields() {
  const parts = AANVRAAG_FEEDBACK_PARTS;
  return [
    {
      key: 'feedbackTekst' as const,
      kind: 'longtext' as const,
      label: 'Jouw feedback',
      help: 'Wat zag of merkte je, wat werkte goed en wat is een volgende stap? De deelnemer mag een citaat hieruit gebruiken in de aanvraag van het summatief lesbezoek, met jouw naam erbij.',
      required: true as const,
      maxLength: 1500,
      parts,
    },
    {
      key: 'situatie' as const,
      kind: 'text' as const,
      label: 'Bij welke les of activiteit?',
      required: false as const,
      maxLength: 200,
      parts,
    },
  ] satisfies [LongTextField, LongTextField | TextField];
}

const EXAMPLE_ANSWERS = {
  combel: {
    praktijkGoed:
      'Vriendelijk aan de telefoon en aan de balie; vraagt na een consult wat wij van de patiënt hoorden.',
    praktijkBeter: 'Loopt vaak uit: plan na het spreekuur vijf minuten voor terugbelverzoeken.',
  },
  aanvraag_summatief: {
    feedbackTekst: 'Je liet ons eerst zelf nadenken en vroeg daarna door; daardoor deed iedereen mee.',
    situatie: 'Les recht in de zorg, klas 2',
  },
} as const;

/** Filled examples of the feedback givers' parts (forms/examples.ts), one per slot of the form type. */
export function feedbackExamples(formType: 'combel' | 'aanvraag_summatief') {
  const slots = formType === 'combel' ? COMBEL_FEEDBACK_PARTS : AANVRAAG_FEEDBACK_PARTS;
  return Object.fromEntries(slots.map((p) => [p, { ...EXAMPLE_ANSWERS[formType] }])) as Partial<
    Record<FeedbackPartId, Record<string, unknown>>
  >;
}
