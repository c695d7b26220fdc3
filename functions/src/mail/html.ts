// Mail HTML is built from strings that come from users (names, titles): every one goes through escapeHtml.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A link whose href and text are both escaped; only http(s) URLs are linked. */
export function htmlLink(href: string, text: string): string {
  if (!/^https?:\/\//i.test(href)) return escapeHtml(text);
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** The common frame of our mails: a plain, readable body that every client renders. */
export function htmlDocument(bodyHtml: string): string {
  return `<!doctype html><html lang="nl"><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">${bodyHtml}</body></html>`;
}
