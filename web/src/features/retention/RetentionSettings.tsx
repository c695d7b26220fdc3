// Admin: the institute's retention term (docs/data-model.md, "Retention"), on the Medewerkers page. Only the
// callable setRetention changes it; the nightly retention job removes what is past it.
import { useId, useState, type FormEvent } from 'react';
import { RETENTION_DAYS, RETENTION_MESSAGES, RETENTION_YEARS } from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import { useInstituteRetention, useSetRetention } from './queries';

export function RetentionSettings({ institute }: { institute: string }) {
  const id = useId();
  const current = useInstituteRetention(institute);
  const save = useSetRetention(institute);
  const [edited, setEdited] = useState<string | null>(null);
  const shown = edited ?? (current.data ? String(current.data.retentionYears) : '');
  const value = Number(shown);
  const valid =
    shown.trim() !== '' &&
    Number.isInteger(value) &&
    value >= RETENTION_YEARS.min &&
    value <= RETENTION_YEARS.max;
  const years = current.data?.retentionYears ?? RETENTION_YEARS.default;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    save.mutate(value, { onSuccess: () => setEdited(null) });
  };

  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Bewaartermijn</h2>
      <p>
        De gegevens van een afgerond of gestopt traject (formulieren, antwoorden, uitnodigingen en links)
        worden {years} jaar na de laatste wijziging van het traject verwijderd. Het logboek houdt daarna
        alleen feiten zonder namen, e-mailadressen of toelichtingen. Een traject met een bewaarplicht (in te
        stellen bij het traject) blijft bewaard. Onderwerp en inhoud van een verzonden e-mail worden na{' '}
        {RETENTION_DAYS.mailBody} dagen gewist, de e-mail zelf na {RETENTION_DAYS.mail} dagen.
      </p>
      {current.isError && (
        <p className="banner error" role="alert">
          De bewaartermijn kon niet worden geladen: {dutchMessage(current.error)}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-years`}>Bewaartermijn in jaren na afloop van een traject</label>
          <input
            id={`${id}-years`}
            type="number"
            inputMode="numeric"
            min={RETENTION_YEARS.min}
            max={RETENTION_YEARS.max}
            step={1}
            value={shown}
            disabled={current.isPending || save.isPending}
            aria-invalid={!valid && shown !== ''}
            aria-describedby={`${id}-help`}
            onChange={(e) => {
              save.reset();
              setEdited(e.target.value);
            }}
          />
          <span className="help" id={`${id}-help`}>
            Van {RETENTION_YEARS.min} tot en met {RETENTION_YEARS.max} jaar; standaard{' '}
            {RETENTION_YEARS.default} jaar
            {current.data && !current.data.own
              ? ' (de opleiding heeft nog geen eigen termijn ingesteld)'
              : ''}
            . Stem de termijn af met de functionaris gegevensbescherming.
          </span>
        </div>
        {!valid && shown !== '' && (
          <p className="banner error" role="alert">
            {RETENTION_MESSAGES.years}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={!valid || save.isPending || value === current.data?.retentionYears}>
            {save.isPending ? 'Opslaan…' : 'Bewaartermijn opslaan'}
          </button>
        </div>
        {save.isError && (
          <p className="banner error" role="alert">
            {dutchMessage(save.error)}
          </p>
        )}
        {save.isSuccess && (
          <p className="banner ok" role="status">
            Opgeslagen: {save.data.retentionYears} jaar na afloop van een traject.
          </p>
        )}
      </form>
    </section>
  );
}
