/**
 * A submission the server returns to draft (docs/rules.md, "Answers: shape and completeness"). The rules
 * check the shape and completeness of every answer, but a form's cross checks (e.g. "behaald" only when BT3
 * and BT5 are at least voldoende) only the zod schema can: partWritten validates each submission with
 * validateAnswers and sends a failing part back to draft with this Dutch reason, which the form page shows.
 */
import type { PartId } from '../programmes';
import { validateAnswers } from '../forms/schema';
import type { FieldDef, FormDefinition } from '../forms/types';

/** At most this many issues are kept on the part and in the audit entry (the first ones, in form order). */
export const RETURNED_MAX_ISSUES = 20;

/** The opening of every reason: the form page shows the reason as it is stored. */
export const RETURNED_PREFIX = 'Je inzending is teruggezet naar concept';

/** One problem with a path in the answers, dotted ('beroepstaken.bt3.oordeel', 'feedbackCitaten.0.datum'). */
export interface ReturnedIssue {
  path: string;
  message: string;
}

export type SubmissionCheck = { ok: true } | { ok: false; reason: string; issues: ReturnedIssue[] };

/** The Dutch label of an answer path: 'Beroepstaken › BT3 … › Oordeel', 'Feedbackcitaten › Citaat 2 › Datum'. */
export function answerPathLabel(def: FormDefinition, path: readonly (string | number)[]): string {
  const [key, inner, sub] = path;
  const field: FieldDef | undefined = def.fields.find((f) => f.key === key);
  if (!field) return path.join('.');
  const labels = [field.label];
  if (inner !== undefined && (field.kind === 'group' || field.kind === 'list')) {
    labels.push(
      field.kind === 'group'
        ? (field.items.find((it) => it.key === inner)?.label ?? String(inner))
        : typeof inner === 'number'
          ? `${field.itemLabel} ${inner + 1}`
          : String(inner),
    );
    if (sub !== undefined) labels.push(field.fields.find((f) => f.key === sub)?.label ?? String(sub));
  }
  return labels.join(' › ');
}

/** Validates a submitted part as the form page does; on failure the Dutch reason and issues to store. */
export function checkSubmission(def: FormDefinition, partId: string, answers: unknown): SubmissionCheck {
  if (!def.parts.some((p) => p.partId === partId)) {
    return {
      ok: false,
      reason: `${RETURNED_PREFIX}: dit formulier heeft geen deel '${partId}'.`,
      issues: [{ path: '', message: 'Onbekend formulierdeel' }],
    };
  }
  const result = validateAnswers(def, partId as PartId, answers, 'submit');
  if (result.ok) return { ok: true };
  const issues = result.issues.slice(0, RETURNED_MAX_ISSUES).map((i) => ({
    path: i.path.join('.'),
    message: i.message,
  }));
  const first = result.issues[0]!;
  const more = result.issues.length - 1;
  const where = first.path.length > 0 ? `${answerPathLabel(def, first.path)}: ` : '';
  const rest = more === 0 ? '' : more === 1 ? ' (en nog 1 punt)' : ` (en nog ${more} punten)`;
  return {
    ok: false,
    reason: `${RETURNED_PREFIX}: ${where}${first.message}${rest}. Pas je antwoorden aan en dien opnieuw in.`,
    issues,
  };
}
