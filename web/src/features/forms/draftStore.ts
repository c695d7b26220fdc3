// A local copy of what is being typed, per person and part, written on every change. Firestore's offline
// cache keeps writes it has accepted; this copy also covers the second before the debounced write and a
// browser that refuses IndexedDB, so nothing typed is lost on a reload.
// Read before the form's first render, so checked by hand rather than with zod (which the form route loads
// only after it is interactive, docs/architecture.md).

export interface LocalDraft {
  values: Record<string, unknown>;
  savedAt: number;
  /** True once Firestore confirmed a write of exactly these values. */
  synced: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored copy if it has this shape (written by an earlier version or by hand, it may not). */
export function asLocalDraft(v: unknown): LocalDraft | undefined {
  if (!isRecord(v) || !isRecord(v.values)) return undefined;
  if (typeof v.savedAt !== 'number' || !Number.isFinite(v.savedAt) || typeof v.synced !== 'boolean')
    return undefined;
  return { values: v.values, savedAt: v.savedAt, synced: v.synced };
}

const key = (uid: string, formId: string, partId: string) => `pv:draft:${uid}:${formId}/${partId}`;

export function readLocalDraft(uid: string, formId: string, partId: string): LocalDraft | undefined {
  try {
    const raw = localStorage.getItem(key(uid, formId, partId));
    if (!raw) return undefined;
    return asLocalDraft(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

export function writeLocalDraft(uid: string, formId: string, partId: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(key(uid, formId, partId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: Firestore's own cache still has the debounced writes.
  }
}

/** Marks the copy as synced if it still holds the values saved at `savedAt`. */
export function markLocalDraftSynced(uid: string, formId: string, partId: string, savedAt: number): void {
  const d = readLocalDraft(uid, formId, partId);
  if (d && d.savedAt === savedAt) writeLocalDraft(uid, formId, partId, { ...d, synced: true });
}

export function clearLocalDraft(uid: string, formId: string, partId: string): void {
  try {
    localStorage.removeItem(key(uid, formId, partId));
  } catch {
    // nothing to clear
  }
}

/**
 * Which values to start from: the local copy when it has something the server does not (unsynced, or
 * newer than the server's last update), otherwise the server's answers.
 */
export function chooseStart(
  local: LocalDraft | undefined,
  serverUpdatedAt: Date | null | undefined,
): 'local' | 'server' {
  if (!local) return 'server';
  if (!local.synced) return 'local';
  if (!serverUpdatedAt) return 'local';
  return local.savedAt > serverUpdatedAt.getTime() ? 'local' : 'server';
}
