// On a traject's page: how long its data is kept (the institute's term from its last change once it ended, or a
// legal hold), and for the admin the hold itself (callable setLegalHold; the field is the server's, so the
// secretariat's editor only carries it). docs/data-model.md, "Retention".
import { useId, useState, type FormEvent } from 'react';
import {
  formatDate,
  LEGAL_HOLD_REASON_MAX,
  RETENTION_YEARS,
  trajectRetention,
  type LegalHold,
} from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import type { TrajectDoc } from '../trajecten/model';
import { useInstituteRetention, useSetLegalHold } from './queries';

const holdDate = (hold: LegalHold): Date | null => {
  const at = hold.setAt as { toDate?: () => Date } | undefined;
  return typeof at?.toDate === 'function' ? at.toDate() : null;
};

function RetentionText({ traject }: { traject: TrajectDoc }) {
  const retention = useInstituteRetention(traject.instituteId);
  const years = retention.data?.retentionYears ?? RETENTION_YEARS.default;
  const r = trajectRetention(
    { status: traject.status, legalHold: traject.legalHold, changedAt: traject.updatedAtDate },
    years,
    new Date(),
  );
  switch (r.state) {
    case 'active':
      return (
        <p>
          Het traject loopt. Na afronden of stoppen blijven de gegevens {years} jaar bewaard, gerekend vanaf
          de laatste wijziging.
        </p>
      );
    case 'held':
      return <p>Er geldt een bewaarplicht: de gegevens van dit traject worden niet verwijderd.</p>;
    case 'kept':
      return (
        <p>
          {r.until
            ? `De gegevens van dit traject worden na ${formatDate(r.until)} verwijderd (${years} jaar na de laatste wijziging). Een wijziging van het traject laat de termijn opnieuw beginnen.`
            : `De gegevens van dit traject worden ${years} jaar na de laatste wijziging verwijderd.`}
        </p>
      );
    case 'expired':
      return (
        <p>
          De bewaartermijn is verstreken: de gegevens worden bij de volgende nachtelijke opruiming verwijderd.
        </p>
      );
  }
}

function LegalHoldForm({ traject }: { traject: TrajectDoc }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const set = useSetLegalHold(traject.trajectId);
  const hold = traject.legalHold;
  const missing = reason.trim() === '';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    if (hold) set.mutate({ hold: false });
    else if (!missing) set.mutate({ hold: true, reason }, { onSuccess: () => setReason('') });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      {hold ? (
        <p>
          Bewaarplicht ingesteld{holdDate(hold) ? ` op ${formatDate(holdDate(hold)!)}` : ''}. Reden:{' '}
          {hold.reason}
        </p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reden voor een bewaarplicht</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            maxLength={LEGAL_HOLD_REASON_MAX}
            value={reason}
            aria-invalid={attempted && missing}
            aria-describedby={`${id}-help`}
            onChange={(e) => {
              set.reset();
              setReason(e.target.value);
            }}
          />
          <span className="help" id={`${id}-help`}>
            Bijvoorbeeld een lopende klacht, bezwaar- of beroepsprocedure. Zolang de bewaarplicht geldt,
            verwijdert de opruiming niets van dit traject.
          </span>
        </div>
      )}
      {attempted && !hold && missing && !set.isSuccess && (
        <p className="banner error" role="alert">
          Vul de reden van de bewaarplicht in.
        </p>
      )}
      {set.isError && (
        <p className="banner error" role="alert">
          {dutchMessage(set.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={set.isPending}>
          {hold ? 'Bewaarplicht opheffen' : 'Bewaarplicht instellen'}
        </button>
      </div>
    </form>
  );
}

export function RetentionPanel({ traject, isAdmin }: { traject: TrajectDoc; isAdmin: boolean }) {
  const id = useId();
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Bewaren en verwijderen</h2>
      <RetentionText traject={traject} />
      {isAdmin && <LegalHoldForm traject={traject} />}
    </section>
  );
}
