// zod fields built on the text policies (text.ts). Kept apart from text.ts, which has no zod: the web app's
// entry chunk needs text.ts (safe sign-in continuations, routes.ts) and must not carry zod.
import { z } from 'zod';
import { cleanName, cleanText, NAME_MAX, TEXT_MESSAGES } from './text';

/** zod field for a name in a request: the output is the cleaned name, bad input a Dutch issue. */
export const nameField = (max = NAME_MAX, what = 'De naam') =>
  z.string({ error: TEXT_MESSAGES.required(what) }).transform((input, ctx) => {
    const r = cleanName(input, max, what);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  });

/** zod field for a free text in a request (multi-line unless told otherwise). */
export const textField = (max: number, options: { multiline?: boolean; what?: string } = {}) =>
  z.string().transform((input, ctx) => {
    const r = cleanText(input, max, options);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  });
