// The counted progress of a huisarts traject (docs/domain.md "Progress counted"): the KPB/KVB pace from its
// completed KPBs (domain kpbPaceOfTraject) and the duties from its submitted diensten reports (domain
// dienstenVoortgang). Shown on the home of the traject's members and on the traject page for staff.
import { useQueries } from '@tanstack/react-query';
import {
  dienstenVoortgang,
  formatDate,
  hasKpb,
  kpbPaceOfTraject,
  type DienstenRapportage,
} from '@praktijkvolg/domain';
import { useState } from 'react';
import { formQueries, useStaffForms } from '../forms/queries';
import type { FormEnvelope } from '../forms/model';
import type { TrajectDoc } from './model';

const PACE_CHIP = { achter: 'bad', op_schema: 'ok', voor: 'ok' } as const;
const DUTY_CHIP = { geen_rapportage: 'neutral', onder_minimum: 'warn', gehaald: 'ok' } as const;
const REMOTE_CHIP = { niet_bekwaam: 'neutral', bezig: 'warn', gehaald: 'ok', boven_maximum: 'bad' } as const;

/** The submitted diensten reports of a traject, read from their parts (readable to its readers and staff). */
function useDienstenRapportages(forms: readonly FormEnvelope[]): DienstenRapportage[] {
  const submitted = forms.filter(
    (f) => f.formType === 'diensten' && f.parts.opleider?.status === 'submitted',
  );
  const parts = useQueries({ queries: submitted.map((f) => formQueries.part(f.formId, 'opleider')) });
  return parts.flatMap((q, i) =>
    q.data?.status === 'submitted'
      ? [
          {
            submittedAt: q.data.submittedAt ?? submitted[i]!.parts.opleider!.submittedAt ?? new Date(0),
            answers: q.data.answers,
          },
        ]
      : [],
  );
}

export function TrajectVoortgang({
  traject,
  forms,
  now,
  headingLevel = 3,
}: {
  traject: TrajectDoc;
  /** The forms of this traject the viewer may read (others are ignored). */
  forms: readonly FormEnvelope[];
  now: Date;
  headingLevel?: 2 | 3;
}) {
  const own = forms.filter((f) => f.trajectId === traject.trajectId);
  const rapportages = useDienstenRapportages(own);
  const pace = kpbPaceOfTraject(traject, own, now);
  const duties = dienstenVoortgang(traject.programme, rapportages);
  if (!pace || !duties) return null;
  const H = `h${headingLevel}` as const;
  const id = `voortgang-${traject.trajectId}`;
  return (
    <div className="voortgang" aria-labelledby={id} role="group">
      <H id={id}>Voortgang KPB/KVB en diensten</H>
      <ul className="worklist">
        <li data-testid="kpb-pace">
          <span className="title">KPB/KVB</span>
          <div className="meta">
            <span className={`chip ${PACE_CHIP[pace.status]}`}>{pace.label}</span>
          </div>
          {pace.perWeekNeeded > 0 && (
            <div className="meta">
              Nodig om {pace.target} te halen: ongeveer {String(pace.perWeekNeeded).replace('.', ',')} per
              week.
            </div>
          )}
        </li>
        <li data-testid="diensten-voortgang">
          <span className="title">Diensten</span>
          <div className="meta">
            <span className={`chip ${DUTY_CHIP[duties.status]}`}>{duties.label}</span>
          </div>
          {duties.rapportageVan && (
            <div className="meta">Volgens de rapportage van {formatDate(duties.rapportageVan)}.</div>
          )}
          {duties.opAfstand && (
            <div className="meta">
              <span className={`chip ${REMOTE_CHIP[duties.opAfstand.status]}`}>{duties.opAfstand.label}</span>
            </div>
          )}
        </li>
      </ul>
    </div>
  );
}

/** The traject page (staff): the same progress from the traject's forms staff may read. */
export function TrajectVoortgangStaff({ traject }: { traject: TrajectDoc }) {
  const [now] = useState(() => new Date());
  const forms = useStaffForms(
    traject.instituteId,
    { trajectId: traject.trajectId },
    hasKpb(traject.programme),
  );
  if (!hasKpb(traject.programme)) return null;
  if (forms.isPending) return <p role="status">Voortgang laden…</p>;
  return (
    <section className="section">
      <TrajectVoortgang traject={traject} forms={forms.data ?? []} now={now} headingLevel={2} />
    </section>
  );
}
