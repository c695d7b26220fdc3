// The rules test environment on the test stack's Firestore emulator, with the repository's firestore.rules.
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import type { Firestore } from 'firebase/firestore';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEST_HOSTS } from '../support/ports.js';

const RULES_PROJECT_ID = 'demo-praktijkvolg-rules';

const RULES = fileURLToPath(new URL('../../firestore.rules', import.meta.url));

export async function rulesEnv(): Promise<RulesTestEnvironment> {
  const [host, port] = TEST_HOSTS.firestore.split(':');
  return initializeTestEnvironment({
    // A project of its own: the functions emulator's triggers (test project) must not react to the rules fixtures.
    projectId: RULES_PROJECT_ID,
    firestore: { host: host!, port: Number(port), rules: readFileSync(RULES, 'utf8') },
  });
}

/** The client Firestore of a signed-in (uid) or anonymous (null) caller with these token claims. */
export function clientDb(
  env: RulesTestEnvironment,
  uid: string | null,
  claims: Record<string, unknown> = {},
): Firestore {
  const ctx = uid === null ? env.unauthenticatedContext() : env.authenticatedContext(uid, claims);
  // The rules-unit-testing contexts hand out the compat type; the modular API works on it at run time.
  return ctx.firestore() as unknown as Firestore;
}
