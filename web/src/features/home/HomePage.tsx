// Per-role home: what I must do now, what is overdue, what is coming, and what my roles add (the opleider's
// LEOhs, the aios's traject, the secretariat's and hoofd opleiding's work queues). Each panel is its own
// file; a new panel is one more file with a HomePanel component and one entry in HOME_PANELS.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { dutchMessage } from '../../app/errors';
import { useSignedIn } from '../../app/session';
import { useMyForms } from '../forms/queries';
import { useMyTrajecten } from '../trajecten/queries';
import { LeohAboutMePanel } from './LeohAboutMePanel';
import { HuisartsPanel } from './HuisartsPanel';
import { MyTrajectenPanel } from './MyTrajectenPanel';
import { MyWorkPanel } from './MyWorkPanel';
import { PdgPanel } from './PdgPanel';
import { LedPanel } from './LedPanel';
import { MboPanel } from './MboPanel';
import type { HomePanel } from './panel';
import { RecentlySubmittedPanel } from './RecentlySubmittedPanel';
import { StaffPanel } from './StaffPanel';
import { myWork, withoutRefused } from './work';

/** The panels of a traject member, in the order they are shown. */
const HOME_PANELS: readonly { key: string; Panel: HomePanel }[] = [
  { key: 'work', Panel: MyWorkPanel },
  { key: 'huisarts', Panel: HuisartsPanel },
  { key: 'leoh', Panel: LeohAboutMePanel },
  { key: 'pdg', Panel: PdgPanel },
  { key: 'led', Panel: LedPanel },
  { key: 'mbo', Panel: MboPanel },
  { key: 'trajecten', Panel: MyTrajectenPanel },
  { key: 'done', Panel: RecentlySubmittedPanel },
];

export default function HomePage() {
  const session = useSignedIn();
  const [now] = useState(() => new Date());
  const forms = useMyForms(session.uid, session.claims.institute);
  const trajecten = useMyTrajecten(session.uid, session.claims.institute);
  const trajectMap = useMemo(
    () => new Map((trajecten.data ?? []).map((t) => [t.trajectId, t])),
    [trajecten.data],
  );
  const work = useMemo(
    () =>
      withoutRefused(
        myWork(forms.data ?? [], session.uid, session.claims.staff, now),
        session.actor,
        trajectMap,
      ),
    [forms.data, session.uid, session.claims.staff, session.actor, trajectMap, now],
  );
  const isStaff = session.claims.staff.length > 0;
  const isMember = (trajecten.data ?? []).length > 0 || (forms.data ?? []).length > 0;

  useEffect(() => {
    document.title = 'Overzicht – Praktijkvolg';
  }, []);

  if (session.claims.linkPart) {
    const [formId, partId] = session.claims.linkPart.split('/');
    return (
      <div>
        <h1>Welkom</h1>
        <p>Je bent aangemeld via een persoonlijke link voor één formulier.</p>
        <Link className="button primary" to={`/formulieren/${formId}/${partId}`}>
          Naar het formulier
        </Link>
      </div>
    );
  }

  const props = {
    session,
    now,
    forms: forms.data ?? [],
    trajecten: trajecten.data ?? [],
    trajectMap,
    work,
  };
  return (
    <div>
      <h1>Hallo {session.displayName}</h1>
      {isStaff && <StaffPanel session={session} now={now} />}
      {(isMember || !isStaff) && (
        <>
          {forms.isError && (
            <div className="banner error" role="alert">
              <p>Je formulieren konden niet worden geladen: {dutchMessage(forms.error)}</p>
            </div>
          )}
          {/* Wait for the trajecten too: the roles there decide which listed parts are refused work. */}
          {forms.isPending || trajecten.isPending ? (
            <p role="status">Formulieren laden…</p>
          ) : (
            HOME_PANELS.map(({ key, Panel }) => <Panel key={key} {...props} />)
          )}
        </>
      )}
    </div>
  );
}
