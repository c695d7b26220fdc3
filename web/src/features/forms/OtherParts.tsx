// The other raters' parts of a form, only where the rules allow: a sealed form (ComBel) shows who has
// submitted but no answers until every part is in; then all parts appear side by side.
import { useQueries } from '@tanstack/react-query';
import {
  fieldsForPart,
  isFeedbackPartId,
  mayReadPart,
  type FormDefinition,
  type PartId,
} from '@praktijkvolg/domain';
import { dutchMessage, isPermissionDenied } from '../../app/errors';
import type { SignedIn } from '../../app/session';
import type { TrajectDoc } from '../trajecten/model';
import { AnswersView } from './AnswersView';
import { FeedbackGivers } from './FeedbackGivers';
import { partFillerText } from './Designation';
import type { FormEnvelope, FormPart } from './model';
import { formQueries, usePart } from './queries';
import { SealedComparison } from './SealedComparison';

const STATUS_LABEL = { open: 'nog niet begonnen', draft: 'bezig', submitted: 'ingediend' } as const;

export function partTitle(def: FormDefinition, partId: string): string {
  return def.parts.find((p) => p.partId === partId)?.label ?? partId;
}

interface Props {
  envelope: FormEnvelope;
  def: FormDefinition;
  /** The part this person fills, if any (shown by the page itself, not here). */
  myPartId?: PartId | undefined;
  myPart?: FormPart | undefined;
  session: SignedIn;
  traject: TrajectDoc | undefined;
}

export function OtherParts({ envelope, def, myPartId, myPart, session, traject }: Props) {
  // Feedback givers' parts are not raters of the round: FeedbackGivers shows them, labelled by giver.
  const others = (Object.keys(envelope.parts) as PartId[]).filter(
    (p) => p !== myPartId && !isFeedbackPartId(p),
  );
  if (others.length === 0) return null;
  const sealedNow = def.sealed && !envelope.revealed;
  return (
    <section className="section no-print" aria-labelledby="others-title">
      <h2 id="others-title">{myPartId ? 'Andere delen van dit formulier' : 'Delen van dit formulier'}</h2>
      <ul>
        {others.map((p) => (
          <li key={p}>
            {partTitle(def, p)}: <strong>{STATUS_LABEL[envelope.parts[p]!.status]}</strong>
          </li>
        ))}
      </ul>
      {sealedNow ? (
        <div className="banner" data-testid="sealed-notice">
          <p>
            De delen van de andere beoordelaars blijven verborgen tot alle delen zijn ingediend. Zo beoordeelt
            iedereen zelfstandig; daarna zie je alle antwoorden naast elkaar voor het leergesprek.
          </p>
        </div>
      ) : def.sealed ? (
        <RevealedComparison
          envelope={envelope}
          def={def}
          myPartId={myPartId}
          myPart={myPart}
          others={others}
        />
      ) : (
        others
          .filter((p) => traject === undefined || mayReadPart(session.actor, envelope, p, traject).ok)
          .map((p) => (
            <OtherPart
              key={p}
              formId={envelope.formId}
              partId={p}
              def={def}
              names={traject?.names}
              me={session.uid}
            />
          ))
      )}
      <FeedbackGivers envelope={envelope} def={def} session={session} traject={traject} />
    </section>
  );
}

function OtherPart({
  formId,
  partId,
  def,
  names,
  me,
}: {
  formId: string;
  partId: PartId;
  def: FormDefinition;
  names: Record<string, string> | undefined;
  me: string;
}) {
  const part = usePart(formId, partId);
  if (part.isPending) return null;
  if (part.isError)
    return isPermissionDenied(part.error) ? null : (
      <p className="muted">
        {partTitle(def, partId)}: {dutchMessage(part.error)}
      </p>
    );
  if (!part.data || part.data.status !== 'submitted') return null;
  const filler = partFillerText(part.data, names, me);
  return (
    <div className="card">
      <h3>{partTitle(def, partId)}</h3>
      {filler && <p className="muted">{filler}</p>}
      <AnswersView fields={fieldsForPart(def, partId)} answers={part.data.answers} />
    </div>
  );
}

/** Loads every part (own included) of a revealed sealed form and shows them side by side. */
function RevealedComparison({
  envelope,
  def,
  myPartId,
  myPart,
  others,
}: {
  envelope: FormEnvelope;
  def: FormDefinition;
  myPartId: PartId | undefined;
  myPart: FormPart | undefined;
  others: PartId[];
}) {
  // Submitted parts are final, so a one-time read each is enough.
  const queries = useQueries({ queries: others.map((p) => formQueries.part(envelope.formId, p)) });
  const loaded = others.map((p, i) => ({ partId: p, q: queries[i]! }));
  if (loaded.some((l) => l.q.isPending)) return <p>Delen laden…</p>;
  const failed = loaded.find((l) => l.q.isError);
  if (failed)
    return (
      <p className="banner error">
        De andere delen konden niet worden geladen: {dutchMessage(failed.q.error)}
      </p>
    );
  const all = [
    ...(myPart && myPartId ? [{ partId: myPartId, part: myPart }] : []),
    ...loaded.map((l) => ({ partId: l.partId, part: l.q.data ?? undefined })),
  ];
  // Keep the definition's order: aios, opleider, groepsdocent.
  const ordered = def.parts
    .map((pd) => all.find((a) => a.partId === pd.partId))
    .filter((a): a is { partId: PartId; part: FormPart } => !!a?.part && a.part.status === 'submitted')
    .map((a) => ({ partId: a.partId, label: partTitle(def, a.partId), answers: a.part.answers }));
  return <SealedComparison def={def} parts={ordered} />;
}
