// Firestore in two steps, so an e-mailed form link is usable before the full SDK arrives (docs/architecture.md,
// "The form route on a phone"):
//   1. Firestore Lite (one-shot REST reads, ≈25 kB gzip) reads the form's documents for the first render;
//   2. the full SDK (./firebase.ts: offline cache, listeners, queued writes) loads once the form is
//      interactive and takes over: live listeners replace the one-shot values and every write goes through it.
// Nothing typed depends on the switch: the form keeps its values and the draft copy in local storage.
import { useSyncExternalStore } from 'react';
import type * as Full from 'firebase/firestore';
import { afterInteractive } from './afterInteractive';

/** The parts of the full SDK the lazily loaded code uses, handed over by ./firebase.ts when it is evaluated. */
export interface FullFirestore {
  db: Full.Firestore;
  collection: typeof Full.collection;
  doc: typeof Full.doc;
  onSnapshot: typeof Full.onSnapshot;
  query: typeof Full.query;
  serverTimestamp: typeof Full.serverTimestamp;
  setDoc: typeof Full.setDoc;
  updateDoc: typeof Full.updateDoc;
  where: typeof Full.where;
}

let full: FullFirestore | undefined;
let loading: Promise<FullFirestore> | undefined;
const listeners = new Set<() => void>();

export function provideFullFirestore(sdk: FullFirestore): void {
  full = sdk;
  // For tests and the benchmark: the page has handed over to the full SDK.
  document.documentElement.dataset.firestore = 'full';
  for (const l of listeners) l();
}

/** The full SDK if it is already loaded. */
export function fullFirestore(): FullFirestore | undefined {
  return full;
}

/**
 * Loads the full SDK (once); resolves when it is ready. If its chunk cannot be fetched (offline before the
 * service worker had it), it tries again when the connection is back, so a save waiting for it stays pending
 * instead of failing; the typed values are safe in the local draft copy meanwhile.
 */
export function loadFullFirestore(): Promise<FullFirestore> {
  if (full) return Promise.resolve(full);
  loading ??= importPatiently(() => import('./firebase')).then(() => full!);
  return loading;
}

/**
 * A dynamic import that, when its chunk cannot be fetched (offline before the service worker had it), tries
 * again when the connection is back instead of failing: what waits for it stays pending.
 */
export function importPatiently<M>(load: () => Promise<M>): Promise<M> {
  return new Promise<M>((resolve) => {
    const attempt = () =>
      load().then(resolve, () => window.addEventListener('online', attempt, { once: true }));
    void attempt();
  });
}

/** The full SDK once loaded (re-renders when it arrives), else undefined. */
export function useFullFirestore(): FullFirestore | undefined {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => full,
  );
}

/**
 * Starts loading the full SDK once the form is interactive, or after a few seconds on any other route, when
 * the main thread is idle (./afterInteractive.ts): it must not compete with the first render.
 */
export function loadFullFirestoreWhenIdle(): void {
  afterInteractive(() => void loadFullFirestore().catch(() => undefined));
}
