// The save state of a part being filled, shown in the form's sticky bottom bar next to the submit button so
// it stays in view while typing (docs/architecture.md, "The form on a phone").
import { formatDateTime } from '@praktijkvolg/domain';
import type { SaveState } from './useAutosave';

export type SyncStateName = 'error' | 'saving' | 'offline' | 'pending' | 'saved' | 'empty';

interface Props {
  state: SaveState;
  /** The part as the local cache has it: written before, with writes the server has not confirmed yet. */
  part: {
    status: 'open' | 'draft' | 'submitted';
    pendingWrites: boolean;
    updatedAt?: Date | null | undefined;
  };
  online: boolean;
  error: string | undefined;
}

/** Which of the states applies: a failed save first, then typing, then the connection, then the part. */
export function syncStateOf({ state, part, online, error }: Props): SyncStateName {
  if (error) return 'error';
  if (state === 'typing') return 'saving';
  if (part.pendingWrites) return online ? 'pending' : 'offline';
  if (!online) return 'offline';
  return part.status === 'draft' ? 'saved' : 'empty';
}

const CHIP: Record<SyncStateName, string> = {
  error: 'chip bad',
  saving: 'chip neutral',
  offline: 'chip warn',
  pending: 'chip warn',
  saved: 'chip ok',
  empty: 'chip neutral',
};

export function SyncState(props: Props) {
  const name = syncStateOf(props);
  const text: Record<SyncStateName, string> = {
    error: `Opslaan mislukt: ${props.error}. Je tekst blijft op dit toestel bewaard.`,
    saving: 'Opslaan…',
    offline: 'Niet verbonden – wordt bewaard op dit toestel',
    pending: 'Nog niet gesynchroniseerd – wordt verstuurd',
    saved: 'Opgeslagen',
    empty: 'Wat je typt wordt automatisch bewaard',
  };
  return (
    <span className="sync-state" role="status" aria-live="polite">
      <span
        className={CHIP[name]}
        data-testid="sync-state"
        // 'offline' without unsent writes reads as 'pending' to the tests that wait for a queued write.
        data-state={name === 'offline' ? (props.part.pendingWrites ? 'pending' : 'offline') : name}
        title={
          name === 'saved' && props.part.updatedAt
            ? `Opgeslagen op ${formatDateTime(props.part.updatedAt)}`
            : undefined
        }
      >
        {text[name]}
      </span>
    </span>
  );
}
