// Per-role home: what I must do now, what is overdue, what is coming, and what my roles add (the opleider's
// LEOhs, the aios's traject, the secretariat's and hoofd opleiding's work queues).
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  daysLate,
  formatDate,
  formatDueRelative,
  getFormDefinition,
  lateLabel,
  maySubmitDossierLeoh,
  PROGRAMMES,
  STAFF_ROLE_LABELS,
  TRAJECT_ROLE_LABELS,
  TRAJECT_ROLES,
  traineesOf,
  type PartId,
} from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import { ExportDossier } from '../exports/ExportDossier';
import { hasStaff, useSignedIn, type SignedIn } from '../../app/session';
import type { FormEnvelope } from '../forms/model';
import { useMyForms, useStaffForms, useSubmitDossierLeoh } from '../forms/queries';
import type { TrajectDoc } from '../trajecten/model';
import { useMyTrajecten } from '../trajecten/queries';
import { LEOH_INBOX, leohInboxEntries } from '../secretariaat/leohInbox';
import { overdueRows } from '../secretariaat/overdue';
import { myWork, withoutRefused, type WorkItem } from './work';

function partName(form: FormEnvelope, partId: PartId): string {
  return getFormDefinition(form.formType).parts.find((p) => p.partId === partId)?.label ?? partId;
}

