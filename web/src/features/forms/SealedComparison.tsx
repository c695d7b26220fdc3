// The parts of a revealed sealed form side by side, per competency area, with disagreements marked:
// the starting point of the leergesprek.
import { fieldsForPart, type FormDefinition, type LeafField, type PartId } from '@praktijkvolg/domain';
import { ScrollTable } from '../../app/ScrollTable';
import { leafText } from './AnswersView';
import { comparableGroups, compareGroup, ratingField, type ComparedPart } from './compare';

export function SealedComparison({ def, parts }: { def: FormDefinition; parts: readonly ComparedPart[] }) {
  const fieldsByPart = parts.map((p) => fieldsForPart(def, p.partId as PartId));
  const groups = comparableGroups(fieldsByPart);
  const groupKeys = new Set(groups.map((g) => g.key));
  const others = def.fields.filter((f) => !groupKeys.has(f.key) && f.kind !== 'group' && f.kind !== 'list');

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">Naast elkaar</h2>
      {groups.map((g) => {
        const rows = compareGroup(g, parts);
        const rating = ratingField(g);
        const n = rows.filter((r) => r.disagree).length;
        return (
          <div key={g.key}>
            <h3>{g.label}</h3>
            <p className="muted">
              {n === 0
                ? 'Alle beoordelaars kozen hetzelfde niveau.'
                : `${n} ${n === 1 ? 'gebied' : 'gebieden'} met een verschil in niveau (gemarkeerd met ≠): bespreek deze in het leergesprek.`}
            </p>
            <ScrollTable label={`Tabel ${g.label}`}>
              <table>
                <caption className="visually-hidden">{g.label}: niveaus per beoordelaar</caption>
                <thead>
                  <tr>
                    <th scope="col">{g.label}</th>
                    {parts.map((p) => (
                      <th scope="col" key={p.partId}>
                        {p.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr
                      key={r.key}
                      className={r.disagree ? 'disagree' : undefined}
                      data-disagree={r.disagree || undefined}
                    >
                      <th scope="row">
                        {r.label}
                        {r.disagree && <span className="visually-hidden"> (verschil in niveau)</span>}
                      </th>
                      {r.cells.map((c, i) => (
                        <td key={parts[i]!.partId}>
                          <strong>{rating && c.rating ? leafText(rating, c.rating) : '—'}</strong>
                          {c.texts.map((t, j) => (
                            <div key={j} className="muted">
                              {t}
                            </div>
                          ))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </div>
        );
      })}
      {others.length > 0 && (
        <ScrollTable label="Tabel overige antwoorden">
          <table>
            <caption className="visually-hidden">Overige antwoorden per beoordelaar</caption>
            <thead>
              <tr>
                <th scope="col">Vraag</th>
                {parts.map((p) => (
                  <th scope="col" key={p.partId}>
                    {p.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {others.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{f.label}</th>
                  {parts.map((p, i) => (
                    <td key={p.partId}>
                      {fieldsByPart[i]!.some((pf) => pf.key === f.key) ? (
                        leafText(f as LeafField, p.answers[f.key])
                      ) : (
                        <span className="muted">n.v.t.</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
