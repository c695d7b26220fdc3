// /link/:token: single-use links for raters without an account. Opening the page only looks at the link
// (peekLinkToken spends nothing, so mail scanners that prefetch links cannot use it up); the button
// spends it, signs in with the returned custom token (scoped to one part) and opens that part.
import { skipToken, useMutation, useQuery } from '@tanstack/react-query';
import { signInWithCustomToken } from 'firebase/auth';
import { useEffect } from 'react';
import { useLocation, useParams } from 'wouter';
import { formatDateTime } from '@praktijkvolg/domain';
import { callApi } from '../../app/api';
import { dutchMessage } from '../../app/errors';
import { auth } from '../../app/firebaseApp';
import { deadLink } from './deadLink';

const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export default function LinkPage() {
  const { token = '' } = useParams();
  const [, navigate] = useLocation();
  const wellFormed = TOKEN_RE.test(token);
  const peek = useQuery({
    queryKey: ['linkToken', token],
    queryFn: wellFormed ? () => callApi('peekLinkToken', { token }) : skipToken,
    retry: false,
    staleTime: Infinity,
  });
  const open = useMutation({
    mutationFn: async () => {
      const r = await callApi('redeemLinkToken', { token });
      await signInWithCustomToken(auth, r.customToken);
      return r;
    },
    onSuccess: (r) =>
      navigate(`/formulieren/${encodeURIComponent(r.formId)}/${encodeURIComponent(r.partId)}`, {
        replace: true,
      }),
  });
  const renew = useMutation({ mutationFn: () => callApi('requestNewLink', { token }) });

  useEffect(() => {
    document.title = 'Formulier openen – Praktijkvolg';
  }, []);

  if (wellFormed && peek.isPending) {
    return (
      <p role="status" aria-live="polite">
        Link controleren…
      </p>
    );
  }
  if (wellFormed && peek.isError) {
    return (
      <div>
        <h1>De link kon niet worden gecontroleerd</h1>
        <div className="banner error" role="alert">
          <p>{dutchMessage(peek.error)}</p>
        </div>
        <button type="button" onClick={() => void peek.refetch()}>
          Opnieuw proberen
        </button>
      </div>
    );
  }

  const info = wellFormed ? peek.data : undefined;
  if (info && info.state === 'valid') {
    return (
      <div>
        <h1>{info.formTitle ?? 'Formulier'}</h1>
        <p>
          {info.raterName ? (
            <>
              Deze link is voor <strong>{info.raterName}</strong>.{' '}
            </>
          ) : null}
          Met de knop hieronder open je het formulier. De link werkt daarna niet opnieuw; je antwoorden worden
          tussentijds bewaard.
        </p>
        {info.expiresAt && <p className="muted">Geldig tot {formatDateTime(new Date(info.expiresAt))}.</p>}
        {open.isError && (
          <div className="banner error" role="alert">
            <p>{dutchMessage(open.error)}</p>
          </div>
        )}
        <div className="actions">
          <button type="button" className="primary" disabled={open.isPending} onClick={() => open.mutate()}>
            {open.isPending ? 'Openen…' : 'Formulier openen'}
          </button>
        </div>
      </div>
    );
  }

  const dead = deadLink(info);
  return (
    <div>
      <h1>{dead.title}</h1>
      <div className={dead.offerNewLink ? 'banner warn' : 'banner ok'} data-testid="link-state">
        <p>{dead.text}</p>
        {info?.formTitle && <p>Het ging om: {info.formTitle}.</p>}
      </div>
      {!dead.offerNewLink ? null : renew.isSuccess ? (
        <div className="banner ok" role="status">
          <p>
            {renew.data.sentTo === 'rater'
              ? 'We hebben een nieuwe link gestuurd naar het e-mailadres waarop je de uitnodiging kreeg.'
              : 'We hebben het secretariaat gevraagd je een nieuwe link te sturen.'}
          </p>
        </div>
      ) : (
        <>
          {renew.isError && (
            <div className="banner error" role="alert">
              <p>{dutchMessage(renew.error)}</p>
            </div>
          )}
          {!wellFormed && <p>Neem contact op met het secretariaat van je opleiding voor een nieuwe link.</p>}
          {wellFormed && (
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={renew.isPending}
                onClick={() => renew.mutate()}
              >
                Stuur mij een nieuwe link
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
