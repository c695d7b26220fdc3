// Secretariat: every overdue part per traject, with filters and a CSV export of what is shown.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import {
  FORM_DEFINITIONS,
  FORM_TYPES,
  daysLabel,
  formatDate,
  PROGRAMME_IDS,
  PROGRAMMES,
  toIsoDate,
  type FormType,
  type ProgrammeId,
} from '@praktijkvolg/domain';
import { ScrollTable } from '../../app/ScrollTable';
import { dutchMessage } from '../../app/errors';
import { useSignedIn } from '../../app/session';
import { useStaffForms } from '../forms/queries';
import { useInstituteTrajecten } from '../trajecten/queries';
import { downloadCsv, toCsv } from './csv';
import { CSV_HEADER, csvRow, filterRows, overdueRows, type OverdueFilter, type OverdueRow } from './overdue';
import { RemindNow } from './RemindNow';

export default function OverduePage() {
  const session = useSignedIn();
  const institute = session.claims.institute;
  const forms = useStaffForms(institute);
  const trajecten = useInstituteTrajecten(institute);
  const [now] = useState(() => new Date());
  const [filter, setFilter] = useState<OverdueFilter>({
    search: '',
    programme: '',
    formType: '',
    minDaysLate: 0,
  });

  useEffect(() => {
    document.title = 'Achterstanden – Praktijkvolg';
  }, []);

  const trajectMap = useMemo(
    () => new Map((trajecten.data ?? []).map((t) => [t.trajectId, t])),
    [trajecten.data],
  );
  const rows = useMemo(() => overdueRows(forms.data ?? [], trajectMap, now), [forms.data, trajectMap, now]);
  const shown = filterRows(rows, filter);
  const byTraject = new Map<string, OverdueRow[]>();
  for (const r of shown) byTraject.set(r.trajectId, [...(byTraject.get(r.trajectId) ?? []), r]);

  const error = forms.error ?? trajecten.error;
  return (
    <div>
      <h1>Achterstanden</h1>
      <p>Delen van formulieren waarvan de deadline voorbij is en die nog niet zijn ingediend.</p>
      <div className="filters" role="search" aria-label="Filter achterstanden">
        <div>
          <label htmlFor="o-search">Zoeken</label>
          <input
            id="o-search"
            type="search"
            value={filter.search}
            onChange={(e) => setFilter({ ...filter, search: e.target.value })}
            placeholder="Naam of formulier"
          />
        </div>
        <div>
          <label htmlFor="o-programme">Opleiding</label>
          <select
            id="o-programme"
            value={filter.programme}
            onChange={(e) => setFilter({ ...filter, programme: e.target.value as ProgrammeId | '' })}
          >
            <option value="">Alle</option>
            {PROGRAMME_IDS.map((p) => (
              <option key={p} value={p}>
                {PROGRAMMES[p].label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="o-type">Formulier</label>
          <select
            id="o-type"
            value={filter.formType}
            onChange={(e) => setFilter({ ...filter, formType: e.target.value as FormType | '' })}
          >
            <option value="">Alle</option>
            {FORM_TYPES.map((t) => (
              <option key={t} value={t}>
                {FORM_DEFINITIONS[t].title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="o-days">Minimaal dagen te laat</label>
          <input
            id="o-days"
            type="number"
            min={0}
            value={filter.minDaysLate}
            onChange={(e) => setFilter({ ...filter, minDaysLate: Math.max(0, Number(e.target.value) || 0) })}
          />
        </div>
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() =>
            downloadCsv(`achterstanden-${toIsoDate(now)}.csv`, toCsv(CSV_HEADER, shown.map(csvRow)))
          }
        >
          Exporteren als CSV ({shown.length} {shown.length === 1 ? 'regel' : 'regels'})
        </button>
      </div>
      {error && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(error)}</p>
        </div>
      )}
      {forms.isPending || trajecten.isPending ? (
        <p role="status">Laden…</p>
      ) : shown.length === 0 ? (
        <p className="banner ok">Geen achterstanden{rows.length > 0 ? ' die aan het filter voldoen' : ''}.</p>
      ) : (
        [...byTraject.entries()].map(([trajectId, list]) => (
          <section key={trajectId} aria-labelledby={`o-${trajectId}`}>
            <h2 id={`o-${trajectId}`}>
              <Link to={`/trajecten/${trajectId}`}>{list[0]!.traineeName}</Link>{' '}
              <span className="chip bad">{list.length}</span>
            </h2>
            <ScrollTable label={`Tabel achterstanden ${list[0]!.traineeName}`}>
              <table>
                <caption className="visually-hidden">Achterstanden van {list[0]!.traineeName}</caption>
                <thead>
                  <tr>
                    <th scope="col">Formulier</th>
                    <th scope="col">Deel</th>
                    <th scope="col">Invuller(s)</th>
                    <th scope="col">Deadline</th>
                    <th scope="col">Te laat</th>
                    <th scope="col">Herinneren</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={`${r.formId}/${r.partId}`}>
                      <td id={`o-${r.formId}-${r.partId}`}>
                        <Link to={`/formulieren/${r.formId}`}>{r.formTitle}</Link>
                        {r.late && <span className="chip warn"> nagekomen registratie</span>}
                      </td>
                      <td>
                        {r.partLabel}
                        {r.status === 'draft' && <span className="chip warn"> concept</span>}
                      </td>
                      <td>{r.raters}</td>
                      <td>{formatDate(r.dueAt)}</td>
                      <td>{daysLabel(r.daysLate)}</td>
                      <td>
                        <RemindNow row={r} describedBy={`o-${r.formId}-${r.partId}`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </section>
        ))
      )}
    </div>
  );
}
