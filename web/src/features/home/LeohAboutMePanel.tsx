// Home panel for an opleider: the LEOhs in which an aios evaluates them, and the dossier LEOh they hand in to
// the secretariat. Each card names the aios, so an opleider with two aios tells their LEOhs apart.
import { useState } from 'react';
import { Link } from 'wouter';
import { maySubmitDossierLeoh } from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import { useSubmitDossierLeoh } from '../forms/queries';
import type { HomePanelProps } from './panel';

export function LeohAboutMePanel({ forms, session, trajectMap }: HomePanelProps) {
  const submit = useSubmitDossierLeoh();
  const [confirming, setConfirming] = useState<string>();
  const mine = forms
    .filter((f) => f.formType === 'leoh' && f.subjectUid === session.uid)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="leoh-title">
      <h2 id="leoh-title">LEOh's over jou als opleider</h2>
      <p className="muted">
        De aios evalueert jou als opleider. De LEOh van maand 3 is alleen voor jou en de aios; de LEOh van
        maand 9–10 dien jij in bij het secretariaat voor je opleidersdossier.
      </p>
      <ul className="worklist">
        {mine.map((f) => {
          const aiosDone = f.parts.aios?.status === 'submitted';
          const may = maySubmitDossierLeoh(session.actor, f);
          const aios = trajectMap.get(f.trajectId)?.traineeName ?? f.traineeName;
          return (
            <li key={f.formId}>
              <Link className="title" to={`/formulieren/${f.formId}`}>
                {f.title}
              </Link>
              {aios && <div className="meta">Ingevuld door aios {aios}</div>}
              <div className="meta">
                {f.leohKind === 'private' ? 'Eigen gebruik: gaat niet naar het secretariaat. ' : ''}
                {f.status === 'ingediend' ? (
                  <span className="chip ok">ingediend bij het secretariaat</span>
                ) : aiosDone ? (
                  <span className="chip ok">door de aios ingevuld</span>
                ) : (
                  <span className="chip neutral">de aios heeft nog niet ingevuld</span>
                )}
              </div>
              {f.leohKind === 'dossier' && may.ok && (
                <div className="actions">
                  {confirming === f.formId ? (
                    <>
                      <span>De LEOh gaat naar het secretariaat en de opleiderscoach. Zeker weten?</span>
                      <button
                        type="button"
                        className="primary"
                        disabled={submit.isPending}
                        onClick={() => submit.mutate(f.formId, { onSettled: () => setConfirming(undefined) })}
                      >
                        Ja, indienen
                      </button>
                      <button type="button" onClick={() => setConfirming(undefined)}>
                        Annuleren
                      </button>
                    </>
                  ) : (
                    <button type="button" className="primary" onClick={() => setConfirming(f.formId)}>
                      Indienen bij het secretariaat
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {submit.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(submit.error)}</p>
        </div>
      )}
      {submit.isSuccess && (
        <div className="banner ok" role="status">
          <p>
            {submit.data.alreadySubmitted
              ? 'Deze LEOh was al ingediend bij het secretariaat; er is niets opnieuw verstuurd.'
              : 'De LEOh is ingediend bij het secretariaat.'}
          </p>
        </div>
      )}
    </section>
  );
}
