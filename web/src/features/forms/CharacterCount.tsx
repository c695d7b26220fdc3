// A counter under a text field with a maximum length. The input has no maxLength attribute: a browser
// silently cuts pasted text at the limit, so a long paste would lose its end unseen. Instead the whole text
// stays, the counter says how many characters are too many, and the submit schema refuses it until shortened.
import { useWatch } from 'react-hook-form';

const nl = (n: number) => n.toLocaleString('nl-NL');

export interface CountText {
  text: string;
  level: 'ok' | 'near' | 'limit' | 'over';
}

/** What the counter says for `length` characters of at most `max`. */
export function characterCount(length: number, max: number): CountText {
  if (length > max) {
    const over = length - max;
    return {
      text: `${nl(length)} tekens: ${nl(over)} ${over === 1 ? 'teken' : 'tekens'} te veel. Maak de tekst korter om te kunnen indienen (maximaal ${nl(max)}).`,
      level: 'over',
    };
  }
  if (length === max) return { text: `Je hebt het maximum van ${nl(max)} tekens bereikt.`, level: 'limit' };
  const left = max - length;
  return {
    text: `${nl(length)} van ${nl(max)} tekens`,
    level: left <= Math.max(10, Math.floor(max / 10)) ? 'near' : 'ok',
  };
}

export function CharacterCount({ path, id, max }: { path: string; id: string; max: number }) {
  const value = useWatch({ name: path }) as unknown;
  const length = typeof value === 'string' ? value.length : 0;
  const { text, level } = characterCount(length, max);
  const loud = level === 'over' || level === 'limit';
  return (
    <>
      <span className={`counter ${level}`} id={`${id}-count`} data-testid={`count-${id}`}>
        {text}
      </span>
      {/* Read out only at and over the limit, not on every keystroke. */}
      <span className="visually-hidden" aria-live="polite">
        {loud ? text : ''}
      </span>
    </>
  );
}
