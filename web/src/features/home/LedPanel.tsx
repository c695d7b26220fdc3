// Home panel for LED (seed 000): the docent's leerdoelen with the collega-docent's response, the observations on
// her own learning points, and her practice assignments with reflection, for the docent, her collega-docent and
// her LED-trainer (ledOverview.ts).
import { Link } from 'wouter';
import type { HomePanelProps } from './panel';
import { ledOverviews, type LedItem } from './ledOverview';

function Items({ items, empty }: { items: LedItem[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="worklist">
      {items.map((i) => (
        <li key={i.formId}>
          <Link className="title" to={i.to}>
            {i.title}
          </Link>
          <div className="meta">
            <span className={`chip ${i.done ? 'ok' : 'neutral'}`}>{i.state}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function LedPanel({ forms, trajecten, session }: HomePanelProps) {
  const overviews = ledOverviews(forms, trajecten, session.uid);
  if (overviews.length === 0) return null;
  return (
    <>
      {overviews.map((o) => (
        <section key={o.trajectId} aria-labelledby={`led-${o.trajectId}`} className="led-panel">
          <h2 id={`led-${o.trajectId}`}>
            {o.as === 'docent'
              ? 'Mijn LED-opleiding'
              : `LED-opleiding van ${o.traineeName} (jij bent ${o.as})`}
          </h2>
          <h3>Leerdoelen</h3>
          <Items items={o.leerdoelen} empty="Nog geen leerdoelen." />
          <h3>Observaties op eigen leerpunten</h3>
          <p className="muted">De collega-docent observeert op de leerdoelen van de docent zelf.</p>
          <Items items={o.observaties} empty="Nog geen observaties." />
          <h3>Praktijkopdrachten en reflecties</h3>
          <Items items={o.praktijkopdrachten} empty="Nog geen praktijkopdrachten." />
        </section>
      ))}
    </>
  );
}
