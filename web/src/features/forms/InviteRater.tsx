// The aios or deelnemer invites someone to fill a part (e.g. the opleider in time for the ComBel, or a
// practice colleague): the function mails them a single-use link.
import { useId, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { dutchMessage } from '../../app/errors';
import { useInviteRater } from './queries';

const schema = z.object({
  name: z.string().trim().min(1, 'Vul een naam in').max(120, 'Maximaal 120 tekens'),
  email: z.email('Vul een geldig e-mailadres in').max(254),
  message: z.string().max(1000, 'Maximaal 1000 tekens').optional(),
});

export function InviteRater({
  formId,
  partId,
  partLabel,
}: {
  formId: string;
  partId: string;
  partLabel: string;
}) {
  const id = useId();
  const invite = useInviteRater();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ name: '', email: '', message: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Iemand uitnodigen voor: {partLabel}
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

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const r = schema.safeParse({ ...values, message: values.message.trim() || undefined });
    if (!r.success) {
      setErrors(Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    invite.mutate({
      formId,
      partId,
      name: r.data.name,
      email: r.data.email,
      ...(r.data.message && { message: r.data.message }),
    });
  };

  const field = (key: 'name' | 'email' | 'message', label: string, type: 'text' | 'email' | 'textarea') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {type === 'textarea' ? (
        <textarea
          id={`${id}-${key}`}
          value={values[key]}
          onChange={(e) => setValues({ ...values, [key]: e.target.value })}
          maxLength={1000}
        />
      ) : (
        <input
          id={`${id}-${key}`}
          type={type}
          value={values[key]}
          onChange={(e) => setValues({ ...values, [key]: e.target.value })}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        />
      )}
      {errors[key] && (
        <span className="error-text" id={`${id}-${key}-error`}>
          {errors[key]}
        </span>
      )}
    </div>
  );

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-label={`Uitnodigen voor ${partLabel}`}>
      <h3>Uitnodigen voor: {partLabel}</h3>
      {field('name', 'Naam', 'text')}
      {field('email', 'E-mailadres', 'email')}
      {field('message', 'Persoonlijk bericht (optioneel)', 'textarea')}
      {invite.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(invite.error)}</p>
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
