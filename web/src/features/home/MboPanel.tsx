// Home panel for mbo teams (seed 004, rule 10 of docs/rules.md): a teacher's learner reports are their own, shared only
// with whom they choose (on the report); the teacher and the leidinggevende open the team overview from here.
import { Link } from 'wouter';
import { useMyTeams } from '../teams/queries';
import type { HomePanelProps } from './panel';

export function MboPanel({ forms, session }: HomePanelProps) {
  const teams = useMyTeams(session.uid);
  const reports = forms.filter(
    (f) => f.formType === 'learner_report' && f.parts.deelnemer?.raterUids.includes(session.uid),
  );
  if ((teams.data ?? []).length === 0 && reports.length === 0) return null;
  const done = reports.filter((r) => r.parts.deelnemer?.status === 'submitted').length;
  return (
    <section aria-labelledby="mbo-panel" className="mbo-panel">
      <h2 id="mbo-panel">Leren in het team</h2>
      {reports.length > 0 && (
        <p>
          Je hebt {done} van {reports.length} learner reports ingediend. Je learner reports zijn van jou:
          alleen jij leest ze, en wie jij er zelf één laat lezen. Het team en je leidinggevende zien alleen
          het teamoverzicht.
        </p>
      )}
      <ul className="worklist">
        {(teams.data ?? []).map((t) => (
          <li key={t.teamId}>
            <Link className="title" to={`/teams/${t.teamId}`}>
              Teamoverzicht {t.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
