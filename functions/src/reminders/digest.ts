// The daily reminder digest: one mail per person per day listing every open item of theirs (and, for the
// secretariat and groepsdocenten, the items overdue beyond the institute's escalation delay). The digest
// document reminderDigests/{uid}_{yyyy-MM-dd} is the idempotency key and keeps what the mail listed, so
// the sender can re-render it at send time without what was completed meanwhile.
import {
  FORM_DEFINITIONS,
  dueRelativeLabel,
  formatDate,
  formatDateWithWeekday,
  isFormType,
  isoDateSchema,
  partLabel,
  type PartId,
} from '@praktijkvolg/domain';
import { z } from 'zod';
import { escapeHtml, htmlDocument, htmlLink } from '../mail/html.js';
import type { MailMessage } from '../mail/schema.js';
import { timestampSchema } from '../schedule/formDocs.js';

export const DIGESTS_COLLECTION = 'reminderDigests';
export const digestId = (uid: string, date: string) => `${uid}_${date}`;
/** The digest's outbox mail has a deterministic id too: writing it twice is impossible. */
export const digestMailId = (uid: string, date: string) => `digest_${uid}_${date}`;

export const digestItemSchema = z.strictObject({
  formId: z.string().min(1),
  partId: z.string().min(1),
  formType: z.string().min(1),
  title: z.string().min(1),
  traineeName: z.string().nullable(),
  /** Due day in Amsterdam. */
  dueDate: isoDateSchema,
  /** Days after the due day on the digest's date; negative = days left. */
  daysOverdue: z.number().int(),
  link: z.url(),
  /** Escalations: who should have filled the part (names), empty when nobody is assigned. */
  raterNames: z.array(z.string()).optional(),
});
export type DigestItem = z.infer<typeof digestItemSchema>;

export const digestDocSchema = z.strictObject({
  uid: z.string().min(1),
  date: isoDateSchema,
  instituteId: z.string().min(1),
  displayName: z.string().min(1),
  email: z.string().min(3),
  mailId: z.string().min(1),
  createdAt: timestampSchema,
  items: z.array(digestItemSchema),
  escalations: z.array(digestItemSchema),
});
export type DigestDoc = z.infer<typeof digestDocSchema>;

function partText(formType: string, partId: string): string {
  const def = isFormType(formType) ? FORM_DEFINITIONS[formType] : undefined;
  return def?.parts.find((p) => p.partId === partId)?.label ?? partLabel(partId as PartId);
}

function dueText(item: DigestItem): string {
  return `${item.daysOverdue > 0 ? 'termijn was' : 'uiterlijk'} ${formatDate(item.dueDate)} (${dueRelativeLabel(item.daysOverdue)})`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function digestSubject(items: readonly DigestItem[], escalations: readonly DigestItem[]): string {
  const late = items.filter((i) => i.daysOverdue > 0).length;
  const own = items.length > 0 ? `${plural(items.length, 'formulier', 'formulieren')} voor jou open${late > 0 ? ` (${late} te laat)` : ''}` : '';
  const others = escalations.length > 0 ? `${plural(escalations.length, 'formulier', 'formulieren')} te laat bij anderen` : '';
  if (own && others) return `Herinnering: ${own}, ${others}`;
  return own ? `Herinnering: ${own}` : `Overzicht: ${others}`;
}

/** Dutch text and HTML of a digest (all user-provided strings escaped in the HTML). */
export function renderDigest(digest: Pick<DigestDoc, 'displayName' | 'date'>, items: readonly DigestItem[], escalations: readonly DigestItem[]): MailMessage {
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
      html.push(`<li><strong>${escapeHtml(title)}</strong>${item.daysOverdue > 0 ? ' <strong style="color:#b00020">te laat</strong>' : ''}<br>${escapeHtml(line)}<br>${htmlLink(item.link, 'Formulier invullen')}</li>`);
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
  const footer = `Dit overzicht is van ${formatDateWithWeekday(digest.date)}. Je krijgt hooguit één herinnering per dag; in het weekend alleen als er iets te laat is.`;
  text.push(footer, '', 'Met vriendelijke groet,', 'Praktijkvolg');
  html.push(`<p style="color:#555">${escapeHtml(footer)}</p><p>Met vriendelijke groet,<br>Praktijkvolg</p>`);
  return { subject: digestSubject(items, escalations), text: text.join('\n'), html: htmlDocument(html.join('')) };
}
