// Helpers of the form tests (forms.test.ts, formRules.test.ts); not exported from the domain index.
import type { PartId } from '../programmes';
import { FORM_DEFINITIONS } from './registry';
import { validateAnswers } from './schema';
import { type FormType } from './types';

export const clone = <T>(x: T): T => structuredClone(x);

export function messagesAt(
  formType: FormType,
  partId: PartId,
  answers: unknown,
  path: (string | number)[],
): string[] {
  const r = validateAnswers(FORM_DEFINITIONS[formType], partId, answers);
  if (r.ok) return [];
  return r.issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(path)).map((i) => i.message);
}

export function setPath(obj: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let cur: Record<string | number, unknown> = obj;
  for (const p of path.slice(0, -1)) {
    cur[p] ??= {};
    cur = cur[p] as Record<string | number, unknown>;
  }
  cur[path[path.length - 1]!] = value;
}
