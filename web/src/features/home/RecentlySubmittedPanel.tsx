// Home panel: the last few parts I submitted.
import type { HomePanelProps } from './panel';
import { WorkList } from './WorkList';

export function RecentlySubmittedPanel({ work, now, trajectMap }: HomePanelProps) {
  if (work.done.length === 0) return null;
  return (
    <section aria-labelledby="done-title">
      <h2 id="done-title">Onlangs ingediend</h2>
      <WorkList items={work.done.slice(0, 5)} now={now} trajecten={trajectMap} empty="" />
    </section>
  );
}
