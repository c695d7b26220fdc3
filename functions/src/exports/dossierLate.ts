// Late registration in a traject's dossier (docs/data-model.md "trajecten.lateForms"; docs/rules.md "Late
// registration"): a form the secretariat marked "niet van toepassing" is `vervallen` without a submitted part, so it
// has no page of its own; the dossier still lists it with the secretariat's reason, so nothing lapses silently.
import type { FormEnvelope } from '@praktijkvolg/domain';

export interface DossierNietVanToepassing {
  formId: string;
  title: string;
  /** The form's original due day (ISO instant). */
  dueAt: string;
  reason: string;
}

export function dossierNietVanToepassing(
  envelopes: readonly { formId: string; env: FormEnvelope }[],
): DossierNietVanToepassing[] {
  return envelopes.flatMap(({ formId, env }) =>
    env.notApplicable
      ? [
          {
            formId,
            title: env.title,
            dueAt: env.dueAt.toDate().toISOString(),
            reason: env.notApplicable.reason,
          },
        ]
      : [],
  );
}
