// Generic form: the domain FieldDefs of one part, validated on submit with the domain's submit schema
// (zod resolver, Dutch messages), every change handed to `onChange` for autosave, and an explicit
// confirmation before the final submission. A failed submission shows a summary at the top that names each
// field and links to it; the save state and the submit button sit in a bar fixed to the bottom of a phone.
import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { FieldDef, FormType, PartId } from '@praktijkvolg/domain';
import { importPatiently } from '../../app/firestore';
import { fromUiValues, type UiValues } from './answers';
import { summaryLine } from './errorSummary';
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
  /** Shown next to the submit button in the bottom bar (the save state). */
  barStatus?: ReactNode;
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

/**
 * A summary link moves focus into the field itself (a fieldset's first input), not only the scroll
 * position, and keeps it clear of the bottom bar.
 */
function focusField(ev: MouseEvent<HTMLAnchorElement>, path: string) {
  const target = document.getElementById(fieldId(path));
  if (!target) return;
  ev.preventDefault();
  const input =
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
      ? target
      : (target.querySelector<HTMLElement>('input, textarea, select, button') ?? target);
  target.scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
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
  barStatus,
}: Props) {
  const resolver = useMemo<Resolver<UiValues>>(() => {
    // The submit schema (zod) is in ./converters.ts, which the form route loads once the form is interactive
    // (the full SDK's listeners read through it); offline before it arrived, a submission waits for it.
    let check: Promise<Resolver<Record<string, unknown>>> | undefined;
    // Validate the answers as they will be stored (empty inputs dropped), with paths equal to the inputs'.
    return async (values, context, options) => {
      check ??= importPatiently(() => import('./converters')).then((c) => c.submitResolver(formType, partId));
      return (await check)(
        fromUiValues(fields, values, true),
        context,
        options as never,
      ) as unknown as Awaited<ReturnType<Resolver<UiValues>>>;
    };
  }, [formType, partId, fields]);

  const methods = useForm<UiValues>({
    defaultValues: initialValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus goes to the error summary instead, which names every field (see below).
    shouldFocusError: false,
  });
  const { handleSubmit, subscribe, formState } = methods;
  const [confirming, setConfirming] = useState<Record<string, unknown> | null>(null);
  // Bumped on every failed submission, so a second failed attempt moves focus to the summary again.
  const [summaryShown, setSummaryShown] = useState(0);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

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

  // react-hook-form publishes the errors after calling onInvalid: focus the summary on the first render
  // that shows it after a failed attempt, not on later re-validations while typing.
  const focusedAttempt = useRef(0);
  useEffect(() => {
    if (summaryShown === 0) focusedAttempt.current = 0;
    else if (summaryShown > focusedAttempt.current && summaryRef.current) {
      focusedAttempt.current = summaryShown;
      summaryRef.current.focus();
    }
  });

  const errors = flattenErrors(formState.errors, fields);

  return (
    <FormProvider {...methods}>
      <form
        noValidate
        data-ready="true"
        onSubmit={handleSubmit(
          (answers) => {
            setSummaryShown(0);
            setConfirming(answers as Record<string, unknown>);
          },
          () => setSummaryShown((n) => n + 1),
        )}
      >
        {summaryShown > 0 && errors.length > 0 && (
          <div
            className="banner error"
            role="alert"
            tabIndex={-1}
            ref={summaryRef}
            aria-labelledby="error-summary-title"
            data-testid="error-summary"
          >
            <h2 id="error-summary-title">Nog niet compleet</h2>
            <p>
              {errors.length === 1
                ? 'Eén antwoord moet nog worden aangevuld of verbeterd:'
                : `${errors.length} antwoorden moeten nog worden aangevuld of verbeterd:`}
            </p>
            <ul>
              {errors.slice(0, 12).map((e) => (
                <li key={e.path}>
                  <a href={`#${fieldId(e.path)}`} onClick={(ev) => focusField(ev, e.path)}>
                    {summaryLine(fields, e.path, e.message)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {fields.map((f) => (
          <FieldInput key={f.key} field={f} />
        ))}
        <div className="form-bar" data-testid="form-bar">
          {barStatus}
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
