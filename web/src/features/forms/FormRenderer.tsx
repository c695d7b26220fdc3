// Generic form: the domain FieldDefs of one part, validated on submit with the domain's submit schema
// (zod resolver, Dutch messages), every change handed to `onChange` for autosave, and an explicit
// confirmation before the final submission.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { answersSchema, type FieldDef, type FormType, type PartId } from '@praktijkvolg/domain';
import { fromUiValues, type UiValues } from './answers';
import { FieldInput, fieldId } from './fields';

interface Props {
  formType: FormType;
  partId: PartId;
  fields: readonly FieldDef[];
  initialValues: UiValues;
  onChange: (values: UiValues) => void;
  onSubmit: (answers: Record<string, unknown>) => void;
  submitting: boolean;
  submitLabel?: string;
}

const META = new Set(['message', 'type', 'ref', 'root', 'types']);

/** Flattens react-hook-form errors into (path, message) pairs in document order. */
function flattenErrors(
  errors: FieldErrors,
  fields: readonly FieldDef[],
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.message === 'string') out.push({ path, message: n.message });
    const root = n.root as { message?: unknown } | undefined;
    if (root && typeof root.message === 'string') out.push({ path, message: root.message });
    for (const [k, v] of Object.entries(n)) if (!META.has(k)) visit(v, `${path}.${k}`);
  };
  for (const f of fields) visit((errors as Record<string, unknown>)[f.key], f.key);
  return out;
}

export function FormRenderer({
  formType,
  partId,
  fields,
  initialValues,
  onChange,
  onSubmit,
  submitting,
  submitLabel = 'Indienen',
}: Props) {
  const resolver = useMemo<Resolver<UiValues>>(() => {
    const zr = zodResolver(
      answersSchema(formType, partId) as z.ZodType<Record<string, unknown>, Record<string, unknown>>,
    ) as unknown as Resolver<Record<string, unknown>>;
    // Validate the answers as they will be stored (empty inputs dropped), with paths equal to the inputs'.
    return (values, context, options) =>
      zr(fromUiValues(fields, values, true), context, options as never) as unknown as ReturnType<
        Resolver<UiValues>
      >;
  }, [formType, partId, fields]);

  const methods = useForm<UiValues>({
    defaultValues: initialValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const { handleSubmit, subscribe, formState } = methods;
  const [confirming, setConfirming] = useState<Record<string, unknown> | null>(null);
  const [showSummary, setShowSummary] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        // Only real edits (a named field or list changed), not validation or mount updates.
        callback: ({ values, name }) => {
          if (name !== undefined) onChangeRef.current(values);
        },
      }),
    [subscribe],
  );

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const errors = flattenErrors(formState.errors, fields);

  return (
    <FormProvider {...methods}>
      <form
        noValidate
        data-ready="true"
        onSubmit={handleSubmit(
          (answers) => {
            setShowSummary(false);
            setConfirming(answers as Record<string, unknown>);
          },
          () => setShowSummary(true),
        )}
      >
        {showSummary && errors.length > 0 && (
          <div className="banner error" role="alert">
            <h2>Nog niet compleet</h2>
            <p>
              {errors.length === 1
                ? 'Eén antwoord moet nog worden aangevuld of verbeterd:'
                : `${errors.length} antwoorden moeten nog worden aangevuld of verbeterd:`}
            </p>
            <ul>
              {errors.slice(0, 12).map((e) => (
                <li key={e.path}>
                  <a href={`#${fieldId(e.path)}`}>{e.message}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {fields.map((f) => (
          <FieldInput key={f.key} field={f} />
        ))}
        <div className="actions">
          <button type="submit" className="primary" disabled={submitting}>
            {submitLabel}
          </button>
        </div>
      </form>
      {confirming && (
        <div className="dialog-backdrop">
          <div
            className="dialog"
            onKeyDown={(e) => {
              if (e.key === 'Escape') setConfirming(null);
            }}
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="confirm-title"
            aria-describedby="confirm-text"
          >
            <h2 id="confirm-title">Definitief indienen?</h2>
            <p id="confirm-text">
              Na het indienen kun je je antwoorden niet meer wijzigen. Een correctie wordt een nieuwe versie
              via het secretariaat.
            </p>
            <div className="actions">
              <button
                type="button"
                className="primary"
                ref={confirmRef}
                onClick={() => {
                  const answers = confirming;
                  setConfirming(null);
                  onSubmit(answers);
                }}
              >
                Ja, definitief indienen
              </button>
              <button type="button" onClick={() => setConfirming(null)}>
                Nog niet
              </button>
            </div>
          </div>
        </div>
      )}
    </FormProvider>
  );
}
