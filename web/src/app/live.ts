// Firestore listeners feeding TanStack Query: the query function resolves with the first snapshot, and
// useLiveUpdates keeps the cached value current while a component shows it. The cache holds parsed plain
// objects (converters parse with zod), never snapshots. No value import from 'firebase/firestore' here: the
// form route uses this module before the full SDK is loaded (./firestore.ts); a reference passed in proves it is.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { DocumentReference, Query } from 'firebase/firestore';
import { useEffect, useRef } from 'react';
import { fullFirestore, loadFullFirestore, type FullFirestore } from './firestore';

/** onSnapshot of the full SDK, which is loaded whenever a caller holds one of its references. */
function onSnapshotOfFullSdk() {
  const sdk = fullFirestore();
  if (!sdk) throw new Error('A Firestore reference without the full SDK loaded');
  return sdk.onSnapshot;
}

export type Subscribe<T> = (next: (value: T) => void, fail: (error: Error) => void) => () => void;

/**
 * One document; null = it does not exist according to the server (an empty offline cache is not an answer, so
 * the listener waits). A converter that throws (zod) fails the query instead of showing bad data.
 */
export function subscribeDocument<T>(
  ref: DocumentReference<T>,
  withPendingWrites = false,
): Subscribe<T | null> {
  return (next, fail) =>
    onSnapshotOfFullSdk()(
      ref,
      // includeMetadataChanges: hasPendingWrites can then drive "Nog niet gesynchroniseerd".
      { includeMetadataChanges: withPendingWrites },
      (snap) => {
        if (!snap.exists() && snap.metadata.fromCache) return;
        try {
          next(snap.exists() ? snap.data() : null);
        } catch (e) {
          fail(e as Error);
        }
      },
      fail,
    );
}

/** The parsed documents of a query, optionally ordered. */
export function subscribeQuery<T>(q: Query<T>, order?: (a: T, b: T) => number): Subscribe<T[]> {
  return (next, fail) =>
    onSnapshotOfFullSdk()(
      q,
      (snap) => {
        try {
          const values = snap.docs.map((d) => d.data());
          next(order ? values.sort(order) : values);
        } catch (e) {
          fail(e as Error);
        }
      },
      fail,
    );
}

/**
 * A listener that first needs the full SDK (and, if `make` is async, what it loads, e.g. a converter's chunk):
 * attaches once it is loaded (./firestore.ts); detaching before that cancels it.
 */
export function afterFullSdk<T>(
  make: (sdk: FullFirestore) => Subscribe<T> | Promise<Subscribe<T>>,
): Subscribe<T> {
  return (next, fail) => {
    let stop: (() => void) | undefined;
    let stopped = false;
    loadFullFirestore()
      .then(make)
      .then(
        (subscribe) => {
          if (!stopped) stop = subscribe(next, fail);
        },
        (e: unknown) => fail(e instanceof Error ? e : new Error(String(e))),
      );
    return () => {
      stopped = true;
      stop?.();
    };
  };
}

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
