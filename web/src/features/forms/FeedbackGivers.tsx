// Feedback givers by link (docs/rules.md "Feedback givers by link"; domain policies/feedbackGivers.ts): "Vraag
// feedback" for the person who asks (the opleider of a ComBel, the deelnemer of her summative request), who was
// asked and whether they answered, and the answers this person may read, each labelled with the giver's role and
// name. The opleider sees them while filling his part; the aios only after the reveal; the deelnemer copies a
// quote with its giver into her request.
import { useId, useState, type FormEvent } from 'react';
import {
  FEEDBACK_GIVER_ROLES,
  FEEDBACK_REQUESTS,
  feedbackGiverLabel,
  fieldsForPart,
  INVITATION_MESSAGE_MAX,
  isFeedbackGiverPart,
  mayAskFeedback,
  mayReadPart,
  quoteFromFeedback,
  type FeedbackGiverRole,
  type FeedbackPartId,
  type FormDefinition,
} from '@praktijkvolg/domain';
import { api } from '@praktijkvolg/domain/api';
import { dutchMessage } from '../../app/errors';
import type { SignedIn } from '../../app/session';
import type { TrajectDoc } from '../trajecten/model';
import { AnswersView } from './AnswersView';
import type { FormEnvelope } from './model';
import { useInviteRater, usePart } from './queries';

const STATUS = { open: 'nog niet ingevuld', draft: 'bezig', submitted: 'gegeven' } as const;

interface Props {
  envelope: FormEnvelope;
  def: FormDefinition;
  session: SignedIn;
  traject: TrajectDoc | undefined;
}

/** The givers' slots of this form that exist, in slot order. */
export const giverSlotsOf = (envelope: FormEnvelope) =>
  (Object.keys(envelope.parts) as string[])
    .filter((p): p is FeedbackPartId => isFeedbackGiverPart(envelope.formType, p))
    .sort((a, b) => Number(a.split('_')[1]) - Number(b.split('_')[1]));

export function FeedbackGivers({ envelope, def, session, traject }: Props) {
  const spec = FEEDBACK_REQUESTS[envelope.formType];
  if (!spec || !traject) return null;
  const slots = giverSlotsOf(envelope);
  const ask = mayAskFeedback(session.actor, envelope, traject);
  const readable = slots.filter(
    (p) => envelope.parts[p]?.status === 'submitted' && mayReadPart(session.actor, envelope, p, traject).ok,
  );
  const asker = ask.ok || (traject.roles[spec.askedBy] ?? []).includes(session.uid);
  if (!asker && readable.length === 0) return null;
  return (
    <section className="section" aria-labelledby="feedback-givers-title" data-testid="feedback-givers">
      <h2 id="feedback-givers-title">Feedback van anderen</h2>
      {asker && slots.length > 0 && (
        <ul className="worklist">
          {slots.map((p) => {
            const d = envelope.designations?.[p];
            const status = envelope.parts[p]!.status;
            return (
              <li key={p}>
                <span className="title">{d ? feedbackGiverLabel(d) : p}</span>{' '}
                <span className={`chip ${status === 'submitted' ? 'ok' : 'neutral'}`}>{STATUS[status]}</span>
              </li>
            );
          })}
        </ul>
      )}
      {ask.ok ? (
        <AskFeedback formId={envelope.formId} roles={spec.giverRoles} />
      ) : (
        asker && <p className="muted">{ask.reason}</p>
      )}
      {readable.map((p) => (
        <ReceivedFeedback
          key={p}
          envelope={envelope}
          def={def}
          partId={p}
          quote={envelope.formType === 'aanvraag_summatief' && asker}
        />
      ))}
    </section>
  );
}

