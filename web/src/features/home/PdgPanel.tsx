// Home panel for a PDG-deelnemer: her own lesson visits with the werkplekbegeleider's feedback, the
// ontwikkelingsmeter, the agreement and the summative lesson visit, each linking to the form (pdgOverview.ts).
import { Link } from 'wouter';
import { besluitOf, formatDate } from '@praktijkvolg/domain';
import { usePart } from '../forms/queries';
import type { HomePanelProps } from './panel';
import { pdgOverviews, type PdgItem } from './pdgOverview';

function ItemRow({ item, doneText, openText }: { item: PdgItem; doneText: string; openText: string }) {
  return (
    <li>
      <Link className="title" to={item.to}>
        {item.title}
      </Link>
      <div className="meta">
        {item.done ? (
          <span className="chip ok">
            {doneText}
            {item.submittedAt ? ` op ${formatDate(item.submittedAt)}` : ''}
          </span>
        ) : (
          <span className="chip neutral">{openText}</span>
        )}
      </div>
    </li>
  );
}

/** The PDG-trainer's go / no-go, read from the decided part (she reads it once it is submitted). */
function Besluit({ formId }: { formId: string }) {
  const part = usePart(formId, 'pdg_trainer');
  const besluit = besluitOf(part.data?.answers);
  if (besluit === 'go') return <span className="chip ok">go: het summatief lesbezoek wordt gepland</span>;
  if (besluit === 'no_go')
    return <span className="chip warn">no-go: vul je aanvraag aan en dien een nieuwe aanvraag in</span>;
  return <span className="chip neutral">besluit genomen</span>;
}

export function PdgPanel({ forms, trajecten, session, now }: HomePanelProps) {
  const overviews = pdgOverviews(forms, trajecten, session.uid, now);
  if (overviews.length === 0) return null;
  return (
    <>
      {overviews.map((o) => (
        <section key={o.trajectId} aria-labelledby={`pdg-${o.trajectId}`} className="pdg-panel">
          <h2 id={`pdg-${o.trajectId}`}>Mijn PDG-opleiding</h2>
          {o.aanvragen
            .filter((a) => a.melding)
            .map((a) => (
              <div key={a.formId} className="banner warn" role="status">
                <p>
                  Je opleiding loopt af op {formatDate(a.endsAt)} en je hebt het summatief lesbezoek nog niet
                  aangevraagd. Je bepaalt zelf wanneer; <Link to={a.to}>naar je aanvraag</Link>.
                </p>
              </div>
            ))}

          <h3>Lesbezoeken en feedback van je werkplekbegeleider</h3>
          {o.lesbezoeken.length === 0 ? (
            <p className="muted">Nog geen lesbezoeken.</p>
          ) : (
            <ul className="worklist">
              {o.lesbezoeken.map((i) => (
                <ItemRow key={i.formId} item={i} doneText="feedback gegeven" openText="nog niet ingevuld" />
              ))}
            </ul>
          )}

          <h3>Ontwikkelingsmeter</h3>
          <ul className="worklist">
            {o.ontwikkelingsmeters.map((i) => (
              <ItemRow key={i.formId} item={i} doneText="ingevuld" openText="nog niet ingevuld" />
            ))}
          </ul>

          {o.overeenkomst && (
            <>
              <h3>Overeenkomst werkplekbegeleider</h3>
              <ul className="worklist">
                <ItemRow
                  item={o.overeenkomst}
                  doneText="door iedereen bevestigd"
                  openText="nog niet door iedereen bevestigd"
                />
              </ul>
            </>
          )}

          <h3>Summatief lesbezoek</h3>
          <p className="muted">
            Je bepaalt zelf wanneer je het summatief lesbezoek aanvraagt; er is geen deadline. De
            PDG-opleiding besluit go of no-go.
          </p>
          <ul className="worklist">
            {o.aanvragen.map((a) => (
              <li key={a.formId}>
                <Link className="title" to={a.to}>
                  {a.title}
                </Link>
                <div className="meta">
                  {a.decided ? (
                    <Besluit formId={a.formId} />
                  ) : a.done ? (
                    <span className="chip neutral">ingediend, wacht op het besluit</span>
                  ) : (
                    <span className="chip neutral">nog niet ingediend</span>
                  )}
                </div>
              </li>
            ))}
            {o.beoordeling && (
              <ItemRow
                item={o.beoordeling}
                doneText="beoordeeld"
                openText="gepland: de assessoren beoordelen na het lesbezoek"
              />
            )}
          </ul>
        </section>
      ))}
    </>
  );
}
