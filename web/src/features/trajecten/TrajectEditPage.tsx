// Secretariat: create or edit a traject and its role assignments (koppelingen). Conflicts are checked with
// the domain policies while editing and explained in Dutch before anything is written; the rules check the
// same again and a refusal by them is explained too.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  PROGRAMME_IDS,
  PROGRAMMES,
  TRAJECT_ROLE_LABELS,
  TRAJECT_STATUSES,
  type Pause,
  type ProgrammeId,
  type RoleAssignments,
  type RoleViolation,
  type TrajectRole,
  type TrajectStatus,
} from '@praktijkvolg/domain';
import { ZodError } from 'zod';
import { dutchMessage, isPermissionDenied } from '../../app/errors';
import { hasStaff, useSignedIn } from '../../app/session';
import { useInstitutePeople, useUpsertPerson, type Person } from '../people/queries';
import { ExportDossier } from '../exports/ExportDossier';
import { RetentionPanel } from '../retention/RetentionPanel';
import type { TrajectDoc } from './model';
import { checkTrajectChange, newTrajectId, RoleConflictError, useSaveTraject, useTraject } from './queries';

interface Draft {
  programme: ProgrammeId;
  traineeName: string;
  workplace: string;
  startDate: string;
  partTimeFactor: number;
  pauses: Pause[];
  roles: RoleAssignments;
  names: Record<string, string>;
  status: TrajectStatus;
}

const emptyDraft = (): Draft => ({
  programme: 'huisarts_jaar1',
  traineeName: '',
  workplace: '',
  startDate: '',
  partTimeFactor: 1,
  pauses: [],
  roles: {},
  names: {},
  status: 'actief',
});

const fromDoc = (t: TrajectDoc): Draft => ({
  programme: t.programme,
  traineeName: t.traineeName,
  workplace: t.workplace,
  startDate: t.startDate,
  partTimeFactor: t.partTimeFactor,
  pauses: t.pauses,
  roles: t.roles,
  names: t.names,
  status: t.status,
});

