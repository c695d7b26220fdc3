// The trainee asks the raters of an assessment part to fill it (askRaterToFill): who fills an assessment part
// is not the trainee's choice (docs/rules.md, "Who fills an assessment part"), a reminder by mail is.
import { dutchMessage } from '../../app/errors';
import { useAskRaterToFill } from './queries';

export function AskRater({
  formId,
  partId,
  raterLabel,
}: {
  formId: string;
  partId: string;
  raterLabel: string;
}) {
  const ask = useAskRaterToFill();
  if (ask.isSuccess) {
    return (
      <div className="banner ok" role="status">
        <p>
          Gevraagd. {ask.data.sentTo.join(' en ')} {ask.data.sentTo.length > 1 ? 'kregen' : 'kreeg'} een
          e-mail met een link naar dit deel.
        </p>
      </div>
    );
  }
  return (
    <>
      <button type="button" disabled={ask.isPending} onClick={() => ask.mutate({ formId, partId })}>
        Vraag je {raterLabel} om dit deel in te vullen
      </button>
      {ask.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(ask.error)}</p>
        </div>
      )}
    </>
  );
}
