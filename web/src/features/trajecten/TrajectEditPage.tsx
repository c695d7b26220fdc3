// Secretariat: create or edit a traject and its role assignments (koppelingen). The form (react-hook-form)
// is validated with the domain's traject schema; role conflicts are checked with the domain policies while
// editing and explained in Dutch before anything is written; the rules check the same again and a refusal by
// them is explained too.
import { useEffect, useId, useMemo, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { Link, useLocation, useParams } from 'wouter';
import { ZodError } from 'zod';
import {
  PROGRAMME_IDS,
  PROGRAMMES,
  TRAJECT_ROLE_LABELS,
  TRAJECT_STATUS_LABELS,
  TRAJECT_STATUSES,
  type RoleAssignments,
  type RoleViolation,
  type TrajectRole,
} from '@praktijkvolg/domain';
import { dutchMessage, isPermissionDenied } from '../../app/errors';
import { hasStaff, useSignedIn } from '../../app/session';
import { ExportDossier } from '../exports/ExportDossier';
import { useInstitutePeople, type Person } from '../people/queries';
import { TrajectVoortgangStaff } from './TrajectVoortgang';
import { RetentionPanel } from '../retention/RetentionPanel';
import type { TrajectDoc } from './model';
import { LateFormsStep, LateFormsSummary, lateReview } from './LateFormsStep';
import { NewPerson } from './NewPerson';
import { PausesEditor } from './PausesEditor';
import { useTraject } from './queries';
import { checkTrajectChange, newTrajectId, RoleConflictError, useSaveTraject } from './saveTraject';
import { RoleEditor } from './RoleEditor';
import {
  emptyTraject,
  fieldsToSave,
  parseFactor,
  trajectErrors,
  trajectFieldLabel,
  trajectResolver,
  valuesOf,
  type TrajectValues,
} from './trajectForm';

const REFUSED_BY_RULES =
  'De beveiligingsregels weigerden deze wijziging. Dat gebeurt bij een rolconflict (een werkplekbegeleider mag geen assessor of leidinggevende van de deelnemer zijn, ook niet als hij of zij eerder werkplekbegeleider was; niemand heeft twee rollen tenzij de opleiding dat toestaat), als je jezelf een rol geeft, bij een traject van een ander instituut, of als iemand anders het traject intussen heeft gewijzigd (laad de pagina dan opnieuw).';

export default function TrajectEditPage() {
  const { trajectId } = useParams();
  const session = useSignedIn();
  const existing = useTraject(trajectId, !!trajectId);
  if (trajectId && existing.isPending) return <p role="status">Traject laden…</p>;
  if (trajectId && (existing.isError || !existing.data)) {
    return (
      <div className="banner error" role="alert">
        <p>{existing.isError ? dutchMessage(existing.error) : 'Dit traject bestaat niet.'}</p>
      </div>
    );
  }
  return (
    <Editor
      key={trajectId ?? 'nieuw'}
      session={session}
      before={existing.data ?? undefined}
      trajectId={trajectId}
    />
  );
}

function Editor({
  session,
  before,
  trajectId,
}: {
  session: ReturnType<typeof useSignedIn>;
  before: TrajectDoc | undefined;
  trajectId: string | undefined;
}) {
  const [, navigate] = useLocation();
  const id = useId();
  const institute = session.claims.institute ?? '';
  const methods = useForm<TrajectValues>({
    defaultValues: before ? valuesOf(before) : emptyTraject(),
    resolver: useMemo(() => trajectResolver(), []),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, setValue, getValues, control, formState } = methods;
  const draft = useWatch({ control }) as TrajectValues;
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState(false);
  const people = useInstitutePeople(institute);
  const save = useSaveTraject(session.actor);
  const programme = PROGRAMMES[draft.programme];
  const traineeLabel = `Naam ${TRAJECT_ROLE_LABELS[programme.traineeRole].label.toLowerCase()}`;

  useEffect(() => {
    document.title = `${before ? before.traineeName : 'Nieuw traject'} – Praktijkvolg`;
  }, [before]);

  const violations: RoleViolation[] = checkTrajectChange(session.actor, before, {
    ...draft,
    instituteId: institute,
  });

  // Roles and names are edited with buttons and pickers, not inputs: set into the form like any change.
  const setRoles = (roles: RoleAssignments, names = getValues('names'), traineeName?: string) => {
    setSaved(false);
    setValue('roles', roles, { shouldDirty: true });
    setValue('names', names, { shouldDirty: true });
    if (traineeName !== undefined) setValue('traineeName', traineeName, { shouldDirty: true });
  };
  const addToRole = (role: TrajectRole, person: Pick<Person, 'uid' | 'displayName'>) => {
    const d = getValues();
    const current = d.roles[role] ?? [];
    if (current.includes(person.uid)) return;
    const trainee =
      role === PROGRAMMES[d.programme].traineeRole && !d.traineeName ? person.displayName : undefined;
    setRoles(
      { ...d.roles, [role]: [...current, person.uid] },
      { ...d.names, [person.uid]: person.displayName },
      trainee,
    );
  };
  const removeFromRole = (role: TrajectRole, uid: string) => {
    const roles = { ...getValues('roles') };
    const left = (roles[role] ?? []).filter((u) => u !== uid);
    if (left.length) roles[role] = left;
    else delete roles[role];
    setRoles(roles);
  };

  const [review, setReview] = useState<{ values: TrajectValues; now: Date } | null>(null);
  const onValid = (values: TrajectValues) => {
    setAttempted(true);
    if (violations.length > 0) return;
    const now = new Date();
    if (lateReview(before, values, now)) setReview({ values, now });
    else write(values);
  };
  const write = (values: TrajectValues, lateForms = before?.lateForms) => {
    const targetId = trajectId ?? newTrajectId();
    save.mutate(
      { trajectId: targetId, before, fields: fieldsToSave(values, institute, lateForms) },
      {
        onSuccess: (savedId) => {
          setSaved(true);
          setReview(null);
          if (!trajectId) navigate(`/trajecten/${savedId}`, { replace: true });
        },
      },
    );
  };

  const saveError = save.error;
  const messages = trajectErrors(formState.errors).map(
    (e) => `${trajectFieldLabel(e.path, traineeLabel)}: ${e.message}`,
  );
  let conflictList: RoleViolation[] = [];
  if (saveError instanceof RoleConflictError) conflictList = saveError.violations;
  else if (saveError instanceof ZodError) messages.push(saveError.issues.map((i) => i.message).join(' '));
  else if (saveError && isPermissionDenied(saveError)) messages.push(REFUSED_BY_RULES);
  else if (saveError) messages.push(dutchMessage(saveError));

  const fieldError = (name: 'traineeName' | 'workplace' | 'startDate' | 'partTimeFactor') => {
    const message = formState.errors[name]?.message;
    return {
      invalid: message ? true : undefined,
      describedBy: message ? `${id}-${name}-error` : undefined,
      text: message ? (
        <span className="error-text" id={`${id}-${name}-error`}>
          {message}
        </span>
      ) : null,
    };
  };
  const trainee = fieldError('traineeName');
  const workplace = fieldError('workplace');
  const start = fieldError('startDate');
  const factor = fieldError('partTimeFactor');

  return (
    <div>
      <p className="muted">
        <Link to="/trajecten">Alle trajecten</Link>
      </p>
      <h1>{before ? `Traject ${before.traineeName}` : 'Nieuw traject'}</h1>
      {before && <ExportDossier traject={before} />}
      <FormProvider {...methods}>
        <form
          onSubmit={handleSubmit(onValid, () => setAttempted(true))}
          onChange={() => setSaved(false)}
          noValidate
        >
          <div className="field">
            <label htmlFor={`${id}-programme`}>Opleiding</label>
            {/* An existing traject keeps its programme: shown, not registered (its default value stays). */}
            <select
              id={`${id}-programme`}
              disabled={!!before}
              {...(before ? { value: before.programme, onChange: () => {} } : register('programme'))}
            >
              {PROGRAMME_IDS.map((p) => (
                <option key={p} value={p}>
                  {PROGRAMMES[p].label}
                </option>
              ))}
            </select>
            <span className="help">{programme.description}</span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-trainee`}>{traineeLabel}</label>
            <input
              id={`${id}-trainee`}
              type="text"
              maxLength={200}
              aria-invalid={trainee.invalid}
              aria-describedby={trainee.describedBy}
              {...register('traineeName')}
            />
            {trainee.text}
          </div>
          <div className="field">
            <label htmlFor={`${id}-workplace`}>Opleidingspraktijk of school</label>
            <input
              id={`${id}-workplace`}
              type="text"
              maxLength={200}
              aria-invalid={workplace.invalid}
              aria-describedby={workplace.describedBy}
              {...register('workplace')}
            />
            {workplace.text}
          </div>
          <div className="field">
            <label htmlFor={`${id}-start`}>Startdatum</label>
            <input
              id={`${id}-start`}
              type="date"
              aria-invalid={start.invalid}
              aria-describedby={start.describedBy}
              {...register('startDate')}
            />
            {start.text}
          </div>
          <div className="field">
            <label htmlFor={`${id}-factor`}>Deeltijdfactor</label>
            <span className="help" id={`${id}-factor-help`}>
              1 = voltijd; 0,8 = vier dagen per week. Deadlines schuiven naar rato op.
            </span>
            <input
              id={`${id}-factor`}
              type="number"
              min={0.5}
              max={1}
              step={0.05}
              aria-invalid={factor.invalid}
              aria-describedby={[`${id}-factor-help`, factor.describedBy].filter(Boolean).join(' ')}
              {...register('partTimeFactor', { setValueAs: parseFactor })}
            />
            {factor.text}
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select id={`${id}-status`} {...register('status')}>
              {TRAJECT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {TRAJECT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>

          <PausesEditor />

          <section className="section" aria-labelledby={`${id}-roles`}>
            <h2 id={`${id}-roles`}>Rollen (koppelingen)</h2>
            {people.isError && (
              <p className="banner error" role="alert">
                Personen konden niet worden geladen: {dutchMessage(people.error)}
              </p>
            )}
            {programme.roles.map((spec) => (
              <RoleEditor
                key={spec.role}
                role={spec.role}
                min={spec.min}
                max={spec.max}
                description={spec.description}
                holders={draft.roles[spec.role] ?? []}
                names={draft.names}
                people={people.data ?? []}
                violations={violations.filter((v) => v.roles?.includes(spec.role))}
                onAdd={(p) => addToRole(spec.role, p)}
                onRemove={(uid) => removeFromRole(spec.role, uid)}
              />
            ))}
            <NewPerson institute={institute} />
          </section>

          {violations.length > 0 && (
            <div
              className={attempted ? 'banner error' : 'banner warn'}
              role={attempted ? 'alert' : 'status'}
              data-testid="role-conflicts"
            >
              <h2>{attempted ? 'Niet opgeslagen: los eerst deze punten op' : 'Let op'}</h2>
              <ul>
                {violations.map((v, i) => (
                  <li key={i}>{v.message}</li>
                ))}
              </ul>
            </div>
          )}
          {(messages.length > 0 || conflictList.length > 0) && (
            <div className="banner error" role="alert" data-testid="save-error">
              <h2>Niet opgeslagen</h2>
              <ul>
                {messages.map((m, i) => (
                  <li key={`m${i}`}>{m}</li>
                ))}
                {conflictList.map((v, i) => (
                  <li key={`c${i}`}>{v.message}</li>
                ))}
              </ul>
            </div>
          )}
          {saved && (
            <div className="banner ok" role="status">
              <p>Traject opgeslagen. De formulieren en deadlines worden bijgewerkt.</p>
            </div>
          )}
          <LateFormsStep
            review={review}
            before={before}
            busy={save.isPending}
            onCancel={() => setReview(null)}
            onSave={write}
          />
          <div className="actions" hidden={!!review}>
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? 'Opslaan…' : 'Traject opslaan'}
            </button>
          </div>
        </form>
      </FormProvider>
      {before && <LateFormsSummary traject={before} />}
      {before && <TrajectVoortgangStaff traject={before} />}
      {before && <RetentionPanel traject={before} isAdmin={hasStaff(session, 'admin')} />}
    </div>
  );
}
