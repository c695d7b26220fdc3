// One input component per domain FieldDef kind. Every input has a visible label, its help text and error
// are tied to it with aria-describedby, and choice-like kinds are fieldsets with a legend.
import { get, useFieldArray, useFormContext, type FieldErrors } from 'react-hook-form';
import {
  MAX_DATE_YEAR,
  MESSAGES,
  MIN_DATE_YEAR,
  type FieldDef,
  type GroupField,
  type LeafField,
  type ListField,
  type Option,
} from '@praktijkvolg/domain';
import { isCheckbox, type UiLeafObject } from './answers';
import { CharacterCount } from './CharacterCount';

export const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The message at a path, including list-level messages react-hook-form files under `.root`. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const e = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined;
  if (!e) return undefined;
  if (typeof e.message === 'string') return e.message;
  if (e.root && typeof e.root.message === 'string') return e.root.message;
  return undefined;
}

function describedBy(id: string, help: boolean, error: boolean): string | undefined {
  const ids = [help && `${id}-help`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Help({ id, text }: { id: string; text?: string | undefined }) {
  return text ? (
    <span className="help" id={`${id}-help`}>
      {text}
    </span>
  ) : null;
}

function ErrorText({ id, message }: { id: string; message?: string | undefined }) {
  return message ? (
    <span className="error-text" id={`${id}-error`}>
      {message}
    </span>
  ) : null;
}

function Options({
  path,
  id,
  options,
  type,
  scale,
  invalid,
  describedby,
}: {
  path: string;
  id: string;
  options: readonly Option[];
  type: 'radio' | 'checkbox';
  scale: boolean;
  invalid: boolean;
  describedby: string | undefined;
}) {
  const { register } = useFormContext();
  return (
    <div className={scale ? 'options scale' : 'options'}>
      {options.map((o, i) => (
        <label className="option" key={o.value} htmlFor={`${id}-${i}`}>
          <input
            type={type}
            id={`${id}-${i}`}
            value={o.value}
            aria-invalid={invalid || undefined}
            aria-describedby={describedby}
            {...register(path)}
          />
          <span>
            {o.label}
            {o.help && <span className="help">{o.help}</span>}
          </span>
        </label>
      ))}
    </div>
  );
}

const requiredMark = (required: boolean) => (required ? null : <span className="muted"> (optioneel)</span>);

/** A single input for a leaf field at `path`. */
export function LeafInput({ field, path, required }: { field: LeafField; path: string; required: boolean }) {
  const {
    register,
    formState: { errors },
  } = useFormContext();
  const id = fieldId(path);
  const error = errorAt(errors, path);
  const invalid = !!error;
  const db = describedBy(id, !!field.help, invalid);

  if (field.kind === 'number') {
    // Text with a numeric keyboard rather than type="number": what is typed stays visible, also when it is not a
    // number, and the form's schema says why ("Vul een getal in").
    return (
      <div className="field">
        <label htmlFor={id}>
          {field.label}
          {requiredMark(required)}
        </label>
        <Help id={id} text={field.help} />
        <input
          type="text"
          inputMode="numeric"
          className="number"
          id={id}
          aria-invalid={invalid || undefined}
          aria-describedby={db}
          maxLength={String(field.max).length + 1}
          {...register(path)}
        />
        <ErrorText id={id} message={error} />
      </div>
    );
  }

  if (field.kind === 'text' || field.kind === 'longtext' || field.kind === 'date') {
    const counted = field.kind !== 'date';
    const common = {
      id,
      'aria-invalid': invalid || undefined,
      'aria-describedby': counted ? [db, `${id}-count`].filter(Boolean).join(' ') : db,
      ...register(path),
    };
    return (
      <div className="field">
        <label htmlFor={id}>
          {field.label}
          {requiredMark(required)}
        </label>
        <Help id={id} text={field.help} />
        {/* No maxLength attribute: the browser would cut a paste silently (CharacterCount.tsx). */}
        {field.kind === 'longtext' ? (
          <textarea {...common} rows={4} />
        ) : field.kind === 'text' ? (
          <input type="text" {...common} />
        ) : (
          // The years the domain accepts (MIN_DATE_YEAR..MAX_DATE_YEAR, as the rules do).
          <input type="date" {...common} min={`${MIN_DATE_YEAR}-01-01`} max={`${MAX_DATE_YEAR}-12-31`} />
        )}
        {field.kind !== 'date' && <CharacterCount path={path} id={id} max={field.maxLength} />}
        <ErrorText id={id} message={error} />
      </div>
    );
  }

  if (isCheckbox(field)) {
    // What is confirmed, in full, above the box (e.g. the agreements of the overeenkomst werkplekbegeleider).
    const statements = field.kind === 'boolean' ? field.statements : undefined;
    const statementsId = `${id}-statements`;
    return (
      <div className="field">
        {statements && statements.length > 0 && (
          <div className="statements" id={statementsId}>
            <p className="label">Je bevestigt deze afspraken:</p>
            <ol>
              {statements.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </div>
        )}
        <label className="option" htmlFor={id}>
          <input
            type="checkbox"
            id={id}
            aria-invalid={invalid || undefined}
            aria-describedby={statements?.length ? [statementsId, db].filter(Boolean).join(' ') : db}
            {...register(path)}
          />
          <span>{field.label}</span>
        </label>
        <Help id={id} text={field.help} />
        <ErrorText id={id} message={error} />
      </div>
    );
  }

  const options: readonly Option[] =
    field.kind === 'boolean'
      ? [
          { value: 'ja', label: 'Ja' },
          { value: 'nee', label: 'Nee' },
        ]
      : field.options;
  const multiple = field.kind === 'choice' && field.multiple === true;
  return (
    <div className="field">
      <fieldset id={id} aria-describedby={db}>
        <legend className="label">
          {field.label}
          {requiredMark(required)}
          {multiple && <span className="muted"> (meer antwoorden mogelijk)</span>}
        </legend>
        <Help id={id} text={field.help} />
        <Options
          path={path}
          id={id}
          options={options}
          type={multiple ? 'checkbox' : 'radio'}
          scale={field.kind === 'scale' || field.kind === 'boolean'}
          invalid={invalid}
          describedby={db}
        />
        <ErrorText id={id} message={error} />
      </fieldset>
    </div>
  );
}

function GroupInput({ field }: { field: GroupField }) {
  const {
    formState: { errors },
  } = useFormContext();
  const id = fieldId(field.key);
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{field.label}</h2>
      <Help id={id} text={field.help} />
      {field.atLeastOne && (
        <p className="group-rule" id={`${id}-rule`}>
          {MESSAGES.atLeastOne(field.items.length)}.
        </p>
      )}
      <div id={id} tabIndex={-1}>
        <ErrorText id={id} message={errorAt(errors, field.key)} />
      </div>
      {field.items.map((item) => {
        const itemPath = `${field.key}.${item.key}`;
        const itemId = fieldId(itemPath);
        const itemError = errorAt(errors, itemPath);
        return (
          <fieldset
            className="group-item"
            key={item.key}
            id={itemId}
            aria-describedby={describedBy(itemId, !!item.help, !!itemError)}
          >
            <legend>{item.label}</legend>
            <Help id={itemId} text={item.help} />
            <ErrorText id={itemId} message={itemError} />
            {field.fields.map((sub) => (
              <LeafInput
                key={sub.key}
                field={sub}
                path={`${itemPath}.${sub.key}`}
                // In an at-least-one group the rule stands on the group, not "(optioneel)" on each field.
                required={(field.required && sub.required) || field.atLeastOne === true}
              />
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}

function emptyEntry(field: ListField): UiLeafObject {
  return Object.fromEntries(
    field.fields.map((f) => [
      f.key,
      f.kind === 'choice' && f.multiple
        ? []
        : f.kind === 'boolean'
          ? isCheckbox(f)
            ? false
            : null
          : f.kind === 'scale' || f.kind === 'choice'
            ? null
            : '',
    ]),
  );
}

function ListInput({ field }: { field: ListField }) {
  const {
    control,
    formState: { errors },
  } = useFormContext();
  const { fields: entries, append, remove } = useFieldArray({ control, name: field.key });
  const id = fieldId(field.key);
  const error = errorAt(errors, field.key);
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {field.label}
        {requiredMark(field.required)}
      </h2>
      <Help id={id} text={field.help} />
      <p className="muted" id={`${id}-count`}>
        {field.required && field.min > 0
          ? `Minimaal ${field.min}, maximaal ${field.max}.`
          : `Maximaal ${field.max}.`}{' '}
        Nu {entries.length}.
      </p>
      <div id={id} tabIndex={-1}>
        <ErrorText id={id} message={error} />
      </div>
      {entries.map((entry, index) => (
        <fieldset className="list-item" key={entry.id}>
          <legend>
            {field.itemLabel} {index + 1}
          </legend>
          {field.fields.map((sub) => (
            <LeafInput
              key={sub.key}
              field={sub}
              path={`${field.key}.${index}.${sub.key}`}
              required={sub.required}
            />
          ))}
          <button type="button" className="danger" onClick={() => remove(index)}>
            {field.itemLabel} {index + 1} verwijderen
          </button>
        </fieldset>
      ))}
      {entries.length < field.max && (
        <button type="button" onClick={() => append(emptyEntry(field))}>
          {field.itemLabel} toevoegen
        </button>
      )}
    </section>
  );
}

/** Renders any FieldDef; `required` follows the submit rules (requiredWhen fields read as optional). */
export function FieldInput({ field }: { field: FieldDef }) {
  if (field.kind === 'group') return <GroupInput field={field} />;
  if (field.kind === 'list') return <ListInput field={field} />;
  return <LeafInput field={field} path={field.key} required={field.required && !field.requiredWhen} />;
}
