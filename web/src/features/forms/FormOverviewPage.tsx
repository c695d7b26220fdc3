// /formulieren/:formId: one form with all its parts: status per part, a link to my own part, invitations
// (aios/deelnemer), the dossier LEOh submission (the opleider it is about), and the answers the rules allow.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  formatDate,
  formatDueRelative,
  getFormDefinition,
  maySubmitDossierLeoh,
  PROGRAMMES,
  type PartId,
} from '@praktijkvolg/domain';
import { dutchMessage, isPermissionDenied } from '../../app/errors';
import { useSignedIn } from '../../app/session';
import { useTraject } from '../trajecten/queries';
import { InviteRater } from './InviteRater';
import { isMyPart } from '../home/work';
import { OtherParts, partTitle } from './OtherParts';
import { useEnvelope, useSubmitDossierLeoh } from './queries';

/**
 * Parts the aios or deelnemer may invite someone into. Mirrors INVITABLE_PARTS of the inviteRater function
 * (functions/src/links/invitePolicy.ts, which decides); the domain package has no copy to import.
 */
const INVITABLE: Partial<Record<string, readonly string[]>> = {
  combel: ['opleider'],
  diensten: ['opleider'],
  kpb: ['opleider'],
  beoordeling_summatief: ['tweede_assessor'],
  observatie: ['collega_docent'],
};

const STATUS = {
  open: ['nog niet begonnen', 'neutral'],
  draft: ['bezig', 'warn'],
  submitted: ['ingediend', 'ok'],
} as const;

export default function FormOverviewPage() {
  const { formId = '' } = useParams();
  const session = useSignedIn();
  const envelope = useEnvelope(formId);
  const traject = useTraject(envelope.data?.trajectId, !!envelope.data);
  const submitLeoh = useSubmitDossierLeoh();
  const [confirm, setConfirm] = useState(false);

  useEffect(() => {
    document.title = 'Formulier – Praktijkvolg';
  }, []);

  if (envelope.isPending) return <p role="status">Formulier laden…</p>;
  if (envelope.isError || !envelope.data) {
    return (
      <div>
        <h1>Formulier niet beschikbaar</h1>
        <div className="banner error" role="alert">
          <p>
            {envelope.isError
              ? isPermissionDenied(envelope.error)
                ? 'Je hebt geen toegang tot dit formulier.'
                : dutchMessage(envelope.error)
              : 'Dit formulier bestaat niet (meer).'}
          </p>
        </div>
        <Link to="/">Naar mijn overzicht</Link>
      </div>
    );
  }
  const f = envelope.data;
  const def = getFormDefinition(f.formType);
  const t = traject.data ?? undefined;
  const now = new Date();
  const isTrainee = !!t && [...(t.roles.aios ?? []), ...(t.roles.deelnemer ?? [])].includes(session.uid);
  const parts = def.parts.filter((p) => f.parts[p.partId]).map((p) => ({ def: p, part: f.parts[p.partId]! }));
  const leohDecision =
    f.formType === 'leoh' && f.leohKind === 'dossier' ? maySubmitDossierLeoh(session.actor, f) : undefined;

  return (
    <article>
      <p className="muted">
        <Link to="/">Mijn overzicht</Link>
      </p>
      <h1>{f.title}</h1>
      {t && (
        <p>
          {t.traineeName} · {PROGRAMMES[t.programme].label}
        </p>
      )}
      <p>
        Uiterlijk {formatDate(f.dueAt)}{' '}
        <span className="chip neutral">{formatDueRelative(f.dueAt, now)}</span>
        {f.status === 'ingediend' && <span className="chip ok"> ingediend bij het secretariaat</span>}
      </p>
      <section aria-labelledby="parts-title">
        <h2 id="parts-title">Wie vult wat in</h2>
        <ul className="worklist">
          {parts.map(({ def: pd, part }) => {
            const mine = isMyPart(part, session.uid, session.claims.staff);
            const names = part.raterUids
              .map((u) => t?.names[u] ?? '')
              .filter(Boolean)
              .join(', ');
            return (
              <li key={pd.partId}>
                <span className="title">{pd.label}</span>{' '}
                <span className={`chip ${STATUS[part.status][1]}`}>{STATUS[part.status][0]}</span>
                {names && <div className="meta">{names}</div>}
                {mine && (
                  <div className="actions">
                    <Link className="button primary" to={`/formulieren/${f.formId}/${pd.partId}`}>
                      {part.status === 'submitted' ? 'Mijn deel bekijken' : 'Mijn deel invullen'}
                    </Link>
                  </div>
                )}
                {isTrainee &&
                  !mine &&
                  part.status !== 'submitted' &&
                  f.status === 'open' &&
                  INVITABLE[f.formType]?.includes(pd.partId) && (
                    <div className="actions">
                      <InviteRater formId={f.formId} partId={pd.partId} partLabel={pd.label} />
                    </div>
                  )}
              </li>
            );
          })}
        </ul>
      </section>
      {leohDecision && f.subjectUid === session.uid && (
        <section aria-labelledby="leoh-submit-title">
          <h2 id="leoh-submit-title">Naar het secretariaat</h2>
          {f.status === 'ingediend' ? (
            <p className="banner ok">Je hebt deze LEOh ingediend bij het secretariaat.</p>
          ) : leohDecision.ok ? (
            confirm ? (
              <div className="actions">
                <span>
                  De LEOh gaat naar het secretariaat en de opleiderscoach voor je opleidersdossier. Zeker
                  weten?
                </span>
                <button
                  type="button"
                  className="primary"
                  disabled={submitLeoh.isPending}
                  onClick={() => submitLeoh.mutate(f.formId, { onSettled: () => setConfirm(false) })}
                >
                  Ja, indienen
                </button>
                <button type="button" onClick={() => setConfirm(false)}>
                  Annuleren
                </button>
              </div>
            ) : (
              <div className="actions">
                <button type="button" className="primary" onClick={() => setConfirm(true)}>
                  Indienen bij het secretariaat
                </button>
              </div>
            )
          ) : (
            <p className="muted">{leohDecision.reason}</p>
          )}
          {submitLeoh.isError && (
            <div className="banner error" role="alert">
              <p>{dutchMessage(submitLeoh.error)}</p>
            </div>
          )}
        </section>
      )}
      {f.formType === 'leoh' && f.leohKind === 'private' && (
        <p className="banner">
          Deze LEOh is voor eigen gebruik van opleider en aios en gaat niet naar het secretariaat.
        </p>
      )}
      <OtherParts envelope={f} def={def} session={session} traject={t} />
      {Object.values(f.parts).some((p) => p?.status === 'submitted') && (
        <div className="actions">
          <Link className="button" to={`/formulieren/${f.formId}/afdrukken`}>
            Afdrukken of opslaan als PDF
          </Link>
        </div>
      )}
      <p className="muted">
        Delen: {(Object.keys(f.parts) as PartId[]).map((p) => partTitle(def, p)).join(', ')}
      </p>
    </article>
  );
}
