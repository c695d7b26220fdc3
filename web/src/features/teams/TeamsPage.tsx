// Teams of mbo teachers (docs/data-model.md "Teams"): staff see the institute's teams and open each team's
// overview; the secretariat and the admin make and change a team (name, teachers, leidinggevende). A team opens
// no learner report: it only decides whose reports count in the overview.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { teamSchema, type Team } from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import { hasStaff, useSignedIn } from '../../app/session';
import { useInstitutePeople } from '../people/queries';
import { useInstituteTeams, useSaveTeam } from './queries';

function newTeamId(): string {
  return `team-${crypto.randomUUID().slice(0, 8)}`;
}

function TeamEditor({ team, onDone }: { team: Team | null; onDone: () => void }) {
  const session = useSignedIn();
  const institute = session.claims.institute ?? '';
  const people = useInstitutePeople(institute);
  const save = useSaveTeam();
  const [name, setName] = useState(team?.name ?? '');
  const [teachers, setTeachers] = useState<string[]>(team?.teacherUids ?? []);
  const [leider, setLeider] = useState<string>(team?.leidinggevendeUids[0] ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const candidates = useMemo(
    () => (people.data ?? []).filter((p) => p.staffRoles.length === 0),
    [people.data],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const names = Object.fromEntries(
      (people.data ?? [])
        .filter((p) => teachers.includes(p.uid) || p.uid === leider)
        .map((p) => [p.uid, p.displayName]),
    );
    const input = {
      instituteId: institute,
      name: name.trim(),
      teacherUids: teachers,
      leidinggevendeUids: leider ? [leider] : [],
      names,
      updatedBy: session.uid,
    };
    const checked = teamSchema.safeParse(input);
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'Controleer het team.');
      return;
    }
    setProblem(null);
    save.mutate({ teamId: team?.teamId ?? newTeamId(), ...input }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} className="card" aria-label={team ? `Team ${team.name} wijzigen` : 'Nieuw team'}>
      <h2>{team ? `Team ${team.name} wijzigen` : 'Nieuw team'}</h2>
      <label className="field">
        <span className="label">Naam van het team</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required />
      </label>
      <fieldset className="field">
        <legend className="label">Docenten</legend>
        {people.isPending && <p role="status">Mensen laden…</p>}
        <ul className="checklist">
          {candidates.map((p) => (
            <li key={p.uid}>
              <label>
                <input
                  type="checkbox"
                  checked={teachers.includes(p.uid)}
                  disabled={p.uid === leider}
                  onChange={(e) =>
                    setTeachers((t) => (e.target.checked ? [...t, p.uid] : t.filter((u) => u !== p.uid)))
                  }
                />{' '}
                {p.displayName}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field">
        <label className="label" htmlFor="team-leidinggevende">
          Leidinggevende
        </label>
        <select id="team-leidinggevende" value={leider} onChange={(e) => setLeider(e.target.value)}>
          <option value="">(geen)</option>
          {candidates
            .filter((p) => !teachers.includes(p.uid))
            .map((p) => (
              <option key={p.uid} value={p.uid}>
                {p.displayName}
              </option>
            ))}
        </select>
      </div>
      {(problem || save.isError) && (
        <div className="banner error" role="alert">
          <p>{problem ?? dutchMessage(save.error)}</p>
        </div>
      )}
      <div className="actions">
        <button className="button primary" type="submit" disabled={save.isPending}>
          Team opslaan
        </button>
        <button className="button" type="button" onClick={onDone}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

export default function TeamsPage() {
  const session = useSignedIn();
  const teams = useInstituteTeams(session.claims.institute);
  const maintains = hasStaff(session, 'secretariaat', 'admin');
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  useEffect(() => {
    document.title = 'Teams – Praktijkvolg';
  }, []);

  return (
    <div>
      <h1>Teams (mbo)</h1>
      <p className="muted">
        Een team bepaalt welke learner reports samen het teamoverzicht vormen. Niemand van het team, de
        leidinggevende of de opleiding leest een individueel learner report.
      </p>
      {editing ? (
        <TeamEditor team={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        maintains && (
          <button className="button primary" type="button" onClick={() => setEditing('new')}>
            Nieuw team
          </button>
        )
      )}
      {teams.isPending && <p role="status">Teams laden…</p>}
      {teams.isError && (
        <div className="banner error" role="alert">
          <p>De teams konden niet worden geladen: {dutchMessage(teams.error)}</p>
        </div>
      )}
      <ul className="worklist">
        {(teams.data ?? []).map((t) => (
          <li key={t.teamId}>
            <Link className="title" to={`/teams/${t.teamId}`}>
              {t.name}
            </Link>
            <div className="meta">
              {t.teacherUids.length} docenten · leidinggevende:{' '}
              {t.leidinggevendeUids.map((u) => t.names[u] ?? 'onbekend').join(', ') || 'geen'}
              {maintains && (
                <button className="button" type="button" onClick={() => setEditing(t)}>
                  Wijzigen
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {teams.data?.length === 0 && <p className="muted">Nog geen teams.</p>}
    </div>
  );
}
