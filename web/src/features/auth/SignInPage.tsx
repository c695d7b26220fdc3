// /aanmelden: passwordless sign-in. The function mails a link that returns to /aanmelden/voltooien?next=…,
// so a form link opened while signed out lands on that form after signing in.
import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useState, type FormEvent } from 'react';
import { Redirect, useSearchParams } from 'wouter';
import { z } from 'zod';
import { signInLinkValidityText } from '@praktijkvolg/domain';
import { callApi } from '../../app/api';
import { dutchMessage } from '../../app/errors';
import { isEmulated } from '../../app/firebaseApp';
import { EMAIL_FOR_SIGN_IN, safeNext } from '../../app/paths';
import { useSession } from '../../app/session';

// Demo accounts exist only on the emulators; the list is a separate chunk that production never loads.
const DemoAccounts = lazy(() => import('./DemoAccounts'));

const emailSchema = z
  .email('Vul een geldig e-mailadres in, bijvoorbeeld naam@praktijk.nl')
  .max(254, 'Dit e-mailadres is te lang');

export default function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const id = useId();
  const [email, setEmail] = useState(() => localStorage.getItem(EMAIL_FOR_SIGN_IN) ?? '');
  const [invalid, setInvalid] = useState<string>();
  const send = useMutation({
    mutationFn: (address: string) => callApi('sendSignInLink', { email: address, continuePath: next }),
    onSuccess: (_r, address) => localStorage.setItem(EMAIL_FOR_SIGN_IN, address),
  });

  useEffect(() => {
    document.title = 'Aanmelden – Praktijkvolg';
  }, []);

  if (session.status === 'signedIn') return <Redirect to={next} replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const r = emailSchema.safeParse(email.trim());
    if (!r.success) {
      setInvalid(r.error.issues[0]?.message);
      return;
    }
    setInvalid(undefined);
    send.mutate(r.data);
  };

  if (send.isSuccess) {
    return (
      <div>
        <h1>Controleer je e-mail</h1>
        <div className="banner ok" role="status">
          <p>
            We hebben een aanmeldlink gestuurd naar <strong>{send.variables}</strong>. Open de link in de
            e-mail om verder te gaan
            {next !== '/' ? ' naar het formulier' : ''}. {signInLinkValidityText()}
          </p>
        </div>
        <p>Geen e-mail ontvangen? Kijk ook in je map met ongewenste e-mail, of vraag een nieuwe link aan.</p>
        <button type="button" onClick={() => send.reset()}>
          Opnieuw versturen of ander adres
        </button>
      </div>
    );
  }

  return (
    <div>
      <h1>Aanmelden</h1>
      {next !== '/' && <p>Meld je aan om het formulier te openen.</p>}
      <p>Je krijgt een link per e-mail; een wachtwoord is niet nodig.</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-email`}>E-mailadres</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
          />
          {invalid && (
            <span className="error-text" id={`${id}-error`}>
              {invalid}
            </span>
          )}
        </div>
        {send.isError && (
          <div className="banner error" role="alert">
            <p>{dutchMessage(send.error)}</p>
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={send.isPending}>
            {send.isPending ? 'Versturen…' : 'Stuur mij een aanmeldlink'}
          </button>
        </div>
      </form>
      {isEmulated && (
        <Suspense fallback={null}>
          <DemoAccounts next={next} />
        </Suspense>
      )}
    </div>
  );
}
