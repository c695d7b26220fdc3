// The route an e-mailed link opens: /formulieren/:formId/:partId. Loads the rater's part, shows the form
// (autosaved, also offline) or, once submitted, the read-only answers and whatever other parts the rules
// let this person see.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  fieldsForPart,
  formatDate,
  formatDateTime,
  formatDueRelative,
  getFormDefinition,
  isStaffRole,
  isTrajectRole,
  mayActOnPart,
  partLabel,
  partRefusal,
  TRAJECT_ROLE_LABELS,
  TRAJECT_ROLES,
  type FieldDef,
  type FormDefinition,
  type FormType,
  type PartId,
} from '@praktijkvolg/domain';
import { dutchMessage, isPermissionDenied } from '../../app/errors';
import { useOnline } from '../../app/online';
import { useSignedIn, type SignedIn } from '../../app/session';
import { useTraject } from '../trajecten/queries';
import type { TrajectDoc } from '../trajecten/model';
import { toUiValues, fromUiValues, type UiValues } from './answers';
import { AnswersView } from './AnswersView';
import { answersHeading, otherWriter, partFillerText } from './Designation';
import {
  chooseStart,
  clearLocalDraft,
  markLocalDraftSynced,
  readLocalDraft,
  writeLocalDraft,
} from './draftStore';
import { FormRenderer } from './FormRenderer';
import { formLikeOf, trajectIdOfForm, type FormEnvelope, type FormPart } from './model';
import { OtherParts } from './OtherParts';
import { ReturnedNotice } from './ReturnedNotice';
import { saveDraft, submitPart, useEnvelope, usePart } from './queries';

// Only the hoofd opleiding's decision form needs the advice overview: keep it out of the form chunk.
const AdviceOverview = lazy(() => import('../beslissing/AdviceOverview'));

const AUTOSAVE_MS = 800;

