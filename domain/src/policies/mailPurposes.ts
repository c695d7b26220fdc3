// Mails people trust (docs/rules.md, "Mails people trust"): every mail purpose says why the person gets it, and
// whether it may be switched off. Obligatory mails (reminders of one's own work, links one asked for, requests
// about a part one fills) can never be switched off and never carry List-Unsubscribe; optional mails belong to a
// topic (MAIL_TOPICS) that the person switches off on Voorkeuren or with the mail's one-click unsubscribe link.
// No zod here: the web's sign-in page (entry chunk) reads SIGN_IN_LINK_VALID_HOURS from this file.

/** Topics a person may switch off; each optional purpose belongs to one. */
export const MAIL_TOPICS = ['berichten'] as const;
export type MailTopic = (typeof MAIL_TOPICS)[number];
export const isMailTopic = (v: unknown): v is MailTopic =>
  typeof v === 'string' && (MAIL_TOPICS as readonly string[]).includes(v);

export const MAIL_TOPIC_LABELS: Record<MailTopic, { label: string; description: string }> = {
  berichten: {
    label: 'Berichten over je trajecten',
    description:
      'Een nieuw traject waarin je een rol hebt, een vergelijking van een ComBel die klaarstaat, een KPB-tempo dat achterloopt. Ze komen mee met je dagelijkse mail, of als aparte mail als er die dag niets te herinneren is.',
  },
};

export interface MailPurposeInfo {
  /** Completes "Je krijgt deze mail omdat …" (no final full stop). */
  reason: string;
  /** null: obligatory, never switched off, no List-Unsubscribe. */
  topic: MailTopic | null;
}

/** Every purpose the functions queue a mail with (mail/{id}.purpose). */
export const MAIL_PURPOSES = {
  reminder_digest: {
    reason: 'er in Praktijkvolg formulieren voor jou openstaan, of formulieren waarop jij let te laat zijn',
    topic: null,
  },
  event_digest: {
    reason:
      'je berichten over je trajecten ontvangt, zoals een nieuw traject of een vergelijking die klaarstaat',
    topic: 'berichten',
  },
  'part.remind_now': {
    reason: 'het secretariaat je herinnert aan een formulierdeel dat jij invult',
    topic: null,
  },
  'part.reopened': {
    reason: 'het secretariaat een deel heeft heropend dat jij invult; het moet opnieuw worden ingediend',
    topic: null,
  },
  decision_request: {
    reason: 'je als hoofd opleiding de voortgangsbeslissing neemt en alle adviezen binnen zijn',
    topic: null,
  },
  'link.signin': {
    reason:
      'iemand op de aanmeldpagina van Praktijkvolg om een aanmeldlink voor dit e-mailadres heeft gevraagd',
    topic: null,
  },
  'link.invitation': {
    reason: 'je is gevraagd een formulierdeel in te vullen in Praktijkvolg',
    topic: null,
  },
  'link.designation_notice': {
    reason: 'je een formulierdeel invult waarvoor een waarnemer is aangewezen',
    topic: null,
  },
  'part.fill_request': {
    reason: 'de aios of deelnemer je vraagt een formulierdeel in te vullen dat jij invult',
    topic: null,
  },
  'link.renewal': {
    reason: 'je een nieuwe link hebt gevraagd voor een formulierdeel',
    topic: null,
  },
  'link.reopened': {
    reason:
      'het secretariaat een deel heeft heropend dat jij als waarnemer invult; met de nieuwe link dien je het opnieuw in',
    topic: null,
  },
  'link.renewal_secretariaat': {
    reason:
      'je bij het secretariaat werkt en iemand een nieuwe link vroeg die niet vanzelf kon worden gestuurd',
    topic: null,
  },
  'leoh.dossier': {
    reason:
      'je bij het secretariaat werkt en een opleider een LEOh heeft ingediend voor het opleidersdossier',
    topic: null,
  },
} as const satisfies Record<string, MailPurposeInfo>;
export type MailPurpose = keyof typeof MAIL_PURPOSES;
export const MAIL_PURPOSE_IDS = Object.keys(MAIL_PURPOSES) as MailPurpose[];

