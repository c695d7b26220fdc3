// Home panel: the trajecten I have a role in, with the dossier export for the trainee.
import { formatDate, PROGRAMMES, TRAJECT_ROLE_LABELS, TRAJECT_ROLES, traineesOf } from '@praktijkvolg/domain';
import { ExportDossier } from '../exports/ExportDossier';
import type { HomePanelProps } from './panel';

export function MyTrajectenPanel({ trajecten, session }: HomePanelProps) {
  const { uid } = session;
  if (trajecten.length === 0) return null;
  return (
    <section aria-labelledby="trajecten-title">
      <h2 id="trajecten-title">Jouw trajecten</h2>
      <ul className="worklist">
        {trajecten.map((t) => {
          const roles = TRAJECT_ROLES.filter((r) => t.roles[r]?.includes(uid)).map((r) =>
            TRAJECT_ROLE_LABELS[r].label.toLowerCase(),
          );
          return (
            <li key={t.trajectId}>
              <span className="title">{t.traineeName}</span>
              <div className="meta">
                {PROGRAMMES[t.programme].label} · {t.workplace}
              </div>
              <div className="meta">
                Jij bent {roles.join(' en ')} · gestart {formatDate(t.startDate)}
              </div>
              {traineesOf(t).includes(uid) && <ExportDossier traject={t} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
