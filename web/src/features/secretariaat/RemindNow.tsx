// "Herinner nu" on a row of Achterstanden: one reminder to the part's raters now (the remindNow callable), at
// most once per part per day. The envelope's `remindedOn` keeps the button at "Herinnerd vandaag" for everyone,
// after a reload too; a second click the same day sends nothing (the function says so).
import { useMutation } from '@tanstack/react-query';
import { callApi } from '../../app/api';
import { dutchMessage } from '../../app/errors';
import type { OverdueRow } from './overdue';

/** `describedBy`: the id of the row's form title cell, so each button says which part it reminds. */
export function RemindNow({ row, describedBy }: { row: OverdueRow; describedBy: string }) {
  const remind = useMutation({
    mutationFn: () => callApi('remindNow', { formId: row.formId, partId: row.partId }),
  });
  if (!row.hasRaters) return <span className="help">Niemand aangewezen</span>;
  if (row.remindedToday || remind.isSuccess) {
    const to = remind.data?.sentTo ?? [];
    return (
      <span className="chip ok" role="status">
        Herinnerd vandaag{to.length > 0 && ` (${to.join(', ')})`}
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        disabled={remind.isPending}
        aria-describedby={describedBy}
        onClick={() => remind.mutate()}
      >
        Herinner nu
      </button>
      {remind.isError && (
        <span className="error-text" role="alert">
          {dutchMessage(remind.error)}
        </span>
      )}
    </>
  );
}
