// The route an e-mailed link opens: /formulieren/:formId/:partId. Loads the rater's part, shows the form
// (autosaved, also offline) or, once submitted, the read-only answers and whatever other parts the rules
// let this person see.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import {
  fieldsForPart,
  getFormDefinition,
  isPartId,
  mayActOnPart,
  type FieldDef,
  type FormDefinition,
  type FormType,
  type PartId,
} from '@praktijkvolg/domain';
import { dutchMessage, isPermissionDenied } from '../../app/errors';
import { importPatiently } from '../../app/firestore';
import { useOnline } from '../../app/online';
import { useSignedIn, type SignedIn } from '../../app/session';
import { useTraject } from '../trajecten/queries';
import type { TrajectDoc } from '../trajecten/model';
import { AnswersView } from './AnswersView';
import { otherWriter } from './Designation';
import { clearLocalDraft } from './draftStore';
import { FormHeader, whoOfForm } from './FormHeader';
import { FormRenderer } from './FormRenderer';
import { formLikeOf, trajectIdOfForm, type FormEnvelope, type FormPart } from './model';
import { submitPart, useEnvelope, usePart } from './queries';
import { refusalReason, writeFailureReason, type RefusalContext } from './refusalReason';
import { ReturnedNotice } from './ReturnedNotice';
import { Submitted, SubmittedConfirmation } from './Submitted';
import { SyncState } from './SyncState';
import { useAutosave } from './useAutosave';

// Only the hoofd opleiding's decision form needs the advice overview: keep it out of the form chunk.
const AdviceOverview = lazy(() => import('../beslissing/AdviceOverview'));
// Not needed for the form to be interactive (docs/architecture.md, "The form route on a phone"): the other parts
// below it and a reopened part's notice load when shown; offline before the service worker had them, they wait
// for the connection instead of failing.
const OtherParts = lazy(() =>
  importPatiently(() => import('./OtherParts')).then((m) => ({ default: m.OtherParts })),
);
const ReopenedNotice = lazy(() =>
  importPatiently(() => import('./ReopenedNotice')).then((m) => ({ default: m.ReopenedNotice })),
);

/** What this person just submitted, and when (on this device). */
interface JustSubmitted {
  formType: FormType;
  answers: Record<string, unknown>;
  at: Date;
}

export default function FormPage() {
  const { formId = '', partId = '' } = useParams();
  const session = useSignedIn();
  const part = usePart(formId, partId);
  const envelope = useEnvelope(formId);
  const traject = useTraject(trajectIdOfForm(formId), !session.claims.linkPart);
  const [submitError, setSubmitError] = useState<string>();
  // A single-use-link session may no longer read its part once the server has it, so the confirmation
  // must not depend on reading it back.
  const [submitted, setSubmitted] = useState<JustSubmitted>();
  // The other parts below the form wait until it is interactive, so their chunk is not fetched before.
  const [interactive, setInteractive] = useState(false);

  useEffect(() => {
    document.title = 'Formulier – Praktijkvolg';
  }, []);

  if (!isPartId(partId))
    return (
      <Problem
        title="Onbekend formulierdeel"
        text="Deze link klopt niet. Controleer of je de hele link uit de e-mail hebt gebruikt."
      />
    );

  // The traject decides act-time separation checks (a werkplekbegeleider never assesses): wait for it, so a
  // form is never shown first and refused a moment later.
  if (part.isPending || (!session.claims.linkPart && traject.isPending)) {
    return (
      <p role="status" aria-live="polite">
        Formulier laden…
      </p>
    );
  }
  const env = envelope.data ?? undefined;
  const t = traject.data ?? undefined;
  if (part.isError) {
    if (submitted) {
      const def = getFormDefinition(submitted.formType);
      return (
        <article>
          <h1>{def.title}</h1>
          <SubmittedConfirmation
            at={submitted.at}
            pending={false}
            formId={formId}
            linkSession={!!session.claims.linkPart}
            focus
          />
          <h2>Jouw antwoorden</h2>
          <AnswersView fields={fieldsForPart(def, partId)} answers={submitted.answers} />
        </article>
      );
    }
    if (isPermissionDenied(part.error)) {
      const reason = refusalReason({
        actor: session.actor,
        partId,
        form: env,
        traject: t,
        now: new Date(),
      });
      return (
        <div>
          <h1>Geen toegang tot dit deel</h1>
          <div className="banner error" role="alert" data-testid="refusal">
            <p>{reason}</p>
          </div>
          <p>
            <Link to="/">Naar mijn overzicht</Link>
          </p>
        </div>
      );
    }
    return <Problem title="Het formulier kon niet worden geladen" text={dutchMessage(part.error)} />;
  }
  if (part.data === null)
    return (
      <Problem
        title="Formulier niet gevonden"
        text="Dit formulier bestaat niet (meer). Misschien is het traject gewijzigd; kijk op je overzicht wat er nu openstaat."
      />
    );

  const p = part.data;
  const def = getFormDefinition(p.formType);
  const fields = fieldsForPart(def, partId);
  const who = whoOfForm(p, env, t, { uid: session.uid, displayName: session.user.displayName });

  return (
    <article>
      <FormHeader def={def} part={p} partId={partId} envelope={env} who={who} />
      {submitError && (
        <div className="banner error" role="alert">
          <p>Indienen is niet gelukt: {submitError}</p>
        </div>
      )}
      {partId === 'hoofd_opleiding' && p.formType === 'voortgangsbeslissing' && (
        <Suspense fallback={<p>Adviezen laden…</p>}>
          <AdviceOverview trajectId={p.trajectId} />
        </Suspense>
      )}
      {p.reopened && (
        <Suspense fallback={null}>
          <ReopenedNotice reopened={p.reopened} status={p.status} version={p.version} />
        </Suspense>
      )}
      {p.status !== 'submitted' && p.returned && <ReturnedNotice def={def} returned={p.returned} />}
      {p.status === 'submitted' ? (
        <Submitted part={p} fields={fields} session={session} names={t?.names} justSubmitted={submitted} />
      ) : (
        <Editable
          key={`${formId}/${partId}`}
          session={session}
          part={p}
          partId={partId}
          def={def}
          fields={fields}
          envelope={env}
          traject={t}
          onSubmitting={(answers) =>
            setSubmitted(answers && { formType: p.formType, answers, at: new Date() })
          }
          onSubmitError={setSubmitError}
          onInteractive={setInteractive}
        />
      )}
      {env && !session.claims.linkPart && (p.status === 'submitted' || interactive) && (
        <Suspense fallback={null}>
          <OtherParts envelope={env} def={def} myPartId={partId} myPart={p} session={session} traject={t} />
        </Suspense>
      )}
    </article>
  );
}

