// The daily reminder digest: one mail per person per day listing every open item of theirs (and, for the
// secretariat and groepsdocenten, the items overdue beyond the institute's escalation delay). The digest
// document reminderDigests/{uid}_{yyyy-MM-dd} is the idempotency key and keeps what the mail listed, so
// the sender can re-render it at send time without what was completed meanwhile (its contract: domain
// documents/reminderDigests.ts).
import {
  FORM_DEFINITIONS,
  dueRelativeLabel,
  formatDate,
  formatDateWithWeekday,
  isFormType,
  partLabel,
  type DigestDoc,
  type DigestItem,
  type MailMessage,
  type PartId,
  type DigestEventEntry,
} from '@praktijkvolg/domain';
import { renderMail, type ListEntry, type MailBlock } from '../mail/render.js';

function partText(formType: string, partId: string): string {
  const def = isFormType(formType) ? FORM_DEFINITIONS[formType] : undefined;
  return def?.parts.find((p) => p.partId === partId)?.label ?? partLabel(partId as PartId);
}

/** The deelnemer decides when to request the summative visit: no deadline, only this notice near the end. */
function noticeText(item: DigestItem): string {
  return `Je opleiding loopt af op ${formatDate(item.dueDate)} en je hebt het summatief lesbezoek nog niet aangevraagd. Je bepaalt zelf wanneer je het aanvraagt.`;
}

function dueText(item: DigestItem): string {
  if (item.notice) return noticeText(item);
  return `${item.daysOverdue > 0 ? 'termijn was' : 'uiterlijk'} ${formatDate(item.dueDate)} (${dueRelativeLabel(item.daysOverdue)})`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function digestSubject(
  items: readonly DigestItem[],
  escalations: readonly DigestItem[],
  events: readonly DigestEventEntry[] = [],
): string {
  const late = items.filter((i) => i.daysOverdue > 0 && !i.notice).length;
  const own =
    items.length > 0
      ? `${plural(items.length, 'formulier', 'formulieren')} voor jou open${late > 0 ? ` (${late} te laat)` : ''}`
      : '';
  const others =
    escalations.length > 0
      ? `${plural(escalations.length, 'formulier', 'formulieren')} te laat bij anderen`
      : '';
  if (own && others) return `Herinnering: ${own}, ${others}`;
  if (own || others) return own ? `Herinnering: ${own}` : `Overzicht: ${others}`;
  if (events.length === 1) return `Bericht: ${events[0]!.title}`;
  return `${plural(events.length, 'bericht', 'berichten')} in Praktijkvolg`;
}

/** The events a digest carries (domain policies/eventMails.ts): title, why the person gets it, lines, link. */
function eventsBlock(events: readonly DigestEventEntry[]): MailBlock[] {
  if (events.length === 0) return [];
  const entries: ListEntry[] = events.map((e) => ({
    title: e.title,
    line: e.why,
    sublines: e.lines,
    link: { label: 'Bekijken in Praktijkvolg', url: e.link },
    textLabel: 'Bekijken',
  }));
  return [{ list: { heading: 'Nieuw voor jou:', entries } }];
}

const titleOf = (item: DigestItem) => `${item.title}${item.traineeName ? ` – ${item.traineeName}` : ''}`;

/** Dutch text and HTML of a digest (all user-provided strings escaped in the HTML). */
export function renderDigest(
  digest: Pick<DigestDoc, 'displayName' | 'date'>,
  items: readonly DigestItem[],
  escalations: readonly DigestItem[],
  events: readonly DigestEventEntry[] = [],
): MailMessage {
  const blocks: MailBlock[] = [];
  if (items.length > 0) {
    const entries: ListEntry[] = items.map((item) => ({
      title: titleOf(item),
      flag: item.daysOverdue > 0 && !item.notice ? 'te laat' : undefined,
      line: `Jouw deel: ${partText(item.formType, item.partId)} · ${dueText(item)}`,
      link: { label: 'Formulier invullen', url: item.link },
      textLabel: 'Invullen',
    }));
    blocks.push({
      list: {
        heading: items.length === 1 ? 'Dit formulier wacht op jou:' : 'Deze formulieren wachten op jou:',
        entries,
      },
    });
  }
  if (escalations.length > 0) {
    const entries: ListEntry[] = escalations.map((item) => {
      const who =
        item.raterNames && item.raterNames.length > 0
          ? item.raterNames.join(' en ')
          : 'nog niemand toegewezen';
      return {
        title: titleOf(item),
        line: `Deel: ${partText(item.formType, item.partId)} (${who}) · ${dueText(item)}`,
        link: { label: 'Formulier bekijken', url: item.link },
        textLabel: 'Bekijken',
      };
    });
    blocks.push({ list: { heading: 'Deze formulieren zijn al langere tijd te laat:', entries } });
  }
  blocks.push(...eventsBlock(events));
  blocks.push({
    small: `Dit overzicht is van ${formatDateWithWeekday(digest.date)}. Je krijgt hooguit één herinnering per dag; in het weekend alleen als er iets te laat is.`,
  });
  return renderMail(digestSubject(items, escalations, events), `Beste ${digest.displayName},`, blocks);
}
