// Firestore listeners feeding TanStack Query: the query function resolves with the first snapshot, and
// useLiveUpdates keeps the cached value current while a component shows it. The cache holds parsed plain
// objects (converters parse with zod), never snapshots.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

export type Subscribe<T> = (next: (value: T) => void, fail: (error: Error) => void) => () => void;

/** Resolves with the first value a listener delivers, then detaches it. */
export function firstValue<T>(subscribe: Subscribe<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const handle: { unsubscribe?: () => void } = {};
    const finish = () => {
      done = true;
      if (handle.unsubscribe) queueMicrotask(handle.unsubscribe);
    };
    handle.unsubscribe = subscribe(
      (value) => {
        if (done) return;
        finish();
        resolve(value);
      },
      (error) => {
        if (done) return;
        finish();
        reject(error);
      },
    );
    if (done) queueMicrotask(handle.unsubscribe);
  });
}

/** Keeps `queryKey` up to date from a listener while the calling component is mounted. */
export function useLiveUpdates<T>(queryKey: QueryKey, subscribe: Subscribe<T>, enabled = true): void {
  const qc = useQueryClient();
  const latest = useRef({ queryKey, subscribe });
  // Declared before the subscribing effect, so it runs first and the listener sees this render's values.
  useEffect(() => {
    latest.current = { queryKey, subscribe };
  });
  const hash = JSON.stringify(queryKey);
  useEffect(() => {
    if (!enabled) return;
    const { queryKey: key, subscribe: sub } = latest.current;
    return sub(
      (value) => qc.setQueryData(key, value),
      // A listener that fails (e.g. access withdrawn) turns into a failed refetch, so the error shows.
      () => void qc.invalidateQueries({ queryKey: key, exact: true }),
    );
  }, [qc, hash, enabled]);
}
