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
import { escapeHtml, htmlDocument, htmlLink } from '../mail/html.js';

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

export function digestSubject(items: readonly DigestItem[], escalations: readonly DigestItem[], events: readonly DigestEventEntry[] = []): string {
  const late = items.filter((i) => i.daysOverdue > 0 && !i.notice).length;
  const own = items.length > 0 ? `${plural(items.length, 'formulier', 'formulieren')} voor jou open${late > 0 ? ` (${late} te laat)` : ''}` : '';
  const others = escalations.length > 0 ? `${plural(escalations.length, 'formulier', 'formulieren')} te laat bij anderen` : '';
  if (own && others) return `Herinnering: ${own}, ${others}`;
  if (own || others) return own ? `Herinnering: ${own}` : `Overzicht: ${others}`;
  if (events.length === 1) return `Bericht: ${events[0]!.title}`;
  return `${plural(events.length, 'bericht', 'berichten')} in Praktijkvolg`;
}

/** The events a digest carries (domain policies/eventMails.ts): title, why the person gets it, lines, link. */
function renderEvents(events: readonly DigestEventEntry[], text: string[], html: string[]): void {
  if (events.length === 0) return;
  text.push('Nieuw voor jou:', '');
  html.push('<p>Nieuw voor jou:</p><ul>');
  for (const e of events) {
    text.push(`• ${e.title}`, `  ${e.why}`, ...e.lines.map((l) => `  - ${l}`), `  Bekijken: ${e.link}`, '');
    const lines = e.lines.length > 0 ? `<ul>${e.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '';
    html.push(`<li><strong>${escapeHtml(e.title)}</strong><br>${escapeHtml(e.why)}${lines}<br>${htmlLink(e.link, 'Bekijken in Praktijkvolg')}</li>`);
  }
  html.push('</ul>');
}

/** Dutch text and HTML of a digest (all user-provided strings escaped in the HTML). */
export function renderDigest(digest: Pick<DigestDoc, 'displayName' | 'date'>, items: readonly DigestItem[], escalations: readonly DigestItem[], events: readonly DigestEventEntry[] = []): MailMessage {
  const text: string[] = [`Beste ${digest.displayName},`, ''];
  const html: string[] = [`<p>Beste ${escapeHtml(digest.displayName)},</p>`];
  const heading = (label: string) => (item: DigestItem) => `${item.title}${item.traineeName ? ` – ${item.traineeName}` : ''}${label}`;

  if (items.length > 0) {
    text.push(items.length === 1 ? 'Dit formulier wacht op jou:' : 'Deze formulieren wachten op jou:', '');
    html.push(`<p>${items.length === 1 ? 'Dit formulier wacht op jou:' : 'Deze formulieren wachten op jou:'}</p><ul>`);
    for (const item of items) {
      const title = heading('')(item);
      const line = `Jouw deel: ${partText(item.formType, item.partId)} · ${dueText(item)}`;
      text.push(`• ${title}`, `  ${line}`, `  Invullen: ${item.link}`, '');
      html.push(`<li><strong>${escapeHtml(title)}</strong>${item.daysOverdue > 0 && !item.notice ? ' <strong style="color:#b00020">te laat</strong>' : ''}<br>${escapeHtml(line)}<br>${htmlLink(item.link, 'Formulier invullen')}</li>`);
    }
    html.push('</ul>');
  }
  if (escalations.length > 0) {
    text.push('Deze formulieren zijn al langere tijd te laat:', '');
    html.push('<p>Deze formulieren zijn al langere tijd te laat:</p><ul>');
    for (const item of escalations) {
      const title = heading('')(item);
      const who = item.raterNames && item.raterNames.length > 0 ? item.raterNames.join(' en ') : 'nog niemand toegewezen';
      const line = `Deel: ${partText(item.formType, item.partId)} (${who}) · ${dueText(item)}`;
      text.push(`• ${title}`, `  ${line}`, `  Bekijken: ${item.link}`, '');
      html.push(`<li><strong>${escapeHtml(title)}</strong><br>${escapeHtml(line)}<br>${htmlLink(item.link, 'Formulier bekijken')}</li>`);
    }
    html.push('</ul>');
  }
  renderEvents(events, text, html);
  const footer = `Dit overzicht is van ${formatDateWithWeekday(digest.date)}. Je krijgt hooguit één herinnering per dag; in het weekend alleen als er iets te laat is.`;
  text.push(footer, '', 'Met vriendelijke groet,', 'Praktijkvolg');
  html.push(`<p style="color:#555">${escapeHtml(footer)}</p><p>Met vriendelijke groet,<br>Praktijkvolg</p>`);
  return { subject: digestSubject(items, escalations, events), text: text.join('\n'), html: htmlDocument(html.join('')) };
}
