// Dutch mails of the link flows: templates for the one renderer (mail/render.ts).
import { formatDate, formatDateTime, signInLinkValidityText, type MailMessage } from '@praktijkvolg/domain';
import { renderMail, type MailBlock } from '../mail/render.js';

export function signInLinkMail(input: { name: string; link: string }): MailMessage {
  return renderMail('Je aanmeldlink voor Praktijkvolg', `Beste ${input.name},`, [
    {
      p: 'Je hebt gevraagd om je aan te melden bij Praktijkvolg. Gebruik daarvoor de knop hieronder. Je komt dan direct bij het formulier of de pagina waar je was.',
    },
    { button: { label: 'Aanmelden', url: input.link } },
    {
      // The same sentence as the sign-in page (domain SIGN_IN_LINK_VALID_HOURS).
      small: `${signInLinkValidityText()} Open je hem op een ander apparaat, dan vragen we nog een keer je e-mailadres. Heb je niet zelf om deze link gevraagd? Dan kun je deze e-mail negeren.`,
    },
  ]);
}

export interface InvitationMailInput {
  raterName: string;
  inviterName: string;
  /** The inviter's role in Dutch: "aios", "opleider", "secretariaat". */
  inviterRole: string;
  instituteName: string;
  /** Why the recipient gets it: asked for feedback, named as waarnemer, or already a rater of the part. */
  reason: 'feedback' | 'waarnemer' | 'rater';
  formTitle: string;
  partLabel: string;
  traineeName: string;
  /** Short and link-free (domain policies/invitationText.ts). */
  message?: string | undefined;
  url: string;
  /** Set for a single-use link (rater without an account); null for a link into the app. */
  expiresAt: Date | null;
}

/** Says plainly who asks, for which institute, and why this person gets the mail (docs/rules.md). */
export function invitationMail(input: InvitationMailInput): MailMessage {
  const why = {
    feedback: `Je krijgt deze e-mail omdat ${input.inviterName} jouw feedback vraagt.`,
    waarnemer: `Je krijgt deze e-mail omdat ${input.inviterName} je heeft aangewezen als waarnemer voor dit deel. De andere beoordelaars van dit deel krijgen daarvan bericht.`,
    rater: `Je krijgt deze e-mail omdat je dit deel invult als ${input.partLabel.toLowerCase()} in dit traject.`,
  }[input.reason];
  const blocks: MailBlock[] = [
    {
      p: `${input.inviterName} (${input.inviterRole}) vraagt je via Praktijkvolg van ${input.instituteName} om het deel "${input.partLabel}" van het formulier "${input.formTitle}" in te vullen, in het traject van ${input.traineeName}.`,
    },
    { p: why },
  ];
  if (input.message?.trim())
    blocks.push({ p: `Bericht van ${input.inviterName}:` }, { quote: input.message.trim() });
  blocks.push({ button: { label: 'Formulier openen', url: input.url } });
  blocks.push(
    input.expiresAt
      ? {
          small: `Deze link is persoonlijk: stuur hem niet door. Hij geeft alleen toegang tot dit ene formulierdeel en is geldig tot ${formatDateTime(input.expiresAt)}. Het openen van de link verbruikt niets; pas als je op de pagina op "Formulier openen" drukt, wordt de link gebruikt. Je kunt tussendoor stoppen en later verder gaan.`,
        }
      : { small: 'Je meldt je aan met je e-mailadres; daarna opent het formulier vanzelf.' },
    {
      small: `Verwachtte je deze e-mail niet? Gebruik de link dan niet en neem contact op met het secretariaat van ${input.instituteName}.`,
    },
  );
  return renderMail(`Uitnodiging: ${input.formTitle}`, `Beste ${input.raterName},`, blocks);
}

