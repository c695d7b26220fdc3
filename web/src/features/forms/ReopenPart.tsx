// The secretariat reopens a submitted part (callable reopenPart; domain policies/reopenPart.ts): a dialog on the
// form's overview with a required reason. The reason is checked with the API contract itself, so what the
// server would refuse is said here first; the part's raters get a mail with the reason.
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { REOPEN_REASON_MAX } from '@praktijkvolg/domain';
import { api } from '@praktijkvolg/domain/api';
import { callApi } from '../../app/api';
import { dutchMessage } from '../../app/errors';

/** `allowed`: mayReopenPart for this part now; once reopened it is not, but the outcome stays on screen. */
export function ReopenPart({
  formId,
  partId,
  partTitle,
  allowed,
}: {
  formId: string;
  partId: string;
  partTitle: string;
  allowed: boolean;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reopen = useMutation({
    mutationFn: (request: { formId: string; partId: string; reason: string }) =>
      callApi('reopenPart', request),
  });

  if (reopen.isSuccess) {
    const to = reopen.data.mailedTo;
    return (
      <p className="banner ok" role="status">
        Heropend als versie {reopen.data.version}.{' '}
        {to.length > 0
          ? `${to.join(' en ')} ${to.length === 1 ? 'krijgt' : 'krijgen'} een e-mail met de reden.`
          : 'Niemand van dit deel heeft een e-mailadres; laat het de invuller zelf weten.'}
      </p>
    );
  }
  if (!allowed) return null;
  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          Heropenen
        </button>
      </div>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const r = api.reopenPart.request.safeParse({ formId, partId, reason });
    if (!r.success) {
      setError(r.error.issues[0]?.message ?? 'Vul de reden van het heropenen in.');
      return;
    }
    setError(null);
    reopen.mutate(r.data);
  };
  const title = `${partTitle} heropenen`;
  return (
    <form className="card" role="dialog" aria-labelledby={`${id}-title`} onSubmit={onSubmit} noValidate>
      <h3 id={`${id}-title`}>{title}</h3>
      <p>
        Het deel gaat terug naar de invuller als concept, met de antwoorden zoals ze zijn. De ingediende
        versie blijft bewaard in het dossier; de invuller krijgt meteen een e-mail met jouw reden.
      </p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reden (verplicht)</label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          maxLength={REOPEN_REASON_MAX}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setReason(e.target.value);
            setError(null);
          }}
        />
        <span className="muted" id={`${id}-hint`}>
          Bijvoorbeeld: &quot;Verkeerde datum van het gesprek&quot;. Maximaal {REOPEN_REASON_MAX} tekens; de
          invuller en het dossier tonen deze reden.
        </span>
        {error && (
          <span className="error-text" id={`${id}-error`}>
            {error}
          </span>
        )}
      </div>
      {reopen.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(reopen.error)}</p>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={reopen.isPending}>
          Deel heropenen
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
