// The team overview of learner reports (rule 10 of docs/rules.md): which of the 11 activity types the team learns from,
// computed by the callable teamOverview; nothing below 5 reports of 3 teachers. Never an individual report.
import { useEffect } from 'react';
import { Link, useParams } from 'wouter';
import { dutchMessage } from '../../app/errors';
import { ActivityChart } from './ActivityChart';
import { useTeamOverview } from './queries';

const pct = (n: number, total: number) => (total === 0 ? 0 : Math.round((100 * n) / total));

export default function TeamOverviewPage() {
  const { teamId = '' } = useParams();
  const overview = useTeamOverview(teamId);
  useEffect(() => {
    document.title = 'Teamoverzicht learner reports – Praktijkvolg';
  }, []);

  if (overview.isPending) return <p role="status">Teamoverzicht laden…</p>;
  if (overview.isError)
    return (
      <div className="banner error" role="alert">
        <p>Het teamoverzicht kon niet worden geladen: {dutchMessage(overview.error)}</p>
      </div>
    );
  const o = overview.data;
  return (
    <div>
      <p>
        <Link to="/">← Overzicht</Link>
      </p>
      <h1>Teamoverzicht: {o.name}</h1>
      <p className="muted">
        Hoe leert dit team op het werk? Je ziet alleen hoe vaak elk soort activiteit in de learner reports
        voorkomt, nooit wat één docent schreef.
      </p>
      {o.shown ? (
        <>
          <p>
            {o.reports} learner reports van {o.teachers} docenten, samen {o.activities} leerzame situaties:{' '}
            {pct(o.byCategory.informeel, o.activities)}% informeel, {pct(o.byCategory.formeel, o.activities)}%
            formeel.
          </p>
          <ActivityChart rows={o.ranked} title={`Soorten leeractiviteiten in team ${o.name}`} />
        </>
      ) : (
        <div className="banner" role="status">
          <p>{o.reason}</p>
        </div>
      )}
    </div>
  );
}