export default function FormPage() {
  const { formId = '', partId = '' } = useParams();
  const session = useSignedIn();
  const part = usePart(formId, partId);
  const envelope = useEnvelope(formId);
  const traject = useTraject(trajectIdOfForm(formId), !session.claims.linkPart);
  const [submitError, setSubmitError] = useState<string>();
  // What this person just submitted: a single-use-link session may no longer read its part once the server
  // has it, so the confirmation must not depend on reading it back.
  const [submitted, setSubmitted] = useState<{ formType: FormType; answers: Record<string, unknown> }>();

  useEffect(() => {
    document.title = 'Formulier – Praktijkvolg';
  }, []);

  if (!isTrajectRole(partId) && !isStaffRole(partId))
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
  if (part.isError) {
    if (submitted) {
      const def = getFormDefinition(submitted.formType);
      return (
        <article>
          <h1>{def.title}</h1>
          <div className="banner ok" role="status" data-testid="submitted">
            <h2>Ingediend</h2>
            <p>
              Je deel is ingediend. Dank je wel!{' '}
              {session.claims.linkPart ? 'Je kunt dit venster nu sluiten.' : ''}
            </p>
          </div>
          <h2>Jouw antwoorden</h2>
          <AnswersView fields={fieldsForPart(def, partId)} answers={submitted.answers} />
        </article>
      );
    }
    if (isPermissionDenied(part.error)) {
      return (
        <Refusal
          session={session}
          partId={partId}
          envelope={envelope.data ?? undefined}
          traject={traject.data ?? undefined}
        />
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
  const env = envelope.data ?? undefined;

  return (
    <article>
      <FormHeader def={def} part={p} partId={partId} envelope={env} traject={traject.data ?? undefined} />
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
      {p.status !== 'submitted' && p.returned && <ReturnedNotice def={def} returned={p.returned} />}
      {p.status === 'submitted' ? (
        <Submitted part={p} fields={fields} session={session} names={traject.data?.names} />
      ) : (
        <Editable
          key={`${formId}/${partId}`}
          session={session}
          part={p}
          partId={partId}
          def={def}
          fields={fields}
          envelope={env}
          traject={traject.data ?? undefined}
          onSubmitting={(answers) => setSubmitted(answers && { formType: p.formType, answers })}
          onSubmitError={setSubmitError}
        />
      )}
      {env && !session.claims.linkPart && (
        <OtherParts
          envelope={env}
          def={def}
          myPartId={partId}
          myPart={p}
          session={session}
          traject={traject.data ?? undefined}
        />
      )}
    </article>
  );
}

function FormHeader({
  def,
  part,
  partId,
  envelope,
  traject,
}: {
  def: FormDefinition;
  part: FormPart;
  partId: PartId;
  envelope: FormEnvelope | undefined;
  traject: TrajectDoc | undefined;
}) {
  const partDef = def.parts.find((x) => x.partId === partId);
  const now = new Date();
  return (
    <header>
      <p className="muted">
        <Link to="/">Mijn overzicht</Link>
        {envelope && (
          <>
            {' · '}
            <Link to={`/formulieren/${part.formId}`}>Alle delen van dit formulier</Link>
          </>
        )}
      </p>
      <h1>{envelope?.title ?? def.title}</h1>
      <p>
        <strong>{partDef?.label ?? partLabel(partId)}</strong>
        {traject && <> · {traject.traineeName}</>}
      </p>
      {envelope && (
        <p>
          Uiterlijk {formatDate(envelope.dueAt)}{' '}
          <span className={envelope.dueAt < now && part.status !== 'submitted' ? 'chip bad' : 'chip neutral'}>
            {formatDueRelative(envelope.dueAt, now)}
          </span>
        </p>
      )}
      <details>
        <summary>Over dit formulier</summary>
        <p>{def.description}</p>
      </details>
    </header>
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

/** Explains in Dutch why this person may not fill this part (the rules refused to show it). */
export function refusalReason(
  session: SignedIn,
  partId: PartId,
  envelope: FormEnvelope | undefined,
  traject: TrajectDoc | undefined,
): string {
  if (envelope) {
    // From the part's state: sealed, not in yet, submitted on ..., window closed (docs/rules.md).
    const reason = partRefusal(session.actor, envelope, partId, {
      now: new Date(),
      ...(traject && { traject }),
    });
    if (reason) return reason;
  }
  const myRoles = traject ? TRAJECT_ROLES.filter((r) => traject.roles[r]?.includes(session.uid)) : [];
  if (myRoles.includes('werkplekbegeleider') && (partId === 'assessor' || partId === 'tweede_assessor')) {
    return `Je bent werkplekbegeleider van ${traject?.traineeName ?? 'deze deelnemer'}. Een werkplekbegeleider mag nooit ${partId === 'assessor' ? 'assessor' : 'tweede assessor'} zijn bij het summatief lesbezoek van de deelnemer die hij of zij begeleidt. Dit deel vult de ${partLabel(partId).toLowerCase()} in.`;
  }
  if (myRoles.length > 0) {
    return `Dit deel is voor de ${partLabel(partId).toLowerCase()}. Jij bent ${myRoles.map((r) => TRAJECT_ROLE_LABELS[r].label.toLowerCase()).join(' en ')} in dit traject en kunt dit deel daarom niet invullen of inzien.`;
  }
  if (session.claims.staff.length > 0)
    return 'Medewerkers van het instituut beheren trajecten maar schrijven geen beoordelingen in andermans deel.';
  return 'Je hebt geen toegang tot dit formulier. Klopt dat niet? Neem contact op met het secretariaat van je opleiding.';
}

function Refusal({
  session,
  partId,
  envelope,
  traject,
}: {
  session: SignedIn;
  partId: PartId;
  envelope: FormEnvelope | undefined;
  traject: TrajectDoc | undefined;
}) {
  return (
    <div>
      <h1>Geen toegang tot dit deel</h1>
      <div className="banner error" role="alert" data-testid="refusal">
        <p>{refusalReason(session, partId, envelope, traject)}</p>
      </div>
      <p>
        <Link to="/">Naar mijn overzicht</Link>
      </p>
    </div>
  );
}

function Submitted({
  part,
  fields,
  session,
  names,
}: {
  part: FormPart;
  fields: readonly FieldDef[];
  session: SignedIn;
  names: Record<string, string> | undefined;
}) {
  useEffect(() => {
    clearLocalDraft(session.uid, part.formId, part.partId);
  }, [session.uid, part.formId, part.partId]);
  return (
    <section aria-labelledby="submitted-title">
      <div
        className={part.pendingWrites ? 'banner warn' : 'banner ok'}
        role="status"
        aria-live="polite"
        data-testid="submitted"
      >
        <h2 id="submitted-title">
          {part.pendingWrites ? 'Ingediend, nog niet gesynchroniseerd' : 'Ingediend'}
        </h2>
        <p>
          {part.pendingWrites
            ? 'Je antwoorden staan klaar op dit apparaat en worden verstuurd zodra er weer verbinding is. Sluit de app niet af voordat dit bericht verdwijnt.'
            : `Je deel is ingediend${part.submittedAt ? ` op ${formatDateTime(part.submittedAt)}` : ''}. Het kan niet meer worden gewijzigd.`}
        </p>
      </div>
      <div className="actions no-print">
        <Link className="button" to={`/formulieren/${part.formId}/afdrukken`}>
          Afdrukken of opslaan als PDF
        </Link>
      </div>
      {/* A shared part (duo-opleiders, a waarnemer) says who wrote it: docs/rules.md, "Who fills an assessment part". */}
      <h2>{answersHeading(part, names, session.uid)}</h2>
      {part.designation && <p className="muted">{partFillerText(part, names, session.uid)}</p>}
      <AnswersView fields={fields} answers={part.answers} />
    </section>
  );
}

type SaveState = 'idle' | 'typing';

function SyncState({
  state,
  part,
  online,
  error,
}: {
  state: SaveState;
  part: FormPart;
  online: boolean;
  error: string | undefined;
}) {
  let text: string;
  let cls: string;
  if (error) {
    text = `Opslaan mislukt: ${error}`;
    cls = 'chip bad';
  } else if (state === 'typing') {
    text = 'Opslaan…';
    cls = 'chip neutral';
  } else if (part.pendingWrites) {
    text = online
      ? 'Nog niet gesynchroniseerd (bezig met versturen)'
      : 'Nog niet gesynchroniseerd: je bent offline, je antwoorden staan veilig op dit apparaat';
    cls = 'chip warn';
  } else if (part.status === 'draft') {
    text = `Opgeslagen${part.updatedAt ? ` (${formatDateTime(part.updatedAt)})` : ''}`;
    cls = 'chip ok';
  } else {
    text = 'Nog niets ingevuld; wat je typt wordt automatisch bewaard';
    cls = 'chip neutral';
  }
  return (
    <div className="sync-state" role="status" aria-live="polite">
      <span
        className={cls}
        data-testid="sync-state"
        data-state={
          error
            ? 'error'
            : state === 'typing'
              ? 'saving'
              : part.pendingWrites
                ? 'pending'
                : part.status === 'draft'
                  ? 'saved'
                  : 'empty'
        }
      >
        {text}
      </span>
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
}: EditableProps) {
  const online = useOnline();
  const { uid } = session;
  const { formId, formType } = part;
  const [start] = useState(() => {
    const local = readLocalDraft(uid, formId, partId);
    return chooseStart(local, part.updatedAt) === 'local' && local
      ? { values: local.values as UiValues, unsynced: true }
      : { values: toUiValues(fields, part.answers), unsynced: false };
  });
  const [state, setState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<{ values: UiValues; savedAt: number } | undefined>(undefined);

  // What a save needs, kept in a ref so the save functions below are stable: effects that depend on them
  // (unload, unmount) must not re-run, and flush pending writes, on every render.
  const target = useRef({ formId, partId, formType, fields, uid });
  useEffect(() => {
    target.current = { formId, partId, formType, fields, uid };
  });

  /** Sends the pending values (no React state here, so it can run from effects too). */
  const send = useCallback(() => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (!next) return;
    const t = target.current;
    // Not awaited: offline the promise only settles once the server has the write. A validation error
    // (thrown synchronously by the schema) is reported the same way as a refused write.
    Promise.resolve()
      .then(() => saveDraft(t.formId, t.partId, t.formType, fromUiValues(t.fields, next.values), t.uid))
      .then(() => {
        markLocalDraftSynced(t.uid, t.formId, t.partId, next.savedAt);
        setSaveError(undefined);
      })
      .catch((err: unknown) => setSaveError(dutchMessage(err)));
  }, []);

  const flush = useCallback(() => {
    setState('idle');
    send();
  }, [send]);

  const onChange = useCallback(
    (values: UiValues) => {
      const t = target.current;
      const savedAt = Date.now();
      writeLocalDraft(t.uid, t.formId, t.partId, { values, savedAt, synced: false });
      pending.current = { values, savedAt };
      setState('typing');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, AUTOSAVE_MS);
    },
    [flush],
  );

  // A local copy the server has not seen (e.g. typed just before a reload): send it now.
  useEffect(() => {
    if (start.unsynced) {
      pending.current = { values: start.values, savedAt: Date.now() };
      send();
    }
  }, [start, send]);

  // Leaving the page or hiding the tab: write what is pending at once.
  useEffect(() => {
    const onHide = () => send();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      send();
    };
  }, [send]);

  useEffect(() => {
    performance.mark('pv:form-interactive');
  }, []);

  const decision = mayActOnPart(session.actor, formLikeOf(envelope, part, partId)!, partId, {
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
    window.clearTimeout(timer.current);
    pending.current = undefined;
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
        onSubmitError(dutchMessage(err));
      });
  };

  return (
    <section aria-label="Invullen">
      <SyncState state={state} part={part} online={online} error={saveError} />
      {part.status === 'draft' && otherWriter(part, traject?.names, uid) && (
        <p className="muted">Gedeeld deel: {otherWriter(part, traject?.names, uid)} bewaarde het laatst.</p>
      )}
      <p className="muted">
        Velden zonder “(optioneel)” zijn nodig om in te dienen. Tussentijds opslaan hoeft niet: alles wordt
        automatisch bewaard, ook zonder verbinding.
      </p>
      <FormRenderer
        formType={formType}
        partId={partId}
        fields={fields}
        initialValues={start.values}
        onChange={onChange}
        onSubmit={onSubmit}
        submitting={submitting}
        submitLabel={def.parts.length > 1 ? 'Mijn deel indienen' : 'Indienen'}
      />
    </section>
  );
}