function ReceivedFeedback({
  envelope,
  def,
  partId,
  quote,
}: {
  envelope: FormEnvelope;
  def: FormDefinition;
  partId: FeedbackPartId;
  quote: boolean;
}) {
  const part = usePart(envelope.formId, partId);
  const [copied, setCopied] = useState(false);
  const d = envelope.designations?.[partId];
  if (!part.data || part.data.status !== 'submitted') return null;
  const label = d ? feedbackGiverLabel(d) : 'Feedback';
  const text = typeof part.data.answers.feedbackTekst === 'string' ? part.data.answers.feedbackTekst : '';
  const copy = () => {
    const q = quoteFromFeedback({ name: d?.name ?? '', giverRole: d?.giverRole, text });
    void navigator.clipboard?.writeText(`"${q.citaat}" (${q.bronToelichting})`).then(() => setCopied(true));
  };
  return (
    <div className="card" data-testid={`feedback-${partId}`}>
      <h3>{label}</h3>
      {part.data.submittedAt && (
        <p className="muted">Gegeven op {part.data.submittedAt.toLocaleDateString('nl-NL')}</p>
      )}
      <AnswersView fields={fieldsForPart(def, partId)} answers={part.data.answers} />
      {quote && text && (
        <div className="actions">
          <button type="button" onClick={copy}>
            Kopieer als citaat
          </button>
          {copied && (
            <span role="status">
              Gekopieerd. Plak het bij een citaat en kies bij “Van wie” de bron; de naam staat erbij.
            </span>
          )}
        </div>
      )}
    </div>
  );
}

type Key = 'name' | 'email' | 'giverRole' | 'message';

function AskFeedback({ formId, roles }: { formId: string; roles: readonly FeedbackGiverRole[] }) {
  const id = useId();
  const invite = useInviteRater();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ name: '', email: '', giverRole: '', message: '' });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [sent, setSent] = useState<string[]>([]);

  if (!open) {
    return (
      <div className="actions">
        {sent.length > 0 && (
          <p className="banner ok" role="status">
            Gevraagd: {sent.join(', ')}. Zij krijgen een persoonlijke link per e-mail.
          </p>
        )}
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          Vraag feedback
        </button>
      </div>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const r = api.inviteRater.request.safeParse({
      formId,
      partId: 'feedback',
      name: values.name,
      email: values.email.trim(),
      ...(values.giverRole && { giverRole: values.giverRole }),
      ...(values.message.trim() && { message: values.message }),
    });
    if (!r.success) {
      setErrors(Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    invite.mutate(r.data, {
      onSuccess: () => {
        setSent([...sent, r.data.name]);
        setValues({ name: '', email: '', giverRole: '', message: '' });
        setOpen(false);
      },
    });
  };
  const error = (key: Key) =>
    errors[key] && (
      <span className="error-text" id={`${id}-${key}-error`}>
        {errors[key]}
      </span>
    );
  const common = (key: Key) => ({
    id: `${id}-${key}`,
    value: values[key],
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `${id}-${key}-error` : undefined,
  });
  const set = (key: Key) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-label="Vraag feedback">
      <h3>Vraag feedback</h3>
      <p className="muted">
        Wie je vraagt, krijgt een persoonlijke link per e-mail en vult alleen een eigen feedbackdeel in; een
        account is niet nodig.
      </p>
      <div className="field">
        <label htmlFor={`${id}-name`}>Naam</label>
        <input {...common('name')} type="text" autoComplete="off" onChange={set('name')} />
        {error('name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>E-mailadres</label>
        <input {...common('email')} type="email" autoComplete="off" onChange={set('email')} />
        {error('email')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-giverRole`}>Rol</label>
        <select {...common('giverRole')} onChange={set('giverRole')}>
          <option value="">Kies…</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {FEEDBACK_GIVER_ROLES[r]}
            </option>
          ))}
        </select>
        {error('giverRole')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-message`}>Persoonlijk bericht (optioneel)</label>
        <textarea {...common('message')} maxLength={INVITATION_MESSAGE_MAX} onChange={set('message')} />
        {error('message')}
      </div>
      {invite.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(invite.error)}</p>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={invite.isPending}>
          Versturen
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
