// What the form definitions and the screens need of the field rules without zod: the Dutch messages, the date
// rule, the fields of a part and defineForm. ./schema.ts builds the zod schemas from the same definitions and
// re-exports these; apart so a bundle that shows a form without validating it (the web app's form route,
// docs/architecture.md) leaves zod out.
import type { PartId } from '../programmes';
import type { FieldDef, FormDefinition } from './types';

export const MESSAGES = {
  required: 'Dit veld is verplicht',
  maxLength: (n: number) => `Maximaal ${n} tekens`,
  text: 'Vul hier tekst in',
  choice: 'Kies een van de opties',
  date: 'Vul een geldige datum in (JJJJ-MM-DD, tussen 2000 en 2099)',
  boolean: 'Kies ja of nee',
  number: 'Vul een getal in',
  wholeNumber: 'Vul een heel getal in (zonder komma)',
  between: (min: number, max: number) => `Vul een getal van ${min} tot en met ${max} in`,
  mustBeTrue: 'Bevestig dit om in te dienen',
  minItems: (n: number, label: string) => `Voeg minimaal ${n} × ${label.toLowerCase()} toe`,
  maxItems: (n: number, label: string) => `Maximaal ${n} × ${label.toLowerCase()}`,
  duplicate: 'Elke optie mag maar één keer gekozen worden',
  unknownKeys: (keys: readonly PropertyKey[]) =>
    keys.length === 1
      ? `Onbekend veld: ${String(keys[0])}`
      : `Onbekende velden: ${keys.map(String).join(', ')}`,
  object: 'Ongeldige invoer',
  list: 'Ongeldige lijst',
  atLeastOne: (n: number) => `Vul minstens één van deze ${COUNT_WORDS[n] ?? n} in`,
} as const;

const COUNT_WORDS: Record<number, string> = {
  2: 'twee',
  3: 'drie',
  4: 'vier',
  5: 'vijf',
  6: 'zes',
  7: 'zeven',
  8: 'acht',
};

/** Calendar dates in answers and trajecten lie in these years (a typo like 0202 or 2202 is refused). */
export const MIN_DATE_YEAR = 2000;
export const MAX_DATE_YEAR = 2099;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date written as 'YYYY-MM-DD' (months' lengths, leap years), in the years
 * MIN_DATE_YEAR..MAX_DATE_YEAR. Compared day by day with the rules' CALENDAR_DATE_PATTERN in
 * rulesAgreement.test.ts.
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Top-level fields that the given part fills (all fields if partId is omitted). */
export function fieldsForPart(def: FormDefinition, partId?: PartId): FieldDef[] {
  if (partId !== undefined && !def.parts.some((p) => p.partId === partId)) {
    throw new Error(`Form ${def.formType} has no part ${partId}`);
  }
  return def.fields.filter((f) => partId === undefined || !f.parts || f.parts.includes(partId));
}

/** Identity with literal inference, so `AnswersOf<typeof def>` is precise. */
export function defineForm<const D extends FormDefinition>(def: D): D {
  return def;
}
