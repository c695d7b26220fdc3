// The counted progress in a traject's dossier (docs/domain.md "Progress counted"): the KPB/KVB pace from the
// traject's completed KPB envelopes and the duties from the submitted diensten reports the dossier holds
// (domain kpbPaceOfTraject, dienstenVoortgang), as the Dutch labels the screens show.
import { dienstenVoortgang, kpbPaceOfTraject, type FormEnvelope, type Traject } from '@praktijkvolg/domain';
import type { DossierForm } from './dossierData.js';

export interface DossierVoortgang {
  /** e.g. '12 van 40 (verwacht 15), achter op schema' */
  kpb: string;
  /** e.g. 'Diensten: 14 van minimaal 20' */
  diensten: string;
  /** Year 3 only: 'Op afstand: 3 van 5–8'. */
  opAfstand: string | null;
}

export function dossierVoortgang(
  traject: Pick<Traject, 'programme' | 'startDate' | 'partTimeFactor' | 'pauses'>,
  envelopes: readonly Pick<FormEnvelope, 'formType' | 'occurrenceKey' | 'status'>[],
  forms: readonly DossierForm[],
  now: Date,
): DossierVoortgang | null {
  const pace = kpbPaceOfTraject(traject, envelopes, now);
  const reports = forms
    .filter((f) => f.formType === 'diensten')
    .flatMap((f) => f.parts.filter((p) => p.partId === 'opleider' && p.submittedAt))
    .map((p) => ({ submittedAt: new Date(p.submittedAt!), answers: p.answers }));
  const duties = dienstenVoortgang(traject.programme, reports);
  if (!pace || !duties) return null;
  return { kpb: pace.label, diensten: duties.label, opAfstand: duties.opAfstand?.label ?? null };
}