/** A digest with something to do is a reminder (obligatory); one with only messages is optional. */
export const digestPurposeOf = (d: {
  items: readonly unknown[];
  escalations: readonly unknown[];
}): 'reminder_digest' | 'event_digest' =>
  d.items.length + d.escalations.length > 0 ? 'reminder_digest' : 'event_digest';

/** A purpose nobody registered (an old mail): obligatory, with a general reason. */
const UNKNOWN_PURPOSE: MailPurposeInfo = {
  reason: 'je opleiding je via Praktijkvolg op de hoogte houdt',
  topic: null,
};

export function mailPurposeInfo(purpose: string | undefined | null): MailPurposeInfo {
  return purpose && Object.hasOwn(MAIL_PURPOSES, purpose)
    ? MAIL_PURPOSES[purpose as MailPurpose]
    : UNKNOWN_PURPOSE;
}

/** The topic a mail may be switched off by, or null for an obligatory mail. */
export const optionalTopicOf = (purpose: string | undefined | null): MailTopic | null =>
  mailPurposeInfo(purpose).topic;

/** What Voorkeuren says about the mails that cannot be switched off, and why. */
export const OBLIGATORY_MAILS_EXPLAINED = [
  'Herinneringen aan formulieren die jij moet invullen, en aan formulieren die te laat zijn als jij daarop let: je opleiding rekent erop dat de formulieren op tijd klaar zijn.',
  'Mails die over een formulierdeel van jou gaan: een verzoek om in te vullen, een heropend deel, een waarnemer die is aangewezen, een voortgangsbeslissing die je moet nemen.',
  'Aanmeldlinks en nieuwe links die je zelf vraagt.',
] as const;

/**
 * How long a sign-in link works, as the sign-in mail and the sign-in page both say it (one promise). Firebase's
 * email-link codes live longer than this (their expiry is not ours to set), so a link opened within it works.
 */
export const SIGN_IN_LINK_VALID_HOURS = 1;
export const signInLinkValidityText = (): string =>
  SIGN_IN_LINK_VALID_HOURS === 1
    ? 'De link is een uur geldig en werkt één keer.'
    : `De link is ${SIGN_IN_LINK_VALID_HOURS} uur geldig en werkt één keer.`;

/** The institute's contact for questions about mails (institutes/{id}.secretariaat). */
export interface SecretariaatContact {
  name: string;
  email: string;
}

export interface MailFooterInput {
  purpose: string | undefined | null;
  contact: SecretariaatContact | null;
  /** The Voorkeuren page, for a person with an account; null for a rater without one. */
  preferencesUrl: string | null;
  /** The one-click unsubscribe page of this person and topic; only for an optional mail. */
  unsubscribeUrl: string | null;
}

export interface MailFooterLine {
  text: string;
  /** A URL on its own line after the text. */
  url?: string;
}

/** The lines every mail ends with: why the person gets it, whom to ask, and whether it can be switched off. */
export function mailFooterLines(input: MailFooterInput): MailFooterLine[] {
  const info = mailPurposeInfo(input.purpose);
  const who = input.contact
    ? `${input.contact.name} (${input.contact.email})`
    : 'het secretariaat van je opleiding';
  const lines: MailFooterLine[] = [
    { text: `Je krijgt deze mail omdat ${info.reason}.` },
    { text: `Vragen? Neem contact op met ${who}.` },
  ];
  if (info.topic) {
    const label = MAIL_TOPIC_LABELS[info.topic].label.toLowerCase();
    if (input.unsubscribeUrl)
      lines.push({ text: `Wil je geen ${label} meer ontvangen? Meld je af:`, url: input.unsubscribeUrl });
    if (input.preferencesUrl)
      lines.push({ text: 'Of kies wat je ontvangt in Voorkeuren:', url: input.preferencesUrl });
  } else if (input.preferencesUrl && input.purpose === 'reminder_digest') {
    lines.push({
      text: 'Herinneringen aan je eigen formulieren kun je niet uitzetten. In Voorkeuren kies je hoe laat je ze krijgt:',
      url: input.preferencesUrl,
    });
  }
  return lines;
}
