import { describe, expect, it } from 'vitest';
import { deadLink } from './deadLink';

const peek = {
  formTitle: 'ComBel maand 3',
  raterName: 'Jan Waarnemer',
  expiresAt: '2026-03-20T10:00:00.000Z',
  submittedAt: null,
};

describe('a link that cannot be used', () => {
  it('whose part is in says so, with when, and offers no new link', () => {
    expect(deadLink({ ...peek, state: 'submitted', submittedAt: '2026-03-05T13:15:00.000Z' })).toEqual({
      title: 'Dit deel is al ingediend',
      text: 'Dit deel is al ingediend op 5 maart 2026 om 14:15. Je hoeft niets meer te doen; een nieuwe link is niet nodig.',
      offerNewLink: false,
    });
  });

  it('that is spent, expired or unknown offers a new link', () => {
    for (const state of ['spent', 'expired', 'unknown'] as const) {
      const d = deadLink({ ...peek, state });
      expect(d.offerNewLink, state).toBe(true);
      expect(d.text, state).not.toContain('ingediend');
    }
    expect(deadLink({ ...peek, state: 'spent' }).text).toMatch(/^Deze link is al gebruikt/);
    expect(deadLink(undefined)).toMatchObject({ title: 'Deze link werkt niet meer', offerNewLink: true });
  });
});
