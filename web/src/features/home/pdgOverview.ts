// What the PDG-deelnemer sees of her own traject on her home: her lesson visits with the werkplekbegeleider's
// feedback, the ontwikkelingsmeter, the agreement and where the summative lesson visit stands. Pure, so the
// panel (PdgPanel.tsx) only renders it. Only forms she reads (readerUids) or fills are here.
import { aanvraagMeldingDue, type PartId } from '@praktijkvolg/domain';
import type { FormEnvelope } from '../forms/model';
import type { TrajectDoc } from '../trajecten/model';

export interface PdgItem {
  formId: string;
  title: string;
  /** Where the link goes: her own part when she fills one that is open, else the form's overview. */
  to: string;
  /** Every part that fills it is in. */
  done: boolean;
  submittedAt: Date | undefined;
}

export interface PdgOverview {
  trajectId: string;
  traineeName: string;
  lesbezoeken: PdgItem[];
  ontwikkelingsmeters: PdgItem[];
  overeenkomst: PdgItem | undefined;
  /** `decided`: the PDG-trainer's part is in (the panel reads it for go / no-go). */
  aanvragen: (PdgItem & { decided: boolean; melding: boolean; endsAt: Date })[];
  beoordeling: PdgItem | undefined;
}

/** Who fills the form, the part whose submission counts as "ingevuld" for her. */
const FILLER: Partial<Record<FormEnvelope['formType'], PartId[]>> = {
  observatie: ['werkplekbegeleider', 'pdg_trainer'],
  ontwikkelingsmeter: ['werkplekbegeleider'],
  overeenkomst_wpb: ['werkplekbegeleider', 'deelnemer', 'pdg_trainer'],
  aanvraag_summatief: ['deelnemer'],
  beoordeling_summatief: ['assessor', 'tweede_assessor'],
};

function item(form: FormEnvelope, uid: string): PdgItem {
  const parts = (FILLER[form.formType] ?? []).map((id) => form.parts[id]).filter((p) => p !== undefined);
  const done = parts.length > 0 && parts.every((p) => p.status === 'submitted');
  const own = Object.entries(form.parts).find(
    ([, p]) => p !== undefined && p.raterUids.includes(uid) && p.status !== 'submitted',
  );
  const submitted = parts.map((p) => p.submittedAt).filter((d): d is Date => d instanceof Date);
  return {
    formId: form.formId,
    title: form.title,
    to:
      own && form.status === 'open' ? `/formulieren/${form.formId}/${own[0]}` : `/formulieren/${form.formId}`,
    done,
    submittedAt: submitted.length > 0 ? new Date(Math.max(...submitted.map((d) => d.getTime()))) : undefined,
  };
}

const byDue = (a: FormEnvelope, b: FormEnvelope) => a.dueAt.getTime() - b.dueAt.getTime();

/** One overview per PDG traject in which `uid` is the deelnemer. */
export function pdgOverviews(
  forms: readonly FormEnvelope[],
  trajecten: readonly TrajectDoc[],
  uid: string,
  now: Date,
): PdgOverview[] {
  return trajecten
    .filter((t) => t.programme === 'pdg' && (t.roles.deelnemer ?? []).includes(uid))
    .map((t) => {
      const mine = forms.filter((f) => f.trajectId === t.trajectId && f.status !== 'vervallen').sort(byDue);
      const of = (type: FormEnvelope['formType']) => mine.filter((f) => f.formType === type);
      const overeenkomst = of('overeenkomst_wpb')[0];
      const beoordeling = of('beoordeling_summatief')[0];
      return {
        trajectId: t.trajectId,
        traineeName: t.traineeName,
        lesbezoeken: of('observatie').map((f) => item(f, uid)),
        ontwikkelingsmeters: of('ontwikkelingsmeter').map((f) => item(f, uid)),
        overeenkomst: overeenkomst && item(overeenkomst, uid),
        aanvragen: of('aanvraag_summatief')
          .sort((a, b) => a.occurrenceKey.localeCompare(b.occurrenceKey, 'nl', { numeric: true }))
          .map((f) => ({
            ...item(f, uid),
            decided: f.parts.pdg_trainer?.status === 'submitted',
            melding: aanvraagMeldingDue(f, now),
            endsAt: f.dueAt,
          })),
        beoordeling: beoordeling && item(beoordeling, uid),
      };
    });
}
