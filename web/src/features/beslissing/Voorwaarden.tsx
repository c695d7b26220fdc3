// The conditions of a decision "door onder voorwaarden", as its follow-up's envelope carries them (domain
// policies/voortgangsbeslissing.ts): shown in the follow-up's form header, on the home of the aios and her raters,
// and on the hoofd opleiding's decisions page. Only the hoofd opleiding closes the follow-up (rule 4 of
// docs/rules.md); everyone else reads the conditions and, once closed, the outcome.
import { Link } from 'wouter';
import { formatDate } from '@praktijkvolg/domain';
import type { FormEnvelope } from '../forms/model';

/** Open, or closed (the hoofd opleiding's part is in). */
export const voorwaardenClosed = (f: FormEnvelope) => f.parts.hoofd_opleiding?.status === 'submitted';

export function VoorwaardenBlock({
  envelope,
  now,
  link = false,
}: {
  envelope: FormEnvelope;
  now: Date;
  /** Link the title to the follow-up's overview. */
  link?: boolean;
}) {
  const v = envelope.voorwaarden;
  if (!v) return null;
  const closed = voorwaardenClosed(envelope);
  return (
    <div className="card" data-testid="voorwaarden">
      <h3>
        {link ? <Link to={`/formulieren/${envelope.formId}`}>{envelope.title}</Link> : 'Voorwaarden'}{' '}
        {closed ? (
          <span className="chip ok">afgesloten</span>
        ) : envelope.dueAt < now ? (
          <span className="chip bad">termijn verstreken</span>
        ) : (
          <span className="chip warn">loopt</span>
        )}
      </h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{v.tekst}</p>
      <p className="muted">
        Uiterlijk vervuld op {formatDate(v.uiterlijk)}.{' '}
        {closed
          ? 'Het hoofd opleiding heeft het vervolg afgesloten.'
          : 'Het hoofd opleiding sluit dit vervolg af met de uitkomst.'}
      </p>
    </div>
  );
}
