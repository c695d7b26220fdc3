// Autosave of one part: every change goes to local storage at once and to Firestore after a pause in typing
// (AUTOSAVE_MS), when the tab is hidden or left, and on unmount. Offline, the Firestore write waits in its
// cache; the local copy also covers the moment before the debounced write and a reload (draftStore.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldDef, FormType, PartId } from '@praktijkvolg/domain';
import { fromUiValues, toUiValues, type UiValues } from './answers';
import { chooseStart, markLocalDraftSynced, readLocalDraft, writeLocalDraft } from './draftStore';
import { saveDraft } from './queries';

export const AUTOSAVE_MS = 800;

/** 'typing': a change waits for the pause before it is sent. */
export type SaveState = 'idle' | 'typing';

export interface AutosaveTarget {
  uid: string;
  formId: string;
  partId: PartId;
  formType: FormType;
  fields: readonly FieldDef[];
  /** The stored answers and when they were written, to choose between them and a newer local copy. */
  answers: Record<string, unknown>;
  updatedAt: Date | null | undefined;
}

export interface Autosave {
  /** The values the form starts with (a local copy the server has not seen wins). */
  start: { values: UiValues; unsynced: boolean };
  state: SaveState;
  /** The Dutch message of the last failed save, cleared by the next successful one. */
  saveError: string | undefined;
  onChange: (values: UiValues) => void;
  /** Drops what is pending (the submission carries the answers itself). */
  cancel: () => void;
}

export function useAutosave(target: AutosaveTarget, describeError: (err: unknown) => string): Autosave {
  const { uid, formId, partId, formType, fields } = target;
  const [start] = useState(() => {
    const local = readLocalDraft(uid, formId, partId);
    return chooseStart(local, target.updatedAt) === 'local' && local
      ? { values: local.values as UiValues, unsynced: true }
      : { values: toUiValues(fields, target.answers), unsynced: false };
  });
  const [state, setState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<string>();
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<{ values: UiValues; savedAt: number } | undefined>(undefined);

  // What a save needs, kept in a ref so the save functions below are stable: effects that depend on them
  // (unload, unmount) must not re-run, and flush pending writes, on every render.
  const latest = useRef({ formId, partId, formType, fields, uid, describeError });
  useEffect(() => {
    latest.current = { formId, partId, formType, fields, uid, describeError };
  });

  /** Sends the pending values (no React state here, so it can run from effects too). */
  const send = useCallback(() => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (!next) return;
    const t = latest.current;
    // Not awaited: offline the promise only settles once the server has the write. A validation error
    // (thrown synchronously by the schema) is reported the same way as a refused write.
    Promise.resolve()
      .then(() => saveDraft(t.formId, t.partId, t.formType, fromUiValues(t.fields, next.values), t.uid))
      .then(() => {
        markLocalDraftSynced(t.uid, t.formId, t.partId, next.savedAt);
        setSaveError(undefined);
      })
      .catch((err: unknown) => setSaveError(latest.current.describeError(err)));
  }, []);

  const flush = useCallback(() => {
    setState('idle');
    send();
  }, [send]);

  const onChange = useCallback(
    (values: UiValues) => {
      const t = latest.current;
      const savedAt = Date.now();
      writeLocalDraft(t.uid, t.formId, t.partId, { values, savedAt, synced: false });
      pending.current = { values, savedAt };
      setState('typing');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, AUTOSAVE_MS);
    },
    [flush],
  );

  const cancel = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = undefined;
    setState('idle');
  }, []);

  // A local copy the server has not seen (e.g. typed just before a reload): send it now.
  useEffect(() => {
    if (start.unsynced) {
      pending.current = { values: start.values, savedAt: Date.now() };
      send();
    }
  }, [start, send]);

  // Leaving the page or hiding the tab: write what is pending at once.
  useEffect(() => {
    const onHide = () => send();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      send();
    };
  }, [send]);

  return { start, state, saveError, onChange, cancel };
}