function WorkList({
  items,
  now,
  trajecten,
  empty,
}: {
  items: WorkItem[];
  now: Date;
  trajecten: Map<string, TrajectDoc>;
  empty: string;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="worklist">
      {items.map(({ form, partId, bucket }) => {
        const t = trajecten.get(form.trajectId);
        return (
          <li
            key={`${form.formId}/${partId}`}
            className={bucket === 'overdue' ? 'overdue' : bucket === 'now' ? 'now' : undefined}
          >
            <Link className="title" to={`/formulieren/${form.formId}/${partId}`}>
              {form.title}
            </Link>
            <div className="meta">
              {partName(form, partId)}
              {t && <> · {t.traineeName}</>}
            </div>
            <div className="meta">
              {bucket === 'coming' && (
                <>
                  Open vanaf {formatDate(form.opensAt)} · uiterlijk {formatDate(form.dueAt)}
                </>
              )}
              {bucket === 'now' && (
                <>
                  Uiterlijk {formatDate(form.dueAt)}{' '}
                  <span className="chip neutral">{formatDueRelative(form.dueAt, now)}</span>
                  {form.parts[partId]?.status === 'draft' && (
                    <>
                      {' '}
                      · <span className="chip warn">concept</span>
                    </>
                  )}
                </>
              )}
              {bucket === 'overdue' && (
                <>
                  Was uiterlijk {formatDate(form.dueAt)}{' '}
                  <span className="chip bad">{lateLabel(daysLate(form.dueAt, now))}</span>
                </>
              )}
              {bucket === 'done' && (
                <span className="chip ok">
                  ingediend
                  {form.parts[partId]?.submittedAt
                    ? ` op ${formatDate(form.parts[partId]!.submittedAt!)}`
                    : ''}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function LeohAboutMe({ forms, session }: { forms: FormEnvelope[]; session: SignedIn }) {
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
          return (
            <li key={f.formId}>
              <Link className="title" to={`/formulieren/${f.formId}`}>
                {f.title}
              </Link>
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

function MyTrajecten({ trajecten, uid }: { trajecten: TrajectDoc[]; uid: string }) {
  if (trajecten.length === 0) return null;
  return (
    <section aria-labelledby="trajecten-title">
      <h2 id="trajecten-title">Jouw trajecten</h2>
      <ul className="worklist">
        {trajecten.map((t) => {
          const roles = TRAJECT_ROLES.filter((r) => t.roles[r]?.includes(uid)).map((r) =>
            TRAJECT_ROLE_LABELS[r].label.toLowerCase(),
          );
          return (
            <li key={t.trajectId}>
              <span className="title">{t.traineeName}</span>
              <div className="meta">
                {PROGRAMMES[t.programme].label} · {t.workplace}
              </div>
              <div className="meta">
                Jij bent {roles.join(' en ')} · gestart {formatDate(t.startDate)}
              </div>
              {traineesOf(t).includes(uid) && <ExportDossier traject={t} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function StaffPanel({ session, now }: { session: SignedIn; now: Date }) {
  const institute = session.claims.institute;
  const isSecretariaat = hasStaff(session, 'secretariaat', 'admin');
  const isHoofd = hasStaff(session, 'hoofd_opleiding');
  const all = useStaffForms(institute, {}, isSecretariaat);
  const decisions = useStaffForms(institute, { formType: 'voortgangsbeslissing' }, isHoofd);
  const leohs = useStaffForms(institute, LEOH_INBOX, isSecretariaat);
  // Each count is the length of the list it links to: same query, same function (docs/rules.md).
  const counts = useMemo(
    () => ({
      overdue: overdueRows(all.data ?? [], new Map(), now).length,
      leoh: leohInboxEntries(leohs.data ?? []).length,
    }),
    [all.data, leohs.data, now],
  );
  const openDecisions = (decisions.data ?? []).filter(
    (f) => f.parts.hoofd_opleiding?.status !== 'submitted' && f.opensAt <= now,
  );

  return (
    <section aria-labelledby="staff-title">
      <h2 id="staff-title">{session.claims.staff.map((r) => STAFF_ROLE_LABELS[r]).join(', ')}</h2>
      {isSecretariaat && (
        <ul className="worklist">
          <li>
            <Link className="title" to="/achterstanden">
              Achterstanden
            </Link>
            <div className="meta">
              {all.isPending
                ? 'Tellen…'
                : `${counts.overdue} ${counts.overdue === 1 ? 'deel' : 'delen'} over de deadline`}
            </div>
          </li>
          <li>
            <Link className="title" to="/leoh">
              LEOh-inbox
            </Link>
            <div className="meta">
              {leohs.isPending
                ? 'Tellen…'
                : `${counts.leoh} ingediende ${counts.leoh === 1 ? 'dossier-LEOh' : "dossier-LEOh's"}`}
            </div>
          </li>
          <li>
            <Link className="title" to="/trajecten">
              Trajecten en rollen
            </Link>
            <div className="meta">Trajecten aanmaken, koppelingen beheren</div>
          </li>
        </ul>
      )}
      {hasStaff(session, 'opleiderscoach') && !isSecretariaat && (
        <p>
          <Link to="/leoh">Ingediende dossier-LEOh's</Link>
        </p>
      )}
      {isHoofd && (
        <>
          <h3>Voortgangsbeslissingen vast te leggen</h3>
          {decisions.isError && <p className="banner error">{dutchMessage(decisions.error)}</p>}
          {openDecisions.length === 0 ? (
            <p className="muted">Er wachten nu geen beslissingen.</p>
          ) : (
            <ul className="worklist">
              {openDecisions.map((f) => (
                <li key={f.formId} className={f.dueAt < now ? 'overdue' : 'now'}>
                  <Link className="title" to={`/formulieren/${f.formId}/hoofd_opleiding`}>
                    {f.title}
                  </Link>
                  <div className="meta">Uiterlijk {formatDate(f.dueAt)}</div>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/beslissingen">Alle voortgangsbeslissingen</Link>
          </p>
        </>
      )}
    </section>
  );
}

export default function HomePage() {
  const session = useSignedIn();
  const [now] = useState(() => new Date());
  const forms = useMyForms(session.uid, session.claims.institute);
  const trajecten = useMyTrajecten(session.uid, session.claims.institute);
  const trajectMap = useMemo(
    () => new Map((trajecten.data ?? []).map((t) => [t.trajectId, t])),
    [trajecten.data],
  );
  const work = useMemo(
    () =>
      withoutRefused(
        myWork(forms.data ?? [], session.uid, session.claims.staff, now),
        session.actor,
        trajectMap,
      ),
    [forms.data, session.uid, session.claims.staff, session.actor, trajectMap, now],
  );
  const isStaff = session.claims.staff.length > 0;
  const isMember = (trajecten.data ?? []).length > 0 || (forms.data ?? []).length > 0;

  useEffect(() => {
    document.title = 'Overzicht – Praktijkvolg';
  }, []);

  if (session.claims.linkPart) {
    const [formId, partId] = session.claims.linkPart.split('/');
    return (
      <div>
        <h1>Welkom</h1>
        <p>Je bent aangemeld via een persoonlijke link voor één formulier.</p>
        <Link className="button primary" to={`/formulieren/${formId}/${partId}`}>
          Naar het formulier
        </Link>
      </div>
    );
  }

  return (
    <div>
      <h1>Hallo {session.displayName}</h1>
      {isStaff && <StaffPanel session={session} now={now} />}
      {(isMember || !isStaff) && (
        <>
          {forms.isError && (
            <div className="banner error" role="alert">
              <p>Je formulieren konden niet worden geladen: {dutchMessage(forms.error)}</p>
            </div>
          )}
          {/* Wait for the trajecten too: the roles there decide which listed parts are refused work. */}
          {forms.isPending || trajecten.isPending ? (
            <p role="status">Formulieren laden…</p>
          ) : (
            <>
              <section aria-labelledby="overdue-title">
                <h2 id="overdue-title">
                  Te laat {work.overdue.length > 0 && <span className="chip bad">{work.overdue.length}</span>}
                </h2>
                <WorkList
                  items={work.overdue}
                  now={now}
                  trajecten={trajectMap}
                  empty="Niets te laat. Goed bezig!"
                />
              </section>
              <section aria-labelledby="now-title">
                <h2 id="now-title">Nu te doen</h2>
                <WorkList
                  items={work.now}
                  now={now}
                  trajecten={trajectMap}
                  empty="Er staat nu niets voor je open."
                />
              </section>
              <section aria-labelledby="coming-title">
                <h2 id="coming-title">Binnenkort</h2>
                <WorkList
                  items={work.coming}
                  now={now}
                  trajecten={trajectMap}
                  empty="De komende weken komt er niets nieuws."
                />
              </section>
              <LeohAboutMe forms={forms.data ?? []} session={session} />
              <MyTrajecten trajecten={trajecten.data ?? []} uid={session.uid} />
              {work.done.length > 0 && (
                <section aria-labelledby="done-title">
                  <h2 id="done-title">Onlangs ingediend</h2>
                  <WorkList items={work.done.slice(0, 5)} now={now} trajecten={trajectMap} empty="" />
                </section>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
