// A submitted part: a confirmation at the top of the view with what the person can still do, then the
// answers. Right after a submission the view scrolls up and focus moves to the confirmation, so a phone
// user who tapped "indienen" at the bottom sees it at once.
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import { formatDateTime, type FieldDef } from '@praktijkvolg/domain';
import type { SignedIn } from '../../app/session';
import { AnswersView } from './AnswersView';
import { answersHeading, partFillerText } from './Designation';
import { clearLocalDraft } from './draftStore';
import type { FormPart } from './model';

/** "Ingediend op 2 december 2026 om 10:15 – dit kun je nog doen:" with the person's next steps. */
export function SubmittedConfirmation({
  at,
  pending,
  formId,
  linkSession,
  focus,
}: {
  at: Date | undefined;
  /** Submitted on this device, not yet confirmed by the server (offline). */
  pending: boolean;
  formId: string;
  /** A single-use link may not open the overview or the print page: it prints this view. */
  linkSession: boolean;
  /** Move focus here (right after submitting, not when an already submitted part is opened). */
  focus: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus) return;
    window.scrollTo({ top: 0 });
    ref.current?.focus();
  }, [focus]);
  const when = at ? ` op ${formatDateTime(at)}` : '';
  let next: ReactNode[];
  if (linkSession) {
    next = [
      <button key="print" type="button" className="linklike" onClick={() => window.print()}>
        Deze pagina afdrukken of opslaan als PDF
      </button>,
      'Dit venster sluiten: de link is nu gebruikt.',
    ];
  } else {
    next = [
      <Link key="print" to={`/formulieren/${formId}/afdrukken`}>
        Afdrukken of opslaan als PDF
      </Link>,
      <Link key="parts" to={`/formulieren/${formId}`}>
        Alle delen van dit formulier bekijken
      </Link>,
      <Link key="home" to="/">
        Terug naar mijn overzicht
      </Link>,
    ];
  }
  return (
    <div
      className={pending ? 'banner warn' : 'banner ok'}
      role="status"
      aria-live="polite"
      data-testid="submitted"
    >
      <h2 id="submitted-title" tabIndex={-1} ref={ref}>
        {pending ? 'Ingediend, nog niet gesynchroniseerd' : `Ingediend${when} – dit kun je nog doen:`}
      </h2>
      {pending ? (
        <p>
          Je antwoorden staan klaar op dit apparaat en worden verstuurd zodra er weer verbinding is. Sluit de
          app niet af voordat dit bericht verdwijnt.
        </p>
      ) : (
        <>
          <ul className="no-print">
            {next.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <p>Je deel is ingediend. Het kan niet meer worden gewijzigd.</p>
        </>
      )}
    </div>
  );
}

export function Submitted({
  part,
  fields,
  session,
  names,
  justSubmitted,
}: {
  part: FormPart;
  fields: readonly FieldDef[];
  session: SignedIn;
  names: Record<string, string> | undefined;
  justSubmitted: { at: Date } | undefined;
}) {
  useEffect(() => {
    clearLocalDraft(session.uid, part.formId, part.partId);
  }, [session.uid, part.formId, part.partId]);
  return (
    <section aria-labelledby="submitted-title">
      <SubmittedConfirmation
        at={part.submittedAt ?? justSubmitted?.at}
        pending={part.pendingWrites}
        formId={part.formId}
        linkSession={!!session.claims.linkPart}
        focus={!!justSubmitted}
      />
      {/* A shared part (duo-opleiders, a waarnemer) says who wrote it: docs/rules.md, "Who fills an assessment part". */}
      <h2>{answersHeading(part, names, session.uid)}</h2>
      {part.designation && <p className="muted">{partFillerText(part, names, session.uid)}</p>}
      <AnswersView fields={fields} answers={part.answers} />
    </section>
  );
}
