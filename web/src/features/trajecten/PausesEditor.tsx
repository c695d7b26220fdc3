// A traject's pauses (ziekte, verlof) as a field array of the editor's form: the domain's pause schema checks
// each (dates, end not before start) and its messages show at the input.
import { useId } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { TrajectValues } from './trajectForm';

function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span className="error-text" id={id}>
      {message}
    </span>
  ) : null;
}

export function PausesEditor() {
  const id = useId();
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<TrajectValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'pauses' });
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Onderbrekingen</h2>
      <p className="help">
        Bij ziekte of verlof staat de klok stil: deadlines na het begin van de onderbreking schuiven op.
      </p>
      {fields.map((entry, i) => {
        const e = errors.pauses?.[i];
        const input = (key: 'from' | 'to' | 'reason', label: string, type: 'date' | 'text') => {
          const inputId = `${id}-${i}-${key}`;
          const message = e?.[key]?.message;
          return (
            <div className="field">
              <label htmlFor={inputId}>{label}</label>
              <input
                id={inputId}
                type={type}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? `${inputId}-error` : undefined}
                maxLength={type === 'text' ? 200 : undefined}
                {...register(`pauses.${i}.${key}`)}
              />
              <ErrorText id={`${inputId}-error`} message={message} />
            </div>
          );
        };
        return (
          <fieldset className="list-item" key={entry.id}>
            <legend>Onderbreking {i + 1}</legend>
            {input('from', 'Van', 'date')}
            {input('to', 'Tot en met', 'date')}
            {input('reason', 'Reden', 'text')}
            <button type="button" className="danger" onClick={() => remove(i)}>
              Onderbreking {i + 1} verwijderen
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => append({ from: '', to: '', reason: '' })}>
        Onderbreking toevoegen
      </button>
    </section>
  );
}
