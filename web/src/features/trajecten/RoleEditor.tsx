// One role of a traject in the editor: its holders, a picker to add one, and the conflicts the domain
// policies find for it (explained while editing, before anything is written).
import { useId } from 'react';
import { TRAJECT_ROLE_LABELS, type RoleViolation, type TrajectRole } from '@praktijkvolg/domain';
import type { Person } from '../people/queries';

export function RoleEditor(props: {
  role: TrajectRole;
  min: number;
  max: number;
  description: string;
  holders: string[];
  names: Record<string, string>;
  people: Person[];
  violations: RoleViolation[];
  onAdd: (p: Person) => void;
  onRemove: (uid: string) => void;
}) {
  const { role, min, max, description, holders, names, people, violations, onAdd, onRemove } = props;
  const id = useId();
  const label = TRAJECT_ROLE_LABELS[role];
  const count =
    min === max ? `precies ${min}` : max > 1 ? `${min}–${max}` : min === 0 ? 'optioneel' : `${min}`;
  return (
    <fieldset className="group-item" aria-describedby={`${id}-help`}>
      <legend>
        {holders.length > 1 ? label.plural : label.label} <span className="muted">({count})</span>
      </legend>
      <span className="help" id={`${id}-help`}>
        {description}
      </span>
      {violations.length > 0 && (
        <ul className="error-text">
          {violations.map((v, i) => (
            <li key={i}>{v.message}</li>
          ))}
        </ul>
      )}
      <ul>
        {holders.map((uid) => (
          <li key={uid}>
            {names[uid] ?? uid}{' '}
            <button type="button" className="linklike" onClick={() => onRemove(uid)}>
              {names[uid] ?? uid} verwijderen als {label.label.toLowerCase()}
            </button>
          </li>
        ))}
      </ul>
      {holders.length < max && (
        <div className="field">
          <label htmlFor={`${id}-add`}>{label.label} toevoegen</label>
          <select
            id={`${id}-add`}
            value=""
            onChange={(e) => {
              const p = people.find((x) => x.uid === e.target.value);
              if (p) onAdd(p);
            }}
          >
            <option value="">Kies een persoon…</option>
            {people
              .filter((p) => !holders.includes(p.uid))
              .map((p) => (
                <option key={p.uid} value={p.uid}>
                  {p.displayName} ({p.email ?? 'geen e-mailadres'})
                </option>
              ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
