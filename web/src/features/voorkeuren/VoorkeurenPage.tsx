// Voorkeuren: how Praktijkvolg keeps a person informed: the daily e-mail ("E-mail": its hour, the messages one may
// switch off, and which mails cannot be) and the calendar feed ("Agenda"). Only for an account: a single-use link
// session is one form part, not a person with preferences.
import { useEffect } from 'react';
import { useSignedIn } from '../../app/session';
import { CalendarFeedSection } from './CalendarFeedSection';
import { MailPreferencesSection } from './MailPreferencesSection';

export default function VoorkeurenPage() {
  const session = useSignedIn();
  useEffect(() => {
    document.title = 'Voorkeuren – Praktijkvolg';
  }, []);
  return (
    <div>
      <h1>Voorkeuren</h1>
      {session.claims.linkPart ? (
        <div className="banner warn" role="status">
          <p>
            Je bent aangemeld met een eenmalige link voor één formulier. Voorkeuren horen bij een eigen
            account: meld je aan met je e-mailadres.
          </p>
        </div>
      ) : (
        <>
          <p>Hier stel je in hoe Praktijkvolg je op de hoogte houdt van wat je moet doen.</p>
          <MailPreferencesSection uid={session.uid} />
          <CalendarFeedSection uid={session.uid} />
        </>
      )}
    </div>
  );
}
