// /aanmelden/voltooien?next=<path>: finishes an e-mailed sign-in link. On another device the address is not
// in localStorage, so we ask for it (Firebase requires it to match the link), then continue to `next`.
import { isSignInWithEmailLink, signInWithEmailLink } from 'firebase/auth';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { z } from 'zod';
import { dutchMessage } from '../../app/errors';
import { auth } from '../../app/firebaseApp';
import { appPaths } from '@praktijkvolg/domain';
import { EMAIL_FOR_SIGN_IN, safeNext } from '../../app/paths';

// A link's code works once: StrictMode's double effect must not spend it twice.
const attempts = new Map<string, Promise<unknown>>();

function completeOnce(email: string, href: string): Promise<unknown> {
  let p = attempts.get(href);
  if (!p) {
    p = signInWithEmailLink(auth, email, href);
    attempts.set(href, p);
    p.catch(() => attempts.delete(href));
  }
  return p;
}

type State =
  | { step: 'working' }
  | { step: 'askEmail'; error?: string }
  | { step: 'failed'; message: string }
  | { step: 'notALink' };

export default function CompleteSignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [, navigate] = useLocation();
  const id = useId();
  const href = window.location.href;
  const isLink = isSignInWithEmailLink(auth, href);
  const stored = localStorage.getItem(EMAIL_FOR_SIGN_IN);
  const [state, setState] = useState<State>(() =>
    !isLink ? { step: 'notALink' } : stored ? { step: 'working' } : { step: 'askEmail' },
  );
  const [email, setEmail] = useState('');

  const complete = (address: string) => {
    completeOnce(address, href)
      .then(() => {
        localStorage.setItem(EMAIL_FOR_SIGN_IN, address);
        navigate(next, { replace: true });
      })
      .catch((err: unknown) => {
        const message = dutchMessage(err, 'Aanmelden met deze link is niet gelukt.');
        // A mistyped address on another device: let the person try again.
        setState(stored ? { step: 'failed', message } : { step: 'askEmail', error: message });
      });
  };

  useEffect(() => {
    document.title = 'Aanmelden – Praktijkvolg';
    if (isLink && stored) complete(stored);
    // Run once for this link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const r = z.email().safeParse(email.trim());
    if (!r.success) {
      setState({ step: 'askEmail', error: 'Vul een geldig e-mailadres in.' });
      return;
    }
    setState({ step: 'working' });
    complete(r.data);
  };

  const again = appPaths.signIn(next);

  if (state.step === 'notALink') {
    return (
      <div>
        <h1>Geen geldige aanmeldlink</h1>
        <p>Deze pagina opent alleen met de link uit de aanmeldmail.</p>
        <Link className="button primary" to={again}>
          Nieuwe aanmeldlink aanvragen
        </Link>
      </div>
    );
  }
  if (state.step === 'working') {
    return (
      <p role="status" aria-live="polite">
        Bezig met aanmelden…
      </p>
    );
  }
  if (state.step === 'failed') {
    return (
      <div>
        <h1>Aanmelden is niet gelukt</h1>
        <div className="banner error" role="alert">
          <p>{state.message}</p>
        </div>
        <Link className="button primary" to={again}>
          Nieuwe aanmeldlink aanvragen
        </Link>
      </div>
    );
  }
  return (
    <div>
      <h1>Bevestig je e-mailadres</h1>
      <p>
        Je opent de aanmeldlink op een ander apparaat of in een andere browser. Vul ter controle het
        e-mailadres in waarnaar de link is gestuurd.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-email`}>E-mailadres</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? `${id}-error` : undefined}
          />
          {state.error && (
            <span className="error-text" id={`${id}-error`}>
              {state.error}
            </span>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            Aanmelden
          </button>
        </div>
      </form>
    </div>
  );
}
