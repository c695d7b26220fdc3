// The teacher shares one learner report (rule 10 of docs/rules.md): with a colleague or the leidinggevende of their own
// team, one report at a time, and can stop again. Nobody else reads it; the callable shareLearnerReport
// decides with the domain's mayShareLearnerReport, which this screen also uses to explain a refusal.
import { useState } from 'react';
import { mayShareLearnerReport, MAX_SHARED_WITH } from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import type { SignedIn } from '../../app/session';
import { useMyTeams, useShareLearnerReport } from '../teams/queries';
import type { FormEnvelope } from './model';

export function ShareLearnerReport({ form, session }: { form: FormEnvelope; session: SignedIn }) {
  const teams = useMyTeams(session.uid);
  const share = useShareLearnerReport(form.formId);
  const [choice, setChoice] = useState('');
  const sharedWith = share.data?.sharedWith ?? form.sharedWith ?? [];
  const names = new Map<string, string>();
  for (const t of teams.data ?? []) for (const [uid, name] of Object.entries(t.names)) names.set(uid, name);
  const candidates = [...names].filter(([uid]) => uid !== session.uid && !sharedWith.includes(uid));
  const allowed = mayShareLearnerReport(
    session.actor,
    {
      formType: form.formType,
      instituteId: form.instituteId,
      parts: form.parts as Record<string, { raterUids: string[] }>,
    },
    { uid: choice || 'iemand', instituteId: form.instituteId },
    sharedWith,
    true,
  );
  if (!(form.parts.deelnemer?.raterUids ?? []).includes(session.uid)) return null;

  return (
    <section aria-labelledby="share-title" className="card">
      <h2 id="share-title">Delen</h2>
      <p className="muted">
        Dit learner report is van jou. Alleen jij leest het, tenzij je het hier met iemand deelt (maximaal{' '}
        {MAX_SHARED_WITH}). Je leidinggevende en het team zien alleen het teamoverzicht.
      </p>
      {sharedWith.length > 0 ? (
        <ul className="worklist">
          {sharedWith.map((uid) => (
            <li key={uid}>
              Gedeeld met {names.get(uid) ?? 'iemand buiten je team'}{' '}
              <button
                type="button"
                className="button"
                disabled={share.isPending}
                onClick={() => share.mutate({ uid, share: false })}
              >
                Stop met delen
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Je deelt dit learner report met niemand.</p>
      )}
      {candidates.length > 0 && (
        <form
          className="actions"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) share.mutate({ uid: choice, share: true }, { onSuccess: () => setChoice('') });
          }}
        >
          <div className="field">
            <label className="label" htmlFor={`share-${form.formId}`}>
              Delen met
            </label>
            <select id={`share-${form.formId}`} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">Kies iemand uit je team</option>
              {candidates.map(([uid, name]) => (
                <option key={uid} value={uid}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button primary"
            disabled={!choice || !allowed.ok || share.isPending}
          >
            Deel dit learner report
          </button>
        </form>
      )}
      {!allowed.ok && choice && <p className="muted">{allowed.reason}</p>}
      {share.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(share.error)}</p>
        </div>
      )}
    </section>
  );
}
