/**
 * What a person may type into an invitation (docs/rules.md, "Who fills an assessment part"): a short note
 * and a name, never a link. The invitation mail carries our sender and our institute's name, so a link in
 * it would borrow that trust (a mail relay). Mail clients turn more than `http…` into links: `www.…`, bare
 * domains (`lumc-login.com`), e-mail addresses and IP addresses, so each of those is refused too. No imports:
 * the API contract (domain/src/api.ts) uses this on every callable request, also in the web app's entry chunk.
 */

export const INVITATION_MESSAGE_MAX = 300;

// A dot as mail clients see it: ASCII, ideographic, fullwidth and halfwidth full stops.
const DOT = '[.\\u3002\\uFF0E\\uFF61]';
const LINKLIKE: readonly RegExp[] = [
  // A scheme (http:, https:, ftp:, mailto:, file:, ...) or a scheme-relative //host.
  /\b[a-z][a-z0-9+.-]{1,15}:\/\//i,
  /\b(?:mailto|tel|sms|callto|data|javascript):/i,
  /(?:^|\s)\/\/\S/,
  new RegExp(`\\bwww${DOT}`, 'i'),
  // someone@host.tld
  new RegExp(`[^\\s@]+@[^\\s@]+${DOT}[^\\s@]+`, 'i'),
  // 192.168.1.1
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/,
  // label.tld: a domain-like token. "d.w.z.", "o.a." and "12.30" do not match (one-letter labels, digits).
  new RegExp(`[\\p{L}\\p{N}][\\p{L}\\p{N}-]*${DOT}(?:[\\p{L}\\p{N}-]+${DOT})*\\p{L}{2,}\\b`, 'iu'),
];

/** The first piece of `text` a mail client would turn into a link, or null when there is none. */
export function linkLikeToken(text: string): string | null {
  for (const pattern of LINKLIKE) {
    const m = pattern.exec(text);
    if (m) return m[0].trim();
  }
  return null;
}

/** Why this text cannot go into an invitation (Dutch), or null when it can. */
export function invitationTextProblem(text: string, what: 'bericht' | 'naam'): string | null {
  const token = linkLikeToken(text);
  if (!token) return null;
  return `Een ${what} mag geen links of webadressen bevatten ("${token.slice(0, 40)}"). Laat het adres weg, of zet een spatie na de punt.`;
}
