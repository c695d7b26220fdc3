// /formulieren/:formId: one form with all its parts: status per part, a link to my own part, who was named for
// a part by link, handing a part out (docs/rules.md, "Who fills an assessment part": the trainee invites into
// feedback parts and asks the raters of the others; the opleider or the secretariat names a waarnemer), the
// dossier LEOh submission (the opleider it is about), and the answers the rules allow.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import {
  formatDate,
  formatDueRelative,
  getFormDefinition,
  isFeedbackPartId,
  mayAskToFill,
  mayHandOutPart,
  mayReopenPart,
  maySubmitDossierLeoh,
  partLabel,
  reopenedLine,
  PROGRAMMES,
  type PartId,
} from '@praktijkvolg/domain';
import { dutchMessage, isPermissionDenied } from '../../app/errors';
import { useSignedIn } from '../../app/session';
import { useTraject } from '../trajecten/queries';
import { AskRater } from './AskRater';
import { DesignationLine } from './Designation';
import { InviteRater } from './InviteRater';
import { ReopenPart } from './ReopenPart';
import { ShareLearnerReport } from './ShareLearnerReport';
import { isMyPart } from '../home/work';
import { OtherParts, partTitle } from './OtherParts';
import { useEnvelope, useSubmitDossierLeoh } from './queries';
import { VoorwaardenBlock } from '../beslissing/Voorwaarden';

const waarnemerTitle = (partId: PartId, label: string) =>
  partId === 'opleider' ? 'Waarnemend opleider aanwijzen' : `Waarnemer aanwijzen voor: ${label}`;

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
  // Feedback givers' parts are listed, labelled by giver, under "Feedback van anderen" (OtherParts).
  const parts = def.parts
    .filter((p) => f.parts[p.partId] && !isFeedbackPartId(p.partId))
    .map((p) => ({ def: p, part: f.parts[p.partId]! }));
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
      {f.voorwaarden && <VoorwaardenBlock envelope={f} now={now} />}
      <section aria-labelledby="parts-title">
        <h2 id="parts-title">Wie vult wat in</h2>
        <ul className="worklist">
          {parts.map(({ def: pd, part }) => {
            const mine = isMyPart(part, session.uid, session.claims.staff);
            const names = part.raterUids
              .map((u) => t?.names[u] ?? '')
              .filter(Boolean)
              .join(', ');
            // The same domain policy the inviteRater and askRaterToFill functions decide with.
            const stillOpen = !!t && f.status === 'open' && part.status !== 'submitted';
            const handOut = stillOpen ? mayHandOutPart(session.actor, f, pd.partId, t) : undefined;
            const ask =
              stillOpen && !handOut?.ok && part.raterUids.length > 0
                ? mayAskToFill(session.actor, f, pd.partId, t)
                : undefined;
            return (
              <li key={pd.partId}>
                <span className="title">{pd.label}</span>{' '}
                <span className={`chip ${STATUS[part.status][1]}`}>{STATUS[part.status][0]}</span>
                {names && <div className="meta">{names}</div>}
                <DesignationLine
                  formId={f.formId}
                  partId={pd.partId}
                  status={part.status}
                  designation={f.designations?.[pd.partId]}
                  names={t?.names}
                  me={session.uid}
                />
                {f.reopened?.[pd.partId] && (
                  <div className="meta" data-testid={`reopened-${pd.partId}`}>
                    {reopenedLine(f.reopened[pd.partId]!)}
                  </div>
                )}
                {mine && (
                  <div className="actions">
                    <Link className="button primary" to={`/formulieren/${f.formId}/${pd.partId}`}>
                      {part.status === 'submitted' ? 'Mijn deel bekijken' : 'Mijn deel invullen'}
                    </Link>
                  </div>
                )}
                {handOut?.ok && (
                  <div className="actions">
                    <InviteRater
                      formId={f.formId}
                      partId={pd.partId}
                      title={
                        handOut.as === 'trainee'
                          ? `Iemand uitnodigen voor: ${pd.label}`
                          : waarnemerTitle(pd.partId, pd.label)
                      }
                      current={f.designations?.[pd.partId]}
                    />
                  </div>
                )}
                {ask?.ok && (
                  <div className="actions">
                    <AskRater
                      formId={f.formId}
                      partId={pd.partId}
                      raterLabel={partLabel(pd.partId).toLowerCase()}
                    />
                  </div>
                )}
                {/* The same domain policy reopenPart decides with: the secretariat, a submitted part. */}
                {session.claims.staff?.includes('secretariaat') && (
                  <ReopenPart
                    formId={f.formId}
                    partId={pd.partId}
                    partTitle={pd.label}
                    allowed={mayReopenPart(session.actor, f, pd.partId, now).ok}
                  />
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
      {f.formType === 'learner_report' && <ShareLearnerReport form={f} session={session} />}
      {Object.values(f.parts).some((p) => p?.status === 'submitted') && (
        <div className="actions">
          <Link className="button" to={`/formulieren/${f.formId}/afdrukken`}>
            Afdrukken of opslaan als PDF
          </Link>
        </div>
      )}
      <p className="muted">
        Delen:{' '}
        {(Object.keys(f.parts) as PartId[])
          .filter((p) => !isFeedbackPartId(p))
          .map((p) => partTitle(def, p))
          .join(', ')}
      </p>
    </article>
  );
}
