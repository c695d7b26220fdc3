// /formulieren/:formId/afdrukken: every submitted part this person may read, laid out for paper; the
// browser's print dialog saves it as PDF.
import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'wouter';
import {
  fieldsForPart,
  formatDate,
  formatDateTime,
  getFormDefinition,
  PROGRAMMES,
  type PartId,
} from '@praktijkvolg/domain';
import { dutchMessage, isPermissionDenied } from '../../app/errors';
import { useTraject } from '../trajecten/queries';
import { AnswersView } from './AnswersView';
import { partTitle } from './OtherParts';
import { formQueries, useEnvelope } from './queries';

export default function PrintPage() {
  const { formId = '' } = useParams();
  const envelope = useEnvelope(formId);
  const f = envelope.data ?? undefined;
  const traject = useTraject(f?.trajectId, !!f);
  const partIds = f
    ? (getFormDefinition(f.formType)
        .parts.map((p) => p.partId)
        .filter((p) => f.parts[p]?.status === 'submitted') as PartId[])
    : [];
  const parts = useQueries({
    // Empty until the envelope is in: nothing to wait for, no placeholder query.
    queries: partIds.map((p) => formQueries.part(formId, p)),
  });

  useEffect(() => {
    if (f) document.title = `${f.title} – Praktijkvolg`;
  }, [f]);

  if (envelope.isPending) return <p role="status">Laden…</p>;
  if (!f) {
    return (
      <div className="banner error" role="alert">
        <p>{envelope.isError ? dutchMessage(envelope.error) : 'Dit formulier bestaat niet (meer).'}</p>
      </div>
    );
  }
  const def = getFormDefinition(f.formType);
  const t = traject.data ?? undefined;
  return (
    <article>
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          Afdrukken / PDF opslaan
        </button>
        <Link className="button" to={`/formulieren/${formId}`}>
          Terug
        </Link>
      </div>
      <h1>{f.title}</h1>
      <p>
        {t ? (
          <>
            {t.traineeName} · {PROGRAMMES[t.programme].label} · {t.workplace}
            <br />
          </>
        ) : null}
        Deadline {formatDate(f.dueAt)} · afgedrukt op {formatDateTime(new Date())}
      </p>
      {partIds.length === 0 && <p>Er zijn nog geen ingediende delen.</p>}
      {partIds.map((p, i) => {
        const q = parts[i]!;
        const data = q.data ?? undefined;
        return (
          <section className="card" key={p}>
            <h2>{partTitle(def, p)}</h2>
            {q.isPending ? (
              <p>Laden…</p>
            ) : q.isError ? (
              <p className="muted">
                {isPermissionDenied(q.error) ? 'Dit deel is voor jou niet zichtbaar.' : dutchMessage(q.error)}
              </p>
            ) : data ? (
              <>
                <p className="muted">
                  Ingediend{data.submittedAt ? ` op ${formatDateTime(data.submittedAt)}` : ''}
                  {t && data.updatedBy && t.names[data.updatedBy] ? ` door ${t.names[data.updatedBy]}` : ''}
                  {data.version > 1 ? ` · versie ${data.version}` : ''}
                </p>
                <AnswersView fields={fieldsForPart(def, p)} answers={data.answers} />
              </>
            ) : null}
          </section>
        );
      })}
    </article>
  );
}
