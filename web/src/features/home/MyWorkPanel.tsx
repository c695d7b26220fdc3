// Home panel: my parts that are overdue, to do now, and coming soon.
import type { HomePanelProps } from './panel';
import { WorkList } from './WorkList';

export function MyWorkPanel({ work, now, trajectMap }: HomePanelProps) {
  return (
    <>
      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title">
          Te laat {work.overdue.length > 0 && <span className="chip bad">{work.overdue.length}</span>}
        </h2>
        <WorkList items={work.overdue} now={now} trajecten={trajectMap} empty="Niets te laat. Goed bezig!" />
      </section>
      <section aria-labelledby="now-title">
        <h2 id="now-title">Nu te doen</h2>
        <WorkList items={work.now} now={now} trajecten={trajectMap} empty="Er staat nu niets voor je open." />
      </section>
      <section aria-labelledby="coming-title">
        <h2 id="coming-title">Binnenkort</h2>
        <WorkList
          items={work.coming}
          now={now}
          trajecten={trajectMap}
          empty="De komende weken komt er niets nieuws."
        />
      </section>
    </>
  );
}
