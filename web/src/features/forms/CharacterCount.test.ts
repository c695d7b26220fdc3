import { describe, expect, it } from 'vitest';
import { characterCount } from './CharacterCount';

describe('the character counter', () => {
  it('counts up to the limit, and warns in the last tenth', () => {
    expect(characterCount(120, 2000)).toEqual({ text: '120 van 2.000 tekens', level: 'ok' });
    expect(characterCount(1850, 2000).level).toBe('near');
    expect(characterCount(2000, 2000)).toEqual({
      text: 'Je hebt het maximum van 2.000 tekens bereikt.',
      level: 'limit',
    });
  });

  it('over the limit says how many characters are too many (a paste of 12,800 into 2,000)', () => {
    expect(characterCount(12_800, 2000)).toEqual({
      text: '12.800 tekens: 10.800 tekens te veel. Maak de tekst korter om te kunnen indienen (maximaal 2.000).',
      level: 'over',
    });
    expect(characterCount(201, 200).text).toMatch(/^201 tekens: 1 teken te veel\./);
  });
});
