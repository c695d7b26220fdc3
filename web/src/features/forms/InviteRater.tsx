// Hands a part out by link (docs/rules.md, "Who fills an assessment part"): the trainee invites a feedback
// giver; the assigned opleider or the secretariat names a waarnemer. The request is checked with the API
// contract itself (short message, no links), and a part with an open invitation is replaced only on purpose.
import { useId, useState, type FormEvent } from 'react';
import { INVITATION_MESSAGE_MAX } from '@praktijkvolg/domain';
import { api } from '@praktijkvolg/domain/api';
import { dutchMessage } from '../../app/errors';
import type { PartDesignation } from './model';
import { useInviteRater } from './queries';

type Key = 'name' | 'email' | 'message';

const alreadyInvited = (err: unknown) =>
  (err as { details?: { reason?: string } } | null)?.details?.reason === 'already_invited';

export function InviteRater({
  formId,
  partId,
  title,
  current,
}: {
  formId: string;
  partId: string;
  /** The button and the form's heading: "Iemand uitnodigen voor: …" or "Waarnemend opleider aanwijzen". */
  title: string;
  /** Who is named for the part now, if anyone. */
  current?: PartDesignation | undefined;
}) {
  const id = useId();
  const invite = useInviteRater();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ name: '', email: '', message: '' });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {title}
      </button>
    );
  }
  if (invite.isSuccess) {
    return (
      <div className="banner ok" role="status">
        <p>
          Uitnodiging verstuurd naar {invite.variables.name} ({invite.variables.email}).
        </p>
      </div>
    );
  }

  const send = (replace: boolean) => {
    const r = api.inviteRater.request.safeParse({
      formId,
      partId,
      name: values.name,
      email: values.email.trim(),
      ...(values.message.trim() && { message: values.message }),
      ...(replace && { replace: true }),
    });
    if (!r.success) {
      setErrors(Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    invite.mutate(r.data);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send(false);
  };

  const field = (key: Key, label: string, type: 'text' | 'email' | 'textarea', hint?: string) => {
    const described = [errors[key] && `${id}-${key}-error`, hint && `${id}-${key}-hint`]
      .filter(Boolean)
      .join(' ');
    const common = {
      id: `${id}-${key}`,
      value: values[key],
      'aria-invalid': errors[key] ? true : undefined,
      'aria-describedby': described || undefined,
    };
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        {type === 'textarea' ? (
          <textarea
            {...common}
            maxLength={INVITATION_MESSAGE_MAX}
            onChange={(e) => setValues({ ...values, [key]: e.target.value })}
          />
        ) : (
          <input {...common} type={type} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
        )}
        {hint && (
          <span className="muted" id={`${id}-${key}-hint`}>
            {hint}
          </span>
        )}
        {errors[key] && (
          <span className="error-text" id={`${id}-${key}-error`}>
            {errors[key]}
          </span>
        )}
      </div>
    );
  };

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {current && (
        <p className="muted">
          Nu aangewezen: {current.name} (door {current.designatedByName}). Wijs je iemand anders aan, dan
          werkt de link van {current.name} niet meer.
        </p>
      )}
      {field('name', 'Naam', 'text')}
      {field('email', 'E-mailadres', 'email')}
      {field(
        'message',
        'Persoonlijk bericht (optioneel)',
        'textarea',
        `Maximaal ${INVITATION_MESSAGE_MAX} tekens, zonder links of webadressen. De e-mail noemt zelf wie je bent en namens welke opleiding.`,
      )}
      {invite.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(invite.error)}</p>
          {alreadyInvited(invite.error) && (
            <div className="actions">
              <button type="button" disabled={invite.isPending} onClick={() => send(true)}>
                Vervangen
              </button>
            </div>
          )}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={invite.isPending}>
          Uitnodiging versturen
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
