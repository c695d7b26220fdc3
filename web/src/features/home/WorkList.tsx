// A list of form parts to fill, with whom each is about and its deadline or submission date.
import { Link } from 'wouter';
import {
  daysLate,
  formatDate,
  formatDueRelative,
  getFormDefinition,
  hasDeadline,
  lateLabel,
  type PartId,
} from '@praktijkvolg/domain';
import type { FormEnvelope } from '../forms/model';
import type { TrajectDoc } from '../trajecten/model';
import type { WorkItem } from './work';

function partName(form: FormEnvelope, partId: PartId): string {
  return getFormDefinition(form.formType).parts.find((p) => p.partId === partId)?.label ?? partId;
}

export function WorkList({
  items,
  now,
  trajecten,
  empty,
}: {
  items: WorkItem[];
  now: Date;
  trajecten: Map<string, TrajectDoc>;
  empty: string;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="worklist">
      {items.map(({ form, partId, bucket }) => {
        const t = trajecten.get(form.trajectId);
        return (
          <li
            key={`${form.formId}/${partId}`}
            className={bucket === 'overdue' ? 'overdue' : bucket === 'now' ? 'now' : undefined}
          >
            <Link className="title" to={`/formulieren/${form.formId}/${partId}`}>
              {form.title}
            </Link>
            <div className="meta">
              {partName(form, partId)}
              {t && <> · {t.traineeName}</>}
            </div>
            <div className="meta">
              {bucket === 'coming' && (
                <>
                  Open vanaf {formatDate(form.opensAt)} · uiterlijk {formatDate(form.dueAt)}
                </>
              )}
              {bucket === 'now' && !hasDeadline(form.formType, partId) && (
                <>Geen deadline: je bepaalt zelf wanneer je dit indient.</>
              )}
              {bucket === 'now' && hasDeadline(form.formType, partId) && (
                <>
                  Uiterlijk {formatDate(form.dueAt)}{' '}
                  <span className="chip neutral">{formatDueRelative(form.dueAt, now)}</span>
                  {form.parts[partId]?.status === 'draft' && (
                    <>
                      {' '}
                      · <span className="chip warn">concept</span>
                    </>
                  )}
                </>
              )}
              {bucket === 'overdue' && (
                <>
                  Was uiterlijk {formatDate(form.dueAt)}{' '}
                  <span className="chip bad">{lateLabel(daysLate(form.dueAt, now))}</span>
                </>
              )}
              {bucket === 'done' && (
                <span className="chip ok">
                  ingediend
                  {form.parts[partId]?.submittedAt
                    ? ` op ${formatDate(form.parts[partId]!.submittedAt!)}`
                    : ''}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
