// Trust, then verify (app/firestoreLite.ts): a first read with Firestore Lite is shown after a structural check,
// and nothing is written before the document was parsed with its schema (verifiedRead).
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const stored = new Map<string, Record<string, unknown>>();
vi.mock('firebase/firestore/lite', () => ({
  connectFirestoreEmulator: () => undefined,
  getFirestore: () => ({}),
  doc: (_db: unknown, path: string) => ({ path }),
  getDoc: (ref: { path: string }) => {
    const data = stored.get(ref.path);
    const segments = ref.path.split('/');
    return Promise.resolve({
      id: segments.at(-1),
      ref: { parent: { parent: segments.length > 2 ? { id: segments.at(-3) } : null } },
      exists: () => data !== undefined,
      data: () => data,
    });
  },
}));
vi.mock('./firebaseApp', () => ({ app: {}, emulators: null }));
vi.mock('./firestore', () => ({ fullFirestore: () => undefined }));

const { readFirst, verifiedRead } = await import('./firestoreLite');

const neverFromFullSdk = () => {
  throw new Error('not used: the Lite read answers');
};
const read = (parse: (snap: QueryDocumentSnapshot) => unknown) => ({
  lite: (snap: QueryDocumentSnapshot) => snap.data(),
  parse: () => Promise.resolve(parse),
});

describe('readFirst with Firestore Lite, then verifiedRead', () => {
  beforeEach(() => {
    stored.clear();
    vi.stubGlobal('navigator', { onLine: true });
  });

  it('shows the Lite value at once and lets writes through once the full parse accepts it', async () => {
    stored.set('forms/f1/parts/aios', { answers: { a: 1 } });
    const parse = vi.fn((snap: QueryDocumentSnapshot) => snap.data());
    expect(await readFirst('forms/f1/parts/aios', read(parse), neverFromFullSdk)).toEqual({
      answers: { a: 1 },
    });
    expect(parse).not.toHaveBeenCalled();
    await expect(verifiedRead('forms/f1/parts/aios')).resolves.toBeUndefined();
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('refuses a write when the document does not fit its schema', async () => {
    stored.set('forms/f2/parts/aios', { answers: { onbekend: 1 } });
    const parse = () => {
      throw new Error('De opgeslagen antwoorden passen niet bij dit formulier');
    };
    expect(await readFirst('forms/f2/parts/aios', read(parse), neverFromFullSdk)).toBeTruthy();
    await expect(verifiedRead('forms/f2/parts/aios')).rejects.toThrow('passen niet');
  });

  it('has nothing to verify for a document it did not read', async () => {
    await expect(verifiedRead('forms/nooit/parts/aios')).resolves.toBeUndefined();
    expect(
      await readFirst(
        'forms/f3',
        read(() => null),
        neverFromFullSdk,
      ),
    ).toBeNull();
    await expect(verifiedRead('forms/f3')).resolves.toBeUndefined();
  });
});
