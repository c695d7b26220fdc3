// Secretariat / opleiderscoach: the dossier LEOhs opleiders have submitted, grouped per opleider. Only
// submitted dossier LEOhs are staffVisible, so the private month-3 LEOh never shows up here.
import { useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { formatDate } from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import { useSignedIn } from '../../app/session';
import { useStaffForms } from '../forms/queries';
import { useInstituteTrajecten } from '../trajecten/queries';
import { byOpleider, LEOH_INBOX, leohInboxEntries } from './leohInbox';

export default function LeohInboxPage() {
  const session = useSignedIn();
  const institute = session.claims.institute;
  const forms = useStaffForms(institute, LEOH_INBOX);
  const trajecten = useInstituteTrajecten(institute);

  useEffect(() => {
    document.title = 'LEOh-inbox – Praktijkvolg';
  }, []);

  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const t of trajecten.data ?? []) for (const [uid, n] of Object.entries(t.names)) m.set(uid, n);
    return m;
  }, [trajecten.data]);
  const trainee = useMemo(
    () => new Map((trajecten.data ?? []).map((t) => [t.trajectId, t.traineeName])),
    [trajecten.data],
  );

  const perOpleider = byOpleider(leohInboxEntries(forms.data ?? []));
  const opleiders = [...perOpleider.keys()].sort((a, b) =>
    (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'nl'),
  );

  return (
    <div>
      <h1>LEOh-inbox</h1>
      <p>
        Dossier-LEOh's die opleiders hebben ingediend, per opleider. De LEOh's gaan naar het opleidersdossier
        en worden gebruikt in het gesprek met de opleiderscoach.
      </p>
      {forms.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(forms.error)}</p>
        </div>
      )}
      {forms.isPending ? (
        <p role="status">Laden…</p>
      ) : opleiders.length === 0 ? (
        <p className="muted">Er zijn nog geen LEOh's ingediend.</p>
      ) : (
        opleiders.map((uid) => (
          <section key={uid} aria-labelledby={`l-${uid}`}>
            <h2 id={`l-${uid}`}>{names.get(uid) ?? 'Opleider'}</h2>
            <ul className="worklist">
              {perOpleider.get(uid)!.map((f) => (
                <li key={f.formId}>
                  <Link className="title" to={`/formulieren/${f.formId}/afdrukken`}>
                    {f.title}
                  </Link>
                  <div className="meta">
                    Van aios {trainee.get(f.trajectId) ?? ''} · deadline was {formatDate(f.dueAt)}
                    {f.parts.aios?.submittedAt
                      ? ` · ingevuld op ${formatDate(f.parts.aios.submittedAt)}`
                      : ''}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