/** To the other raters of a part: who named whom as waarnemer (and whom that replaced). */
export function designationNoticeMail(input: {
  recipientName: string;
  designatorName: string;
  designatorRole: string;
  instituteName: string;
  inviteeName: string;
  replacedName: string | null;
  formTitle: string;
  partLabel: string;
  traineeName: string;
  url: string;
}): MailMessage {
  const blocks: MailBlock[] = [
    {
      p: `${input.designatorName} (${input.designatorRole}) heeft ${input.inviteeName} aangewezen als waarnemer voor het deel "${input.partLabel}" van het formulier "${input.formTitle}" (traject van ${input.traineeName}). ${input.inviteeName} krijgt een eigen link en kan dit deel invullen en indienen.`,
    },
  ];
  if (input.replacedName)
    blocks.push({ p: `${input.replacedName} is niet langer aangewezen; die link werkt niet meer.` });
  blocks.push(
    { button: { label: 'Formulier bekijken', url: input.url } },
    {
      small: `Je krijgt dit bericht omdat je dit deel ook invult. Klopt dit niet? Neem dan contact op met het secretariaat van ${input.instituteName}.`,
    },
  );
  return renderMail(`Waarnemer aangewezen: ${input.formTitle}`, `Beste ${input.recipientName},`, blocks);
}

/** The trainee asks a rater to fill their part (askRaterToFill). */
export function fillRequestMail(input: {
  raterName: string;
  traineeName: string;
  traineeRole: string;
  instituteName: string;
  formTitle: string;
  partLabel: string;
  dueAt: Date;
  url: string;
}): MailMessage {
  return renderMail(`Verzoek om in te vullen: ${input.formTitle}`, `Beste ${input.raterName},`, [
    {
      p: `${input.traineeName} (${input.traineeRole}) vraagt je om het deel "${input.partLabel}" van het formulier "${input.formTitle}" in te vullen, uiterlijk ${formatDate(input.dueAt)}.`,
    },
    { button: { label: 'Formulier openen', url: input.url } },
    {
      small: `Je krijgt deze e-mail omdat je in Praktijkvolg van ${input.instituteName} dit deel invult in het traject van ${input.traineeName}. Dit verzoek kan hooguit één keer per dag per formulierdeel worden gestuurd.`,
    },
  ]);
}

export function newLinkMail(input: {
  raterName: string;
  formTitle: string;
  partLabel: string;
  url: string;
  expiresAt: Date;
}): MailMessage {
  return renderMail(`Nieuwe link: ${input.formTitle}`, `Beste ${input.raterName},`, [
    {
      p: `Je hebt een nieuwe link gevraagd voor het deel "${input.partLabel}" van het formulier "${input.formTitle}". De vorige link werkt niet meer.`,
    },
    { button: { label: 'Formulier openen', url: input.url } },
    {
      small: `Deze link is persoonlijk en geldig tot ${formatDateTime(input.expiresAt)}. Het openen van de link verbruikt niets; pas als je op "Formulier openen" drukt, wordt hij gebruikt. Wat je eerder al had ingevuld, staat er nog.`,
    },
  ]);
}

export function newLinkToSecretariatMail(input: {
  formTitle: string;
  partLabel: string;
  traineeName: string;
  raterName: string;
  raterEmail: string | null;
  reason: string;
}): MailMessage {
  return renderMail(`Nieuwe link gevraagd: ${input.formTitle}`, 'Beste secretariaat,', [
    {
      p: `${input.raterName}${input.raterEmail ? ` (${input.raterEmail})` : ''} vraagt een nieuwe link voor het deel "${input.partLabel}" van het formulier "${input.formTitle}" (traject van ${input.traineeName}).`,
    },
    { p: `Er kon niet automatisch een nieuwe link worden gestuurd: ${input.reason}` },
    { p: 'Wil je contact opnemen met deze persoon of met de aios/deelnemer van het traject?' },
  ]);
}

export function dossierLeohMail(input: {
  opleiderName: string;
  aiosName: string;
  formTitle: string;
  submittedAt: Date;
}): MailMessage {
  return renderMail(`LEOh ingediend: ${input.opleiderName}`, 'Beste secretariaat,', [
    {
      p: `${input.opleiderName} heeft de ${input.formTitle} ingediend voor het opleidersdossier. De evaluatie is ingevuld door aios ${input.aiosName} en ingediend op ${formatDateTime(input.submittedAt)}.`,
    },
    {
      p: 'De ingevulde LEOh zit als pdf in de bijlage en staat ook in de inbox van het secretariaat in Praktijkvolg. De opleiderscoach kan hem daar lezen.',
    },
  ]);
}
