// "Agenda": a private calendar link (iCalendar) with the person's open deadlines, for Outlook or Google
// Agenda to subscribe to. The URL holds a secret, is shown once right after it is made and is never stored
// here; renewing makes a new one and ends the old (docs/data-model.md, `calendarFeeds`).
import { useId, useState } from 'react';
import { formatDate } from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import { useCalendarFeedStatus, useRenewCalendarFeed, useRevokeCalendarFeed } from './queries';

function CopyableUrl({ url }: { url: string }) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <div className="banner ok">
      <p>
        <strong>Je nieuwe agenda-link.</strong> Kopieer hem nu: hij wordt maar één keer getoond. Later kun je
        alleen een nieuwe maken.
      </p>
      <div className="field">
        <label htmlFor={id}>Agenda-link</label>
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={copy}>
          Kopieer link
        </button>
      </div>
      <p role="status" aria-live="polite">
        {copied === 'yes' && 'Gekopieerd. Plak de link in je agenda-app (zie hieronder).'}
        {copied === 'failed' && 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.'}
      </p>
    </div>
  );
}

function Instructions() {
  return (
    <>
      <h3>Zo zet je de link in je agenda</h3>
      <ul>
        <li>
          <strong>Outlook</strong> (web en nieuwe Outlook): Agenda → Agenda toevoegen → Abonneren vanaf
          internet → plak de link, geef de agenda een naam (bijvoorbeeld ‘Praktijkvolg’) → Importeren.
          Klassieke Outlook voor Windows: Agenda → Agenda toevoegen → Van internet… → plak de link → OK.
        </li>
        <li>
          <strong>Google Agenda</strong> (op een computer): Instellingen (tandwiel) → Agenda toevoegen → Via
          URL → plak de link → Agenda toevoegen. De agenda verschijnt daarna ook op je telefoon.
        </li>
        <li>
          <strong>Apple Agenda</strong>: Archief → Nieuw agenda-abonnement → plak de link.
        </li>
      </ul>
      <p className="help">
        Je agenda-app haalt de gegevens zelf op, meestal een paar keer per dag (Google soms maar één keer per
        dag). Een wijziging staat daarom niet meteen in je agenda; in Praktijkvolg zie je altijd de actuele
        stand.
      </p>
    </>
  );
}

export function CalendarFeedSection({ uid }: { uid: string }) {
  const headingId = useId();
  const status = useCalendarFeedStatus(uid);
  const renew = useRenewCalendarFeed(uid);
  const revoke = useRevokeCalendarFeed(uid);
  const busy = renew.isPending || revoke.isPending;
  const active = status.data?.active ?? false;
  // The URL only while this page is open, and only until the link is stopped.
  const shownUrl = renew.data && active ? renew.data.url : null;
  // One outcome at a time: a new attempt clears the other button's success or error.
  const make = () => {
    revoke.reset();
    renew.mutate();
  };
  const stop = () => {
    renew.reset();
    revoke.mutate();
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Agenda</h2>
      <p>
        Met een agenda-link zie je je deadlines uit Praktijkvolg in je eigen agenda, zoals Outlook of Google
        Agenda: elk formulier dat jij nog moet invullen staat op de dag dat het klaar moet zijn, met een link
        naar het formulier. Geplande voortgangsgesprekken staan er ook in. Verschuift een deadline, dan
        schuift hij in je agenda mee; heb je een formulier ingeleverd, dan verdwijnt het.
      </p>
      <p>
        De link is geheim: wie hem heeft, ziet je deadlines (met de naam van de aios of deelnemer bij jouw
        formulieren). Deel hem niet. Denk je dat iemand anders hem heeft, vernieuw hem dan.
      </p>

      {status.isPending && <p role="status">Laden…</p>}
      {status.isError && (
        <p className="banner error" role="alert">
          Kon niet nagaan of je een agenda-link hebt: {dutchMessage(status.error)}
        </p>
      )}
      {status.isSuccess && (
        <p>
          {active
            ? `Je hebt een agenda-link${status.data.createdAt ? `, gemaakt op ${formatDate(new Date(status.data.createdAt))}` : ''}.`
            : 'Je hebt geen agenda-link.'}
        </p>
      )}
      {revoke.isSuccess && !active && (
        <p className="banner ok" role="status">
          Je agenda-link is gestopt: hij geeft geen gegevens meer. Verwijder de agenda ook uit je agenda-app.
        </p>
      )}

      {shownUrl && <CopyableUrl url={shownUrl} />}

      {status.isSuccess && (
        <div className="actions">
          {active ? (
            <>
              <button type="button" disabled={busy} onClick={make}>
                Vernieuw link (de oude werkt dan niet meer)
              </button>
              <button type="button" className="danger" disabled={busy} onClick={stop}>
                Stop agenda-link
              </button>
            </>
          ) : (
            <button type="button" className="primary" disabled={busy} onClick={make}>
              Maak agenda-link
            </button>
          )}
        </div>
      )}
      {(renew.isError || revoke.isError) && (
        <p className="banner error" role="alert">
          {dutchMessage(renew.error ?? revoke.error)}
        </p>
      )}

      <Instructions />
    </section>
  );
}
