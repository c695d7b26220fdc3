// Secretariat: all trajecten of the institute, with a filter, and links to edit them.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import {
  formatDate,
  PROGRAMMES,
  ROUTES,
  TRAJECT_STATUS_LABELS,
  TRAJECT_STATUSES,
} from '@praktijkvolg/domain';
import { ScrollTable } from '../../app/ScrollTable';
import { dutchMessage } from '../../app/errors';
import { hasStaff, useSignedIn } from '../../app/session';
import { useInstituteTrajecten } from './queries';

export default function TrajectenPage() {
  const session = useSignedIn();
  const trajecten = useInstituteTrajecten(session.claims.institute);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string>('actief');

  useEffect(() => {
    document.title = 'Trajecten – Praktijkvolg';
  }, []);

  const shown = useMemo(
    () =>
      (trajecten.data ?? []).filter(
        (t) =>
          (status === '' || t.status === status) &&
          `${t.traineeName} ${t.workplace} ${Object.values(t.names).join(' ')}`
            .toLowerCase()
            .includes(search.trim().toLowerCase()),
      ),
    [trajecten.data, search, status],
  );

  return (
    <div>
      <h1>Trajecten</h1>
      <div className="actions">
        <Link className="button primary" to="/trajecten/nieuw">
          Nieuw traject
        </Link>
        {hasStaff(session, 'secretariaat') && (
          <Link className="button" to={ROUTES.cohortImport}>
            Cohort importeren
          </Link>
        )}
      </div>
      <div className="filters">
        <div>
          <label htmlFor="t-search">Zoeken</label>
          <input
            id="t-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Naam, praktijk of school"
          />
        </div>
        <div>
          <label htmlFor="t-status">Status</label>
          <select id="t-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Alle</option>
            {TRAJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TRAJECT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {trajecten.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(trajecten.error)}</p>
        </div>
      )}
      {trajecten.isPending ? (
        <p role="status">Laden…</p>
      ) : (
        <ScrollTable label="Tabel trajecten">
          <table>
            <caption className="visually-hidden">Trajecten</caption>
            <thead>
              <tr>
                <th scope="col">Aios / deelnemer</th>
                <th scope="col">Opleiding</th>
                <th scope="col">Werkplek</th>
                <th scope="col">Start</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((t) => (
                <tr key={t.trajectId}>
                  <td>
                    <Link to={`/trajecten/${t.trajectId}`}>{t.traineeName}</Link>
                  </td>
                  <td>{PROGRAMMES[t.programme].label}</td>
                  <td>{t.workplace}</td>
                  <td>{formatDate(t.startDate)}</td>
                  <td>{TRAJECT_STATUS_LABELS[t.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="muted">Geen trajecten gevonden.</p>}
        </ScrollTable>
      )}
    </div>
  );
}
