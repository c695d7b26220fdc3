// Home panel for institute staff: the secretariat's work queues with their counts, and the hoofd
// opleiding's decisions to record (one still waiting for advice says so) and conditions to follow up until closed
// (domain policies/voortgangsbeslissing.ts).
import { useMemo } from 'react';
import { Link } from 'wouter';
import { decisionAwaitsAdvice, formatDate, STAFF_ROLE_LABELS } from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import { hasStaff, type SignedIn } from '../../app/session';
import { useStaffForms } from '../forms/queries';
import { LEOH_INBOX, leohInboxEntries } from '../secretariaat/leohInbox';
import { overdueRows } from '../secretariaat/overdue';

export function StaffPanel({ session, now }: { session: SignedIn; now: Date }) {
  const institute = session.claims.institute;
  const isSecretariaat = hasStaff(session, 'secretariaat', 'admin');
  const isHoofd = hasStaff(session, 'hoofd_opleiding');
  const all = useStaffForms(institute, {}, isSecretariaat);
  const decisions = useStaffForms(institute, { formType: 'voortgangsbeslissing' }, isHoofd);
  const vervolgen = useStaffForms(institute, { formType: 'voorwaarden_vervolg' }, isHoofd);
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
  const openVervolgen = (vervolgen.data ?? [])
    .filter((f) => f.parts.hoofd_opleiding?.status !== 'submitted')
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());

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
                  <div className="meta">
                    {decisionAwaitsAdvice(f)
                      ? 'Wacht op het advies van opleider en groepsdocenten'
                      : `Uiterlijk ${formatDate(f.dueAt)}`}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <h3>Voorwaarden te volgen</h3>
          {vervolgen.isError && <p className="banner error">{dutchMessage(vervolgen.error)}</p>}
          {openVervolgen.length === 0 ? (
            <p className="muted">Er lopen geen voorwaarden.</p>
          ) : (
            <ul className="worklist" data-testid="voorwaarden-te-volgen">
              {openVervolgen.map((f) => (
                <li key={f.formId} className={f.dueAt < now ? 'overdue' : 'now'}>
                  <Link className="title" to={`/formulieren/${f.formId}/hoofd_opleiding`}>
                    {f.traineeName ?? f.title}: voorwaarden
                  </Link>
                  <div className="meta">Uiterlijk vervuld op {formatDate(f.dueAt)}</div>
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
