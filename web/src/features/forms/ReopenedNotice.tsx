// The secretariat reopened this submitted part (reopenPart): "Heropend door <naam> op <datum>: <reden>", above the
// form, for its rater and for whoever reads the part. The earlier version stays in the dossier (docs/rules.md,
// "Corrections of submitted parts").
import { reopenedLine } from '@praktijkvolg/domain';
import type { FormPart } from './model';

type Reopened = NonNullable<FormPart['reopened']>;

export function ReopenedNotice({
  reopened,
  status,
  version,
}: {
  reopened: Reopened;
  status: FormPart['status'];
  version: number;
}) {
  return (
    <div className={`banner ${status === 'submitted' ? '' : 'warn'}`} role="status" data-testid="reopened">
      <p>
        <strong>{reopenedLine(reopened)}</strong>
      </p>
      <p className="muted">
        {status === 'submitted'
          ? `Dit is versie ${version}, opnieuw ingediend; de eerdere versie is bewaard.`
          : `Pas aan wat nodig is en dien dit deel opnieuw in (versie ${version}). De eerdere versie is bewaard in het dossier.`}
      </p>
    </div>
  );
}
