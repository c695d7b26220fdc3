// Hoofd opleiding (and fase-coördinator, secretariaat to follow up): every voortgangsbeslissing of the
// institute, open ones first, and the conditions of decisions "door onder voorwaarden" (open ones first).
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { decisionAwaitsAdvice, formatDate, getFormDefinition, type LeafField } from '@praktijkvolg/domain';
import { ScrollTable } from '../../app/ScrollTable';
import { dutchMessage } from '../../app/errors';
import { hasStaff, useSignedIn } from '../../app/session';
import { useStaffForms } from '../forms/queries';
import { useInstituteTrajecten } from '../trajecten/queries';
import { leafText } from '../forms/AnswersView';
import { ExportDossier } from '../exports/ExportDossier';
import { useQueries } from '@tanstack/react-query';
import { formQueries } from '../forms/queries';
import { VoorwaardenBlock, voorwaardenClosed } from './Voorwaarden';

export default function DecisionsPage() {
  const session = useSignedIn();
  const institute = session.claims.institute;
  const forms = useStaffForms(institute, { formType: 'voortgangsbeslissing' });
  const vervolgen = useStaffForms(institute, { formType: 'voorwaarden_vervolg' });
  const trajecten = useInstituteTrajecten(
    institute,
    hasStaff(session, 'secretariaat', 'admin', 'hoofd_opleiding', 'fase_coordinator'),
  );
  const [now] = useState(() => new Date());
  const names = useMemo(
    () => new Map((trajecten.data ?? []).map((t) => [t.trajectId, t.traineeName])),
    [trajecten.data],
  );
  const byId = useMemo(() => new Map((trajecten.data ?? []).map((t) => [t.trajectId, t])), [trajecten.data]);
  const list = (forms.data ?? []).slice().sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const done = list.filter((f) => f.parts.hoofd_opleiding?.status === 'submitted');
  const outcomes = useQueries({ queries: done.map((f) => formQueries.part(f.formId, 'hoofd_opleiding')) });
  const uitkomst = getFormDefinition('voortgangsbeslissing').fields.find(
    (f) => f.key === 'uitkomst',
  ) as LeafField;

  useEffect(() => {
    document.title = 'Voortgangsbeslissingen – Praktijkvolg';
  }, []);

  const isHoofd = hasStaff(session, 'hoofd_opleiding');
  return (
    <div>
      <h1>Voortgangsbeslissingen</h1>
      <p>
        Alleen het hoofd opleiding legt de definitieve beslissing vast; opleiders en docenten geven advies.
      </p>
      {forms.isError && <p className="banner error">{dutchMessage(forms.error)}</p>}
      {forms.isPending ? (
        <p role="status">Laden…</p>
      ) : (
        <ScrollTable label="Tabel voortgangsbeslissingen">
          <table>
            <caption className="visually-hidden">Voortgangsbeslissingen</caption>
            <thead>
              <tr>
                <th scope="col">Aios</th>
                <th scope="col">Beslissing</th>
                <th scope="col">Uiterlijk</th>
                <th scope="col">Status</th>
                <th scope="col">Dossier</th>
              </tr>
            </thead>
            <tbody>
              {list.map((f) => {
                const submitted = f.parts.hoofd_opleiding?.status === 'submitted';
                const i = done.indexOf(f);
                const outcome = submitted ? outcomes[i]?.data?.answers.uitkomst : undefined;
                return (
                  <tr key={f.formId}>
                    <td>{names.get(f.trajectId) ?? f.trajectId}</td>
                    <td>
                      {isHoofd || submitted ? (
                        <Link to={`/formulieren/${f.formId}/hoofd_opleiding`}>{f.title}</Link>
                      ) : (
                        f.title
                      )}
                    </td>
                    <td>{formatDate(f.dueAt)}</td>
                    <td>
                      {submitted ? (
                        <span className="chip ok">
                          vastgelegd{outcome ? `: ${leafText(uitkomst, outcome)}` : ''}
                        </span>
                      ) : f.opensAt > now ? (
                        <span className="chip neutral">nog niet aan de orde</span>
                      ) : decisionAwaitsAdvice(f) ? (
                        <span className="chip neutral">wacht op advies</span>
                      ) : f.dueAt < now ? (
                        <span className="chip bad">te laat</span>
                      ) : (
                        <span className="chip warn">open</span>
                      )}
                    </td>
                    <td>
                      {byId.has(f.trajectId) && <ExportDossier traject={byId.get(f.trajectId)!} compact />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {list.length === 0 && <p className="muted">Er zijn nog geen voortgangsbeslissingen gepland.</p>}
        </ScrollTable>
      )}
      <h2>Voorwaarden</h2>
      {vervolgen.isError && <p className="banner error">{dutchMessage(vervolgen.error)}</p>}
      {(vervolgen.data ?? []).length === 0 ? (
        <p className="muted">Er zijn geen beslissingen onder voorwaarden.</p>
      ) : (
        (vervolgen.data ?? [])
          .slice()
          .sort(
            (a, b) =>
              Number(voorwaardenClosed(a)) - Number(voorwaardenClosed(b)) ||
              a.dueAt.getTime() - b.dueAt.getTime(),
          )
          .map((f) => (
            <div key={f.formId}>
              <p>
                <strong>{names.get(f.trajectId) ?? f.traineeName}</strong>
                {isHoofd && !voorwaardenClosed(f) && (
                  <>
                    {' · '}
                    <Link to={`/formulieren/${f.formId}/hoofd_opleiding`}>Vervolg afsluiten</Link>
                  </>
                )}
              </p>
              <VoorwaardenBlock envelope={f} now={now} link />
            </div>
          ))
      )}
    </div>
  );
}
