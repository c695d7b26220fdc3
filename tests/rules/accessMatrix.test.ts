// Runs the access matrix (matrix.ts) against firestore.rules on the emulator: every row × every actor, so each
// row proves both who may and that everyone else is refused (permission-denied). docs/access-matrix.md is
// generated from the same table.
import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  setLogLevel,
  where,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDb, rulesEnv } from './env.js';
import { ACTOR_IDS, ACTORS, MATRIX, type ActorId, type Row } from './matrix.js';
import { seedWorld } from './world.js';

setLogLevel('silent'); // every refusal would otherwise log a warning

let env: RulesTestEnvironment;
/** Set after a write went through: the next write case starts from a freshly seeded world. */
let dirty = true;

beforeAll(async () => {
  env = await rulesEnv();
});
afterAll(async () => {
  await env?.cleanup();
});

/** '$uid' → the actor's uid, '$now' → serverTimestamp(); undefined values are dropped. */
function resolve(value: unknown, uid: string): unknown {
  if (value === '$uid') return uid;
  if (value === '$now') return serverTimestamp();
  if (Array.isArray(value)) return value.map((v) => resolve(v, uid));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, resolve(v, uid)]),
    );
  }
  return value;
}

function attempt(db: Firestore, row: Row, uid: string): Promise<unknown> {
  switch (row.op) {
    case 'get':
      return getDoc(doc(db, row.path));
    case 'list':
      return getDocs(
        query(
          collection(db, row.path),
          ...(row.where ?? []).map(([f, op, v]) => where(f, op, resolve(v, uid))),
        ),
      );
    case 'create':
      return setDoc(doc(db, row.path), resolve(row.data ?? {}, uid) as Record<string, unknown>);
    case 'update':
      return updateDoc(doc(db, row.path), resolve(row.data ?? {}, uid) as Record<string, unknown>);
    case 'delete':
      return deleteDoc(doc(db, row.path));
  }
}

const label = (row: Row) => `${row.doc} · ${row.op} · ${row.what}`;

// One client per actor for the whole run (a new app per request would dominate the run time).
const clients = new Map<ActorId, Firestore>();
function clientOf(actor: ActorId): Firestore {
  let db = clients.get(actor);
  if (!db) {
    const def = ACTORS[actor];
    db = clientDb(env, def.uid, def.claims);
    clients.set(actor, db);
  }
  return db;
}

describe('access matrix', () => {
  it('every row names only known actors and is unique', () => {
    const seen = new Set<string>();
    for (const row of MATRIX) {
      for (const a of row.allow) expect(ACTOR_IDS).toContain(a);
      const key = `${row.op} ${row.path} ${JSON.stringify(row.where ?? [])} ${JSON.stringify(row.data ?? {})}`;
      expect(seen.has(key), `duplicate row: ${label(row)}`).toBe(false);
      seen.add(key);
      if (row.op === 'list') expect(row.data).toBeUndefined();
      if (row.op === 'create' || row.op === 'update') expect(row.data).toBeDefined();
    }
  });

  // Rows run one after another; the actors of a row run concurrently against the same state. A write that may
  // succeed marks the world dirty, and the next row starts from a fresh seed. (An allowed write never turns a
  // refusal of another actor in the same row into a success: the rows are built that way.)
  for (const row of MATRIX) {
    describe(label(row), () => {
      const writes = row.op === 'create' || row.op === 'update' || row.op === 'delete';
      beforeAll(async () => {
        if (dirty) {
          await seedWorld(env);
          dirty = false;
        }
      });
      afterAll(() => {
        if (writes && row.allow.length > 0) dirty = true;
      });
      for (const actor of ACTOR_IDS) {
        const allowed = row.allow.includes(actor);
        it.concurrent(`${allowed ? 'allows' : 'refuses'} ${actor}`, async () => {
          const uid = ACTORS[actor].uid ?? 'anonymous';
          const request = attempt(clientOf(actor), row, uid);
          if (allowed) {
            await assertSucceeds(request);
          } else {
            try {
              await assertFails(request);
            } catch (err) {
              dirty = true; // it went through: the world may have changed
              throw err;
            }
          }
        });
      }
    });
  }
});
