// What the link page says about a link that cannot be used, from the peek's answer (docs/rules.md,
// "Dossier LEOh, exports and counts"): a part that is already in says so, with when, and offers no new
// link (none would help, and the secretariat cannot reopen it).
import { formatDateTime } from '@praktijkvolg/domain';
import type { ApiResponse } from '@praktijkvolg/domain/api';

type Peek = ApiResponse<'peekLinkToken'>;

export interface DeadLink {
  title: string;
  text: string;
  /** Whether asking for a new link can help. */
  offerNewLink: boolean;
}

const TEXT = {
  expired: 'Deze link is verlopen. Links in uitnodigingen en herinneringen zijn een beperkte tijd geldig.',
  spent:
    'Deze link is al gebruikt. Elke link werkt één keer, zodat niemand anders met jouw link in het formulier kan.',
  unknown: 'Deze link kennen we niet. Misschien is hij niet helemaal meegekopieerd uit de e-mail.',
} as const;

/** `info` undefined: the link is malformed (or its answer is missing). */
export function deadLink(info: Peek | undefined): DeadLink {
  if (info?.state === 'submitted') {
    const at = info.submittedAt ? ` op ${formatDateTime(new Date(info.submittedAt))}` : '';
    return {
      title: 'Dit deel is al ingediend',
      text: `Dit deel is al ingediend${at}. Je hoeft niets meer te doen; een nieuwe link is niet nodig.`,
      offerNewLink: false,
    };
  }
  const state = info && info.state !== 'valid' ? info.state : 'unknown';
  return { title: 'Deze link werkt niet meer', text: TEXT[state], offerNewLink: true };
}
