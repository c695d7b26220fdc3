// sendSignInLink must not tell, by how long it takes, whether an address has an account (docs/rules.md,
// "Accounts, links and texts"). Known and unknown addresses are asked in turns, 20 of each (each address once,
// so the rate limit never answers instead), and the medians are compared with a generous bound: the call
// does the same work for both since the person is looked up at send time, by the outbox.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { clearMail } from '../support/mailbox.js';
import { adminAuth, adminDb, closeAdmin, resetAuth, resetFirestore } from '../support/stack.js';
import { client, enableTriggers, INSTITUTE, type Client } from './world.js';

const N = 20;
const known = Array.from({ length: N }, (_, i) => `bekend${i}@lumc-huisarts.example`);
const unknown = Array.from({ length: N }, (_, i) => `onbekend${i}@elders.example`);

let c: Client;
beforeAll(enableTriggers);
beforeEach(async () => {
  await Promise.all([resetFirestore(), resetAuth(), clearMail()]);
  const batch = adminDb().batch();
  known.forEach((email, i) =>
    batch.set(adminDb().doc(`people/u-bekend${i}`), {
      instituteId: INSTITUTE,
      displayName: `Bekend ${i}`,
      email,
      staffRoles: [],
    }),
  );
  await batch.commit();
  for (const [i, email] of known.entries()) await adminAuth().createUser({ uid: `u-bekend${i}`, email });
  c = client();
});
afterEach(() => c.close());
afterAll(closeAdmin);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

async function timed(email: string): Promise<number> {
  const start = performance.now();
  await c.call('sendSignInLink', { email, continuePath: '/' });
  return performance.now() - start;
}

it('answers known and unknown addresses in about the same time', async () => {
  await timed('opwarmen@elders.example'); // the first call of a fresh client pays for its connections
  const times = { known: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < N; i++) {
    times.known.push(await timed(known[i]!));
    times.unknown.push(await timed(unknown[i]!));
  }
  const m = { known: median(times.known), unknown: median(times.unknown) };
  console.log(`sendSignInLink median ms: known ${m.known.toFixed(1)}, unknown ${m.unknown.toFixed(1)}`);
  // Generous: before the fix the known path took ~1.7x as long (61 vs 35 ms); equal work stays well inside.
  expect(Math.abs(m.known - m.unknown)).toBeLessThan(Math.max(15, 0.35 * Math.min(m.known, m.unknown)));
});
