// The rows of a cohort file as the server checked them: every row with its status, the people of a valid row
// (new ones marked) and every problem of a refused row with its column (domain policies/cohortImport.ts).
import { useState } from 'react';
import { formatShortDate, PROGRAMMES, TRAJECT_ROLE_LABELS, type CohortRowResult } from '@praktijkvolg/domain';
import { ScrollTable } from '../../app/ScrollTable';

const STATUS = {
  geldig: { label: 'In orde', chip: 'ok' },
  geimporteerd: { label: 'Geïmporteerd', chip: 'ok' },
  al_geimporteerd: { label: 'Al geïmporteerd', chip: 'neutral' },
  geweigerd: { label: 'Niet importeren', chip: 'bad' },
} as const;

function Details({ row }: { row: CohortRowResult }) {
  if (row.problems.length > 0) {
    return (
      <ul className="problems">
        {row.problems.map((p, i) => (
          <li key={i}>
            {p.column && <code>{p.column}</code>}
            {p.column && ': '}
            {p.message}
          </li>
        ))}
      </ul>
    );
  }
  if (row.status === 'al_geimporteerd')
    return <span className="help">Dit traject bestaat al; er verandert niets.</span>;
  return (
    <ul className="people">
      {row.people.map((p) => (
        <li key={`${p.role}-${p.email}`}>
          {TRAJECT_ROLE_LABELS[p.role].label}: {p.name}
          {p.isNew && (
            <>
              {' '}
              <span className="chip warn">nieuw</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function CohortPreview({ rows, caption }: { rows: readonly CohortRowResult[]; caption: string }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const shown = onlyProblems ? rows.filter((r) => r.status === 'geweigerd') : rows;
  return (
    <>
      <div className="field">
        <label className="option">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />{' '}
          Alleen rijen met een probleem
        </label>
      </div>
      <ScrollTable label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Rij</th>
              <th scope="col">Status</th>
              <th scope="col">Aios/deelnemer</th>
              <th scope="col">Opleiding</th>
              <th scope="col">Start</th>
              <th scope="col">Personen of problemen</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row} className={r.status === 'geweigerd' ? 'refused' : undefined}>
                <th scope="row">{r.row}</th>
                <td>
                  <span className={`chip ${STATUS[r.status].chip}`}>{STATUS[r.status].label}</span>
                </td>
                <td>
                  {r.traineeName ?? '—'}
                  {r.traineeEmail && (
                    <>
                      <br />
                      <span className="help">{r.traineeEmail}</span>
                    </>
                  )}
                </td>
                <td>{r.programme ? PROGRAMMES[r.programme].label : '—'}</td>
                <td style={{ whiteSpace: 'nowrap' }}>{r.startDate ? formatShortDate(r.startDate) : '—'}</td>
                <td>
                  <Details row={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