function Problem({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <h1>{title}</h1>
      <div className="banner error" role="alert">
        <p>{text}</p>
      </div>
      <p>
        <Link to="/">Naar mijn overzicht</Link>
      </p>
    </div>
  );
}

interface EditableProps {
  session: SignedIn;
  part: FormPart;
  partId: PartId;
  def: FormDefinition;
  fields: readonly FieldDef[];
  envelope: FormEnvelope | undefined;
  traject: TrajectDoc | undefined;
  /** Called with the answers when the submission is fired, and with undefined when it failed. */
  onSubmitting: (answers: Record<string, unknown> | undefined) => void;
  onSubmitError: (message: string | undefined) => void;
  /** Called with true once the form is interactive (its performance mark is set). */
  onInteractive: (interactive: true) => void;
}

function Editable({
  session,
  part,
  partId,
  def,
  fields,
  envelope,
  traject,
  onSubmitting,
  onSubmitError,
  onInteractive,
}: EditableProps) {
  const online = useOnline();
  const { uid } = session;
  const { formId, formType } = part;
  const [submitting, setSubmitting] = useState(false);
  const form = formLikeOf(envelope, part, partId);
  const failureContext = (): RefusalContext => ({
    actor: session.actor,
    partId,
    form,
    traject,
    now: new Date(),
  });
  const describe = (err: unknown) =>
    writeFailureReason(
      isPermissionDenied(err) ? { refused: true } : { refused: false, message: dutchMessage(err) },
      failureContext(),
    );
  const autosave = useAutosave(
    { uid, formId, partId, formType, fields, answers: part.answers, updatedAt: part.updatedAt },
    describe,
  );

  useEffect(() => {
    performance.mark('pv:form-interactive');
    onInteractive(true);
  }, [onInteractive]);

  const decision = mayActOnPart(session.actor, form!, partId, {
    now: new Date(),
    ...(traject && { traject }),
  });
  if (!decision.ok) {
    return (
      <div className="banner error" role="alert" data-testid="refusal">
        <p>{decision.reason}</p>
      </div>
    );
  }

  const onSubmit = (answers: Record<string, unknown>) => {
    autosave.cancel();
    setSubmitting(true);
    onSubmitError(undefined);
    onSubmitting(answers);
    // The snapshot turns 'submitted' at once (also offline); a refusal by the rules rolls it back.
    Promise.resolve()
      .then(() => submitPart(formId, partId, formType, answers, uid))
      .then(() => clearLocalDraft(uid, formId, partId))
      .catch((err: unknown) => {
        setSubmitting(false);
        onSubmitting(undefined);
        onSubmitError(describe(err));
      });
  };

  const other = part.status === 'draft' ? otherWriter(part, traject?.names, uid) : null;
  return (
    <section aria-label="Invullen">
      {other && <p className="muted">Gedeeld deel: {other} bewaarde het laatst.</p>}
      <p className="muted">
        Velden zonder “(optioneel)” zijn nodig om in te dienen. Tussentijds opslaan hoeft niet: alles wordt
        automatisch bewaard, ook zonder verbinding.
      </p>
      <FormRenderer
        formType={formType}
        partId={partId}
        fields={fields}
        initialValues={autosave.start.values}
        onChange={autosave.onChange}
        onSubmit={onSubmit}
        submitting={submitting}
        submitLabel={def.parts.length > 1 ? 'Mijn deel indienen' : 'Indienen'}
        barStatus={
          <SyncState state={autosave.state} part={part} online={online} error={autosave.saveError} />
        }
      />
    </section>
  );
}