const STATUS_LABEL = { actief: 'Actief', afgerond: 'Afgerond', gestopt: 'Gestopt' } as const;

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
  const navigate = useNavigate();
  const id = useId();
  const institute = session.claims.institute ?? '';
  const [draft, setDraft] = useState<Draft>(() => (before ? fromDoc(before) : emptyDraft()));
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState(false);
  const people = useInstitutePeople(institute);
  const save = useSaveTraject(session.actor);
  const programme = PROGRAMMES[draft.programme];

  useEffect(() => {
    document.title = `${before ? before.traineeName : 'Nieuw traject'} – Praktijkvolg`;
  }, [before]);

  const violations: RoleViolation[] = checkTrajectChange(session.actor, before, {
    ...draft,
    instituteId: institute,
  });
  const missing = [
    !draft.traineeName.trim() && 'de naam van de aios of deelnemer',
    !draft.startDate && 'de startdatum',
  ].filter(Boolean) as string[];

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const addToRole = (role: TrajectRole, person: Pick<Person, 'uid' | 'displayName'>) => {
    setSaved(false);
    setDraft((d) => {
      const current = d.roles[role] ?? [];
      if (current.includes(person.uid)) return d;
      const roles = { ...d.roles, [role]: [...current, person.uid] };
      const names = { ...d.names, [person.uid]: person.displayName };
      const trainee =
        role === PROGRAMMES[d.programme].traineeRole && !d.traineeName ? person.displayName : d.traineeName;
      return { ...d, roles, names, traineeName: trainee };
    });
  };
  const removeFromRole = (role: TrajectRole, uid: string) => {
    setSaved(false);
    setDraft((d) => {
      const left = (d.roles[role] ?? []).filter((u) => u !== uid);
      const roles = { ...d.roles };
      if (left.length) roles[role] = left;
      else delete roles[role];
      return { ...d, roles };
    });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    if (violations.length > 0 || missing.length > 0) return;
    const targetId = trajectId ?? newTrajectId();
    // Roles of another programme are dropped when the programme changes.
    const allowed = new Set(programme.roles.map((r) => r.role));
    const roles = Object.fromEntries(
      Object.entries(draft.roles).filter(([r]) => allowed.has(r as TrajectRole)),
    ) as RoleAssignments;
    save.mutate(
      { trajectId: targetId, before, fields: { ...draft, roles, instituteId: institute } },
      {
        onSuccess: (savedId) => {
          setSaved(true);
          if (!trajectId) navigate(`/trajecten/${savedId}`, { replace: true });
        },
      },
    );
  };

  const saveError = save.error;
  let saveMessage: string | undefined;
  let conflictList: RoleViolation[] = [];
  if (saveError instanceof RoleConflictError) conflictList = saveError.violations;
  else if (saveError instanceof ZodError) saveMessage = saveError.issues.map((i) => i.message).join(' ');
  else if (saveError && isPermissionDenied(saveError))
    saveMessage =
      'De beveiligingsregels weigerden deze wijziging. Dat gebeurt bij een rolconflict (een werkplekbegeleider mag geen assessor of leidinggevende van de deelnemer zijn, ook niet als hij of zij eerder werkplekbegeleider was; niemand heeft twee rollen tenzij de opleiding dat toestaat), als je jezelf een rol geeft, bij een traject van een ander instituut, of als iemand anders het traject intussen heeft gewijzigd (laad de pagina dan opnieuw).';
  else if (saveError) saveMessage = dutchMessage(saveError);

  return (
    <div>
      <p className="muted">
        <Link to="/trajecten">Alle trajecten</Link>
      </p>
      <h1>{before ? `Traject ${before.traineeName}` : 'Nieuw traject'}</h1>
      {before && <ExportDossier traject={before} />}
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-programme`}>Opleiding</label>
          <select
            id={`${id}-programme`}
            value={draft.programme}
            onChange={(e) => set('programme', e.target.value as ProgrammeId)}
            disabled={!!before}
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
          <label htmlFor={`${id}-trainee`}>
            Naam {TRAJECT_ROLE_LABELS[programme.traineeRole].label.toLowerCase()}
          </label>
          <input
            id={`${id}-trainee`}
            type="text"
            value={draft.traineeName}
            onChange={(e) => set('traineeName', e.target.value)}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-workplace`}>Opleidingspraktijk of school</label>
          <input
            id={`${id}-workplace`}
            type="text"
            value={draft.workplace}
            onChange={(e) => set('workplace', e.target.value)}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>Startdatum</label>
          <input
            id={`${id}-start`}
            type="date"
            value={draft.startDate}
            onChange={(e) => set('startDate', e.target.value)}
          />
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
            value={draft.partTimeFactor}
            aria-describedby={`${id}-factor-help`}
            onChange={(e) => set('partTimeFactor', Number(e.target.value))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={draft.status}
            onChange={(e) => set('status', e.target.value as TrajectStatus)}
          >
            {TRAJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>

        <Pauses pauses={draft.pauses} onChange={(p) => set('pauses', p)} />

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
        {attempted && missing.length > 0 && (
          <div className="banner error" role="alert">
            <p>Vul nog in: {missing.join(' en ')}.</p>
          </div>
        )}
        {(saveMessage || conflictList.length > 0) && (
          <div className="banner error" role="alert" data-testid="save-error">
            {saveMessage && <p>{saveMessage}</p>}
            {conflictList.length > 0 && (
              <ul>
                {conflictList.map((v, i) => (
                  <li key={i}>{v.message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {saved && (
          <div className="banner ok" role="status">
            <p>Traject opgeslagen. De formulieren en deadlines worden bijgewerkt.</p>
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Opslaan…' : 'Traject opslaan'}
          </button>
        </div>
      </form>
      {before && <RetentionPanel traject={before} isAdmin={hasStaff(session, 'admin')} />}
    </div>
  );
}

function RoleEditor(props: {
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

function NewPerson({ institute }: { institute: string }) {
  const id = useId();
  const upsert = useUpsertPerson(institute);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  return (
    <details className="card">
      <summary>Persoon staat er niet bij? Nieuwe persoon toevoegen</summary>
      <div className="field">
        <label htmlFor={`${id}-name`}>Naam</label>
        <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>E-mailadres</label>
        <input id={`${id}-email`} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      {upsert.isError && (
        <p className="banner error" role="alert">
          {dutchMessage(upsert.error)}
        </p>
      )}
      {upsert.isSuccess && (
        <p className="banner ok" role="status">
          {upsert.data.created ? 'Persoon toegevoegd.' : 'Deze persoon bestond al; gegevens bijgewerkt.'} Kies
          de persoon nu bij de juiste rol.
        </p>
      )}
      <button
        type="button"
        disabled={upsert.isPending}
        onClick={() =>
          upsert.mutate(
            { displayName: name.trim(), email: email.trim() },
            { onSuccess: () => (setName(''), setEmail('')) },
          )
        }
      >
        Persoon toevoegen
      </button>
    </details>
  );
}

function Pauses({ pauses, onChange }: { pauses: Pause[]; onChange: (p: Pause[]) => void }) {
  const id = useId();
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Onderbrekingen</h2>
      <p className="help">
        Bij ziekte of verlof staat de klok stil: deadlines na het begin van de onderbreking schuiven op.
      </p>
      {pauses.map((p, i) => (
        <fieldset className="list-item" key={i}>
          <legend>Onderbreking {i + 1}</legend>
          <div className="field">
            <label htmlFor={`${id}-${i}-from`}>Van</label>
            <input
              id={`${id}-${i}-from`}
              type="date"
              value={p.from}
              onChange={(e) => onChange(pauses.map((x, j) => (j === i ? { ...x, from: e.target.value } : x)))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-${i}-to`}>Tot en met</label>
            <input
              id={`${id}-${i}-to`}
              type="date"
              value={p.to}
              onChange={(e) => onChange(pauses.map((x, j) => (j === i ? { ...x, to: e.target.value } : x)))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-${i}-reason`}>Reden</label>
            <input
              id={`${id}-${i}-reason`}
              type="text"
              maxLength={200}
              value={p.reason}
              onChange={(e) =>
                onChange(pauses.map((x, j) => (j === i ? { ...x, reason: e.target.value } : x)))
              }
            />
          </div>
          <button type="button" className="danger" onClick={() => onChange(pauses.filter((_, j) => j !== i))}>
            Onderbreking {i + 1} verwijderen
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...pauses, { from: '', to: '', reason: '' }])}>
        Onderbreking toevoegen
      </button>
    </section>
  );
}
