// Read-only rendering of a part's answers (after submission, other raters' parts, print).
import { formatDate, isIsoDate, type FieldDef, type LeafField } from '@praktijkvolg/domain';

export function leafText(field: LeafField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (field.kind) {
    case 'text':
    case 'longtext':
      return String(value);
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? formatDate(value) : String(value);
    case 'boolean':
      return value === true ? 'Ja' : 'Nee';
    case 'choice':
    case 'scale': {
      const label = (v: unknown) => field.options.find((o) => o.value === v)?.label ?? String(v);
      return Array.isArray(value) ? value.map(label).join(', ') || '—' : label(value);
    }
  }
}

function LeafList({ fields, value }: { fields: readonly LeafField[]; value: unknown }) {
  const obj = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return (
    <dl className="answers">
      {fields.map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd>{leafText(f, obj[f.key])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AnswersView({
  fields,
  answers,
}: {
  fields: readonly FieldDef[];
  answers: Record<string, unknown>;
}) {
  return (
    <div>
      {fields.map((f) => {
        const v = answers[f.key];
        if (f.kind === 'group') {
          const obj = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
          return (
            <section className="section" key={f.key}>
              <h3>{f.label}</h3>
              {f.items.map((it) => (
                <div className="group-item" key={it.key}>
                  <strong>{it.label}</strong>
                  <LeafList fields={f.fields} value={obj[it.key]} />
                </div>
              ))}
            </section>
          );
        }
        if (f.kind === 'list') {
          const arr = Array.isArray(v) ? v : [];
          return (
            <section className="section" key={f.key}>
              <h3>{f.label}</h3>
              {arr.length === 0 && <p className="muted">Geen.</p>}
              {arr.map((entry, i) => (
                <div className="list-item" key={i}>
                  <strong>
                    {f.itemLabel} {i + 1}
                  </strong>
                  <LeafList fields={f.fields} value={entry} />
                </div>
              ))}
            </section>
          );
        }
        return (
          <dl className="answers" key={f.key}>
            <dt>{f.label}</dt>
            <dd>{leafText(f, v)}</dd>
          </dl>
        );
      })}
    </div>
  );
}
