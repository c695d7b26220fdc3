// The conditions of a decision "door onder voorwaarden" in a traject's dossier (domain policies/voortgangsbeslissing.ts,
// docs/rules.md "Progress decision and conditions"): from the follow-up's envelope (the conditions and their
// deadline, which the aios and staff read) and, once the hoofd opleiding closed it, the outcome from the dossier's
// own copy of the submitted part.
import { FORM_DEFINITIONS, type FormEnvelope } from '@praktijkvolg/domain';
import type { DossierForm } from './dossierData.js';

export interface DossierVoorwaarden {
  formId: string;
  /** The decision they come from. */
  beslissing: string;
  tekst: string;
  /** YYYY-MM-DD: by when they are to be met. */
  uiterlijk: string;
  closed: boolean;
  /** The hoofd opleiding's outcome (`voldaan`, `niet_voldaan`) and its Dutch label, once closed. */
  outcome: string | null;
  outcomeLabel: string | null;
}

export function dossierVoorwaarden(
  envelopes: readonly { formId: string; env: FormEnvelope }[],
  forms: readonly DossierForm[],
): DossierVoorwaarden[] {
  const field = FORM_DEFINITIONS.voorwaarden_vervolg.fields.find((f) => f.key === 'uitkomst');
  return envelopes.flatMap(({ formId, env }) => {
    const v = env.voorwaarden;
    if (env.formType !== 'voorwaarden_vervolg' || !v) return [];
    const part = forms.find((f) => f.formId === formId)?.parts.find((p) => p.partId === 'hoofd_opleiding');
    const outcome = typeof part?.answers.uitkomst === 'string' ? part.answers.uitkomst : null;
    const label =
      field?.kind === 'choice' ? (field.options.find((o) => o.value === outcome)?.label ?? null) : null;
    return [
      {
        formId,
        beslissing: v.beslissing,
        tekst: v.tekst,
        uiterlijk: v.uiterlijk,
        closed: env.parts.hoofd_opleiding?.status === 'submitted',
        outcome,
        outcomeLabel: label ?? outcome,
      },
    ];
  });
}
