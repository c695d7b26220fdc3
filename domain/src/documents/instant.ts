// The one instant type of the stored documents, without zod: what ./timestamp.ts (the schema) checks, and
// withDates for the screens. Re-exported by ./timestamp.ts; a module of its own so a bundle that needs no
// schema (the web app's form route, docs/architecture.md) can leave zod out.

/** What every document contract needs of a Firestore Timestamp, whichever SDK read it. */
export interface TimestampLike {
  toDate(): Date;
  toMillis(): number;
}

export function isTimestampLike(value: unknown): value is TimestampLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toDate?: unknown }).toDate === 'function' &&
    typeof (value as { toMillis?: unknown }).toMillis === 'function'
  );
}

/** A parsed document with every Timestamp in it read as a Date (what the web app's screens work with). */
export type WithDates<T> = T extends TimestampLike
  ? Date
  : T extends Date
    ? T
    : T extends readonly (infer U)[]
      ? WithDates<U>[]
      : T extends object
        ? { [K in keyof T]: WithDates<T[K]> }
        : T;

const isPlainObject = (v: object) => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Replaces every Timestamp in a parsed document (in plain objects and arrays, at any depth) by its Date. */
export function withDates<T>(value: T): WithDates<T> {
  const walk = (v: unknown): unknown => {
    if (isTimestampLike(v)) return v.toDate();
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null && isPlainObject(v))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as WithDates<T>;
}
