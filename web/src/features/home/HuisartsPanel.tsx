// Home panel of the huisarts traject members (aios, opleider, groepsdocent): the KPB/KVB pace and the duties
// counted (trajecten/TrajectVoortgang.tsx), and for the aios the "Nieuwe KPB" button (startKpb; the limits and
// their Dutch refusals are the domain's policies/kpb.ts). The conditions of a decision "door onder voorwaarden"
// (policies/voortgangsbeslissing.ts): the aios and her raters read them here until the hoofd opleiding closes them.
import { useMutation } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { hasKpb, KPB_MAX_OPEN, openKpbCount } from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import type { TrajectDoc } from '../trajecten/model';
import { TrajectVoortgang } from '../trajecten/TrajectVoortgang';
import { VoorwaardenBlock } from '../beslissing/Voorwaarden';
import type { HomePanelProps } from './panel';

function NieuweKpb({ traject, openKpbs }: { traject: TrajectDoc; openKpbs: number }) {
  const [, navigate] = useLocation();
  const start = useMutation({
    mutationFn: async () =>
      (await import('../../app/api')).callApi('startKpb', { trajectId: traject.trajectId }),
    onSuccess: (r) => navigate(`/formulieren/${r.formId}/aios`),
  });
  return (
    <div className="actions">
      <button type="button" className="primary" disabled={start.isPending} onClick={() => start.mutate()}>
        {start.isPending ? 'KPB starten…' : 'Nieuwe KPB'}
      </button>
      <span className="muted">
        {openKpbs === 0
          ? 'Start een KPB of KVB als je met je opleider een observatie hebt afgesproken.'
          : `${openKpbs} van maximaal ${KPB_MAX_OPEN} open.`}
      </span>
      {start.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(start.error)}</p>
        </div>
      )}
    </div>
  );
}

export function HuisartsPanel({ session, now, forms, trajecten }: HomePanelProps) {
  const mine = trajecten.filter((t) => hasKpb(t.programme) && t.status === 'actief');
  if (mine.length === 0) return null;
  return (
    <>
      {mine.map((t) => {
        const own = forms.filter((f) => f.trajectId === t.trajectId);
        const isAios = (t.roles.aios ?? []).includes(session.uid);
        return (
          <section key={t.trajectId} aria-labelledby={`kpb-${t.trajectId}`} className="huisarts-panel">
            <h2 id={`kpb-${t.trajectId}`}>
              {isAios ? 'Mijn KPB’s en diensten' : `KPB’s en diensten van ${t.traineeName}`}
            </h2>
            {own
              .filter((f) => f.formType === 'voorwaarden_vervolg' && f.voorwaarden)
              .map((f) => (
                <VoorwaardenBlock key={f.formId} envelope={f} now={now} link />
              ))}
            {isAios && <NieuweKpb traject={t} openKpbs={openKpbCount(own)} />}
            <TrajectVoortgang traject={t} forms={own} now={now} />
          </section>
        );
      })}
    </>
  );
}
