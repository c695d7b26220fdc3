// The head of a form: which form, whom it is about, who fills this part (its label and the filler's name),
// and the deadline. A rater who came by link cannot read the traject, so the envelope's copy of the trainee
// name and the part's designation stand in for it (docs/data-model.md, `forms/{formId}`).
import { Link } from 'wouter';
import {
  formatDate,
  formatDueRelative,
  isVoorlopigAdvies,
  partLabel,
  type FormDefinition,
  type PartId,
} from '@praktijkvolg/domain';
import { VoorwaardenBlock } from '../beslissing/Voorwaarden';
import type { TrajectDoc } from '../trajecten/model';
import type { FormEnvelope, FormPart } from './model';

interface Who {
  /** Whom the form is about: the trainee, or for a LEOh the opleider it evaluates. */
  about: string | undefined;
  /** The name of the person filling this part now. */
  filler: string | undefined;
}

/** Names for the header, from whatever this person can read. */
export function whoOfForm(
  part: Pick<FormPart, 'formType' | 'subjectUid' | 'designation'>,
  envelope: Pick<FormEnvelope, 'traineeName'> | undefined,
  traject: Pick<TrajectDoc, 'traineeName' | 'names'> | undefined,
  me: { uid: string; displayName: string | null | undefined },
): Who {
  const names = traject?.names ?? {};
  const about =
    part.formType === 'leoh' && part.subjectUid
      ? names[part.subjectUid]
      : (traject?.traineeName ?? envelope?.traineeName);
  const filler =
    part.designation && part.designation.raterUid === me.uid
      ? part.designation.name
      : (names[me.uid] ?? me.displayName ?? undefined);
  return { about, filler };
}

export function FormHeader({
  def,
  part,
  partId,
  envelope,
  who,
}: {
  def: FormDefinition;
  part: FormPart;
  partId: PartId;
  envelope: FormEnvelope | undefined;
  who: Who;
}) {
  const partDef = def.parts.find((x) => x.partId === partId);
  const now = new Date();
  return (
    <header className="form-header">
      <p className="muted">
        <Link to="/">Mijn overzicht</Link>
        {envelope && (
          <>
            {' · '}
            <Link to={`/formulieren/${part.formId}`}>Alle delen van dit formulier</Link>
          </>
        )}
      </p>
      <h1>{envelope?.title ?? def.title}</h1>
      {envelope && isVoorlopigAdvies(envelope) && (
        <p className="chip warn" data-testid="voorlopig">
          Voorlopig advies (jaar 3, na maand 3): het definitieve advies volgt na maand 8
        </p>
      )}
      <dl className="form-who" data-testid="form-who">
        {who.about && (
          <div>
            <dt>{part.formType === 'leoh' ? 'Over opleider' : 'Over'}</dt>
            <dd>{who.about}</dd>
          </div>
        )}
        <div>
          <dt>Ingevuld door</dt>
          <dd>
            {partDef?.label ?? partLabel(partId)}
            {who.filler && <>: {who.filler}</>}
          </dd>
        </div>
      </dl>
      {envelope && (
        <p>
          Uiterlijk {formatDate(envelope.dueAt)}{' '}
          <span className={envelope.dueAt < now && part.status !== 'submitted' ? 'chip bad' : 'chip neutral'}>
            {formatDueRelative(envelope.dueAt, now)}
          </span>
        </p>
      )}
      {envelope?.voorwaarden && <VoorwaardenBlock envelope={envelope} now={now} />}
      <details>
        <summary>Over dit formulier</summary>
        <p>{def.description}</p>
      </details>
    </header>
  );
}
