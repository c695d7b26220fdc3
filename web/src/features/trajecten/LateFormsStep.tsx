// Late registration (docs/data-model.md "trajecten.lateForms"): after "Traject opslaan", when the start date lies
// in the past, the secretariat sees the forms whose window already closed and chooses per form "nog uitvoeren"
// (a new due date) or "niet van toepassing" (with a reason). Nothing lapses silently. The list and the checks
// are the domain's (schedule/lateRegistration.ts).
import { useId, useMemo, useState } from 'react';
import {
  computeSchedule,
  defaultLateDueDate,
  formatDate,
  lateDueDateError,
  lateFormsSchema,
  pastForms,
  startNeedsConfirmation,
  type LateForms,
} from '@praktijkvolg/domain';
import type { TrajectDoc } from './model';
import type { TrajectValues } from './trajectForm';

/** Whether saving `values` needs the late-registration step, and which forms it lists. */
export function lateReview(before: TrajectDoc | undefined, values: TrajectValues, now: Date) {
  // A running traject whose schedule did not move keeps its lapsing windows (unchanged behaviour): only a new
  // traject, a moved schedule or earlier choices bring the step back.
  const moved =
    !before ||
    before.startDate !== values.startDate ||
    before.partTimeFactor !== values.partTimeFactor ||
    JSON.stringify(before.pauses) !== JSON.stringify(values.pauses) ||
    Object.keys(before.lateForms ?? {}).length > 0;
  if (!moved || values.status !== 'actief') return null;
  const past = pastForms({ trajectId: before?.trajectId ?? 'nieuw', ...values }, now);
  const confirm = startNeedsConfirmation(values.startDate, now);
  return past.length > 0 || confirm ? { past, confirm } : null;
}

type Choice = { decision: 'todo'; dueDate: string } | { decision: 'nvt'; reason: string };

/** The late-registration step of the traject editor; nothing while `review` is null (not saving). */
export function LateFormsStep(props: {
  review: { values: TrajectValues; now: Date } | null;
  before: TrajectDoc | undefined;
  busy: boolean;
  onCancel: () => void;
  onSave: (values: TrajectValues, lateForms: LateForms) => void;
}) {
  return props.review ? <Step {...props} {...props.review} /> : null;
}

function Step({
  before,
  values,
  now,
  busy,
  onCancel,
  onSave,
}: {
  before: TrajectDoc | undefined;
  values: TrajectValues;
  now: Date;
  busy: boolean;
  onCancel: () => void;
  onSave: (values: TrajectValues, lateForms: LateForms) => void;
}) {
  const { past, confirm } = useMemo(
    () => lateReview(before, values, now) ?? { past: [], confirm: false },
    [before, values, now],
  );
  const startDate = values.startDate;
  const initial = before?.lateForms;
  const id = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      past.map((s) => [
        s.occurrenceKey,
        initial?.[s.occurrenceKey] ?? { decision: 'todo', dueDate: defaultLateDueDate(now) },
      ]),
    ),
  );
  const [confirmed, setConfirmed] = useState(!confirm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: string, c: Choice) => setChoices((all) => ({ ...all, [key]: c }));

  const submit = () => {
    const found: Record<string, string> = {};
    for (const s of past) {
      const c = choices[s.occurrenceKey]!;
      const one = lateFormsSchema.safeParse({ [s.occurrenceKey]: c });
      if (!one.success) found[s.occurrenceKey] = one.error.issues[0]!.message;
      else if (c.decision === 'todo') {
        const e = lateDueDateError(c.dueDate, now);
        if (e) found[s.occurrenceKey] = e;
      }
    }
    if (!confirmed) found.confirm = 'Bevestig de startdatum of pas hem aan.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSave(
      values,
      lateFormsSchema.parse(
        Object.fromEntries(past.map((s) => [s.occurrenceKey, choices[s.occurrenceKey]!])),
      ),
    );
  };

  return (
    <section className="section" aria-labelledby={`${id}-title`} data-testid="late-forms">
      <h2 id={`${id}-title`}>Startdatum in het verleden</h2>
      {confirm && (
        <div className="banner warn" role="status">
          <p>De startdatum ({formatDate(startDate)}) ligt meer dan een jaar terug. Klopt dat?</p>
          <label>
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> Ja,
            de startdatum klopt
          </label>
          {errors.confirm && <p className="error-text">{errors.confirm}</p>}
        </div>
      )}
      {past.length > 0 && (
        <>
          <p>
            Van deze formulieren is de termijn al verstreken. Kies per formulier: nog uitvoeren (met een
            nieuwe inleverdatum) of niet van toepassing (met een reden). Niets vervalt vanzelf.
          </p>
          <ul className="plain">
            {past.map((s) => {
              const key = s.occurrenceKey;
              const c = choices[key]!;
              const err = errors[key];
              return (
                <li key={key} className="card">
                  <fieldset aria-describedby={err ? `${id}-${key}-error` : undefined}>
                    <legend>
                      {s.title} <span className="muted">(was uiterlijk {formatDate(s.dueDate)})</span>
                    </legend>
                    <label>
                      <input
                        type="radio"
                        name={`${id}-${key}`}
                        checked={c.decision === 'todo'}
                        onChange={() => set(key, { decision: 'todo', dueDate: defaultLateDueDate(now) })}
                      />{' '}
                      Nog uitvoeren
                    </label>
                    <label>
                      <input
                        type="radio"
                        name={`${id}-${key}`}
                        checked={c.decision === 'nvt'}
                        onChange={() => set(key, { decision: 'nvt', reason: '' })}
                      />{' '}
                      Niet van toepassing
                    </label>
                    {c.decision === 'todo' ? (
                      <div className="field">
                        <label htmlFor={`${id}-${key}-due`}>Nieuwe inleverdatum</label>
                        <input
                          id={`${id}-${key}-due`}
                          type="date"
                          value={c.dueDate}
                          onChange={(e) => set(key, { decision: 'todo', dueDate: e.target.value })}
                        />
                      </div>
                    ) : (
                      <div className="field">
                        <label htmlFor={`${id}-${key}-reason`}>Reden</label>
                        <input
                          id={`${id}-${key}-reason`}
                          type="text"
                          maxLength={500}
                          value={c.reason}
                          onChange={(e) => set(key, { decision: 'nvt', reason: e.target.value })}
                        />
                      </div>
                    )}
                    {err && (
                      <p className="error-text" id={`${id}-${key}-error`}>
                        {err}
                      </p>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={submit} disabled={busy}>
          {busy ? 'Opslaan…' : 'Keuzes bevestigen en opslaan'}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Terug naar het traject
        </button>
      </div>
    </section>
  );
}

/** On the traject: the late-registration choices as stored, so a form marked not applicable stays traceable. */
export function LateFormsSummary({ traject }: { traject: TrajectDoc }) {
  const entries = Object.entries(traject.lateForms ?? {});
  if (entries.length === 0) return null;
  const titles = new Map(
    computeSchedule({ ...traject, trajectId: traject.trajectId }).map((s) => [s.occurrenceKey, s.title]),
  );
  return (
    <section className="section" aria-label="Nagekomen registratie" data-testid="late-forms-summary">
      <h2>Nagekomen registratie</h2>
      <ul>
        {entries.map(([key, d]) => (
          <li key={key}>
            {titles.get(key) ?? key}:{' '}
            {d.decision === 'todo'
              ? `nog uitvoeren, uiterlijk ${formatDate(d.dueDate)}`
              : `niet van toepassing (${d.reason})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
