// "Nieuwe versie beschikbaar – vernieuwen": shown when a new version of the app is installed and waiting
// (serviceWorker.ts). The reload happens only when the person asks for it; what they typed is kept in local
// storage and restored by the form (features/forms/draftStore.ts).
import { useUpdateAvailable } from './serviceWorker';

export function UpdatePrompt() {
  const apply = useUpdateAvailable();
  if (!apply) return null;
  return (
    <div className="update-prompt" role="status">
      Nieuwe versie beschikbaar –{' '}
      <button type="button" className="linklike" onClick={apply}>
        vernieuwen
      </button>
    </div>
  );
}
