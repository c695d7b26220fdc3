// The one mail renderer: every mail is a subject, a greeting and a list of blocks, rendered into a text
// part and an html part with the same content. Every link sits on a line of its own in the text part;
// every string that may come from a person (names, titles, messages) is escaped in the html part, and
// only http(s) URLs become links. Templates per mail live with their workflow and build blocks only.
import type { MailFooterLine, MailMessage } from '@praktijkvolg/domain';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const isWebUrl = (href: string) => /^https?:\/\//i.test(href);

/** A link whose href and text are both escaped; only http(s) URLs are linked. */
export function htmlLink(href: string, text: string, style?: string): string {
  if (!isWebUrl(href)) return escapeHtml(text);
  return `<a href="${escapeHtml(href)}"${style ? ` style="${style}"` : ''}>${escapeHtml(text)}</a>`;
}

/** The common frame of our mails: a plain, readable body that every client renders. */
export function htmlDocument(bodyHtml: string): string {
  return `<!doctype html><html lang="nl"><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">${bodyHtml}</body></html>`;
}

export interface MailLink {
  /** Shown on the link in the html part and before the URL in the text part. */
  label: string;
  url: string;
}

/** One entry of a list block (the digest): a title, one line, optional sub-lines, and a link. */
export interface ListEntry {
  title: string;
  /** A short red marker after the title in html (e.g. "te laat"); the text part says it in `line`. */
  flag?: string | undefined;
  line: string;
  sublines?: readonly string[] | undefined;
  link: MailLink;
  /** The label before the URL in the text part, e.g. "Invullen"; defaults to the link's label. */
  textLabel?: string | undefined;
}

export type MailBlock =
  | { p: string }
  /** One paragraph of lines that belong together: one per line in text, joined by <br> in html. */
  | { lines: readonly string[] }
  | { strong: string }
  | { link: MailLink }
  | { button: MailLink }
  | { quote: string }
  | { small: string }
  | { list: { heading: string; entries: readonly ListEntry[] } };

const SIGN_OFF_TEXT = ['Met vriendelijke groet,', 'Praktijkvolg'];
const SIGN_OFF_HTML = '<p>Met vriendelijke groet,<br>Praktijkvolg</p>';
const SMALL = 'font-size:13px;color:#555';
const BUTTON =
  'display:inline-block;padding:10px 18px;background:#1f5f8b;color:#ffffff;text-decoration:none;border-radius:4px';

function entryText(e: ListEntry): string[] {
  return [
    `• ${e.title}`,
    `  ${e.line}`,
    ...(e.sublines ?? []).map((l) => `  - ${l}`),
    `  ${e.textLabel ?? e.link.label}: ${e.link.url}`,
  ];
}

function entryHtml(e: ListEntry): string {
  const flag = e.flag ? ` <strong style="color:#b00020">${escapeHtml(e.flag)}</strong>` : '';
  const subs =
    e.sublines && e.sublines.length > 0
      ? `<ul>${e.sublines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`
      : '';
  return `<li><strong>${escapeHtml(e.title)}</strong>${flag}<br>${escapeHtml(e.line)}${subs}<br>${htmlLink(e.link.url, e.link.label)}</li>`;
}

function blockText(b: MailBlock): string[] {
  if ('p' in b) return [b.p];
  if ('lines' in b) return [...b.lines];
  if ('strong' in b) return [b.strong];
  if ('link' in b) return [`${b.link.label}:`, b.link.url];
  if ('button' in b) return [`${b.button.label}:`, b.button.url];
  if ('quote' in b) return b.quote.split('\n').map((l) => `> ${l}`);
  if ('small' in b) return [b.small];
  return [
    b.list.heading,
    '',
    ...b.list.entries.flatMap((e, i) => (i === 0 ? entryText(e) : ['', ...entryText(e)])),
  ];
}

function blockHtml(b: MailBlock): string {
  if ('p' in b) return `<p>${escapeHtml(b.p)}</p>`;
  if ('lines' in b) return `<p>${b.lines.map(escapeHtml).join('<br>')}</p>`;
  if ('strong' in b) return `<p><strong>${escapeHtml(b.strong)}</strong></p>`;
  if ('link' in b) return `<p>${htmlLink(b.link.url, b.link.label)}</p>`;
  if ('button' in b)
    return (
      `<p>${htmlLink(b.button.url, b.button.label, BUTTON)}</p>` +
      `<p style="${SMALL}">Werkt de knop niet? Kopieer dan deze link: ${escapeHtml(b.button.url)}</p>`
    );
  if ('quote' in b)
    return `<blockquote style="border-left:3px solid #ccc;margin:0 0 1em;padding-left:12px;white-space:pre-wrap">${escapeHtml(b.quote)}</blockquote>`;
  if ('small' in b) return `<p style="${SMALL}">${escapeHtml(b.small)}</p>`;
  return `<p>${escapeHtml(b.list.heading)}</p><ul>${b.list.entries.map(entryHtml).join('')}</ul>`;
}

/** Renders a mail: greeting, blocks, sign-off; the text and html parts carry the same content. */
export function renderMail(subject: string, greeting: string, blocks: readonly MailBlock[]): MailMessage {
  const text = [greeting, '', ...blocks.flatMap((b) => [...blockText(b), '']), ...SIGN_OFF_TEXT].join('\n');
  const html = htmlDocument(
    [`<p>${escapeHtml(greeting)}</p>`, ...blocks.map(blockHtml), SIGN_OFF_HTML].join(''),
  );
  return { subject, text, html };
}

const FOOTER_RULE = '-- ';
const BODY_END = '</body></html>';

/**
 * Adds the footer every mail ends with (domain mailFooterLines: why the person gets it, whom to ask, how to switch
 * it off): after the sign-off, below a rule, in both parts. Applied once at send time (mail/trust.ts) to the
 * message the template rendered.
 */
export function appendFooter(message: MailMessage, lines: readonly MailFooterLine[]): MailMessage {
  if (lines.length === 0) return message;
  const text = [
    message.text,
    '',
    FOOTER_RULE,
    ...lines.flatMap((l) => (l.url ? [l.text, l.url] : [l.text])),
  ].join('\n');
  const footerHtml =
    `<hr style="border:0;border-top:1px solid #ddd;margin:24px 0 8px">` +
    lines
      .map((l) => `<p style="${SMALL}">${escapeHtml(l.text)}${l.url ? ` ${htmlLink(l.url, l.url)}` : ''}</p>`)
      .join('');
  const html =
    message.html === undefined
      ? undefined
      : message.html.endsWith(BODY_END)
        ? `${message.html.slice(0, -BODY_END.length)}${footerHtml}${BODY_END}`
        : `${message.html}${footerHtml}`;
  return { ...message, text, ...(html !== undefined && { html }) };
}
