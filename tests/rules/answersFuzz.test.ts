// Fuzz: for every form type, part and field at every depth (top level, group item, list entry), malformed
// answers derived from the domain's form definitions (answerCases.ts) are written through the client SDK, as
// a draft and as a submission: an extra key, a wrong type, a wrong option, an over-long text, an impossible
// date, and on submission a missing or empty required answer. Every write must be refused by the rules and
// leave the stored part exactly as it was (read back with the rules off). The same malformed answers are
// refused by the domain's zod schema, and the positive controls (the largest valid answers; incomplete drafts)
// are accepted, so a refusal here is the answer check and not the set-up. docs/rules.md, "Answers: shape and
// completeness".
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { FORM_DEFINITIONS, FORM_EXAMPLES, validateAnswers } from '@praktijkvolg/domain';
import {
  Timestamp,
  collectionGroup,
  doc,
  getDocs,
  serverTimestamp,
  setLogLevel,
  updateDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  incompleteDrafts,
  largestAnswers,
  mutations,
  PART_CASES,
  type Mode,
  type PartCase,
} from './answerCases.js';
import { clientDb, rulesEnv } from './env.js';

setLogLevel('silent');

const INSTITUTE = 'inst-f';
const RATER = 'rater1';
const HOOFD = 'hoofd1';
/** Writes in flight at once: enough to keep the emulator busy on two cores without queueing for long. */
const CONCURRENCY = 32;
const DAY = 24 * 60 * 60 * 1000;

interface Case {
  part: PartCase;
  name: string;
  mode: Mode;
  answers: Record<string, unknown>;
  expect: 'refused' | 'accepted';
  path: string;
}

/** Every case of every part, each with a part document of its own (forms/fz__{n}/parts/{partId}). */
const CASES: Case[] = PART_CASES.flatMap((part) => {
  const largest = largestAnswers(part.formType, part.partId);
  const accepted = [
    { name: 'draft: the largest valid answers', mode: 'draft' as const, answers: largest },
    { name: 'submit: the largest valid answers', mode: 'submit' as const, answers: largest },
    ...incompleteDrafts(part.formType, part.partId),
  ];
  return [
    ...accepted.map((m) => ({ ...m, part, expect: 'accepted' as const })),
    ...mutations(part.formType, part.partId).map((m) => ({ ...m, part, expect: 'refused' as const })),
  ];
}).map((c, i) => ({ ...c, path: `forms/fz__${i}/parts/${c.part.partId}` }));

/** What each part holds before the writes: a draft with the domain's example, saved yesterday. */
const YESTERDAY = Timestamp.fromMillis(Date.now() - DAY);
function seed(c: Case, i: number): Record<string, unknown> {
  const { formType, partId, staff } = c.part;
  return {
    instituteId: INSTITUTE,
    trajectId: 'tF',
    formId: `fz__${i}`,
    formType,
    role: partId,
    ...(formType === 'leoh' ? { leohKind: 'private', subjectUid: 'opl1' } : {}),
    // A decision the server opened: the opleider's and the docenten's advice are in (policies/voortgangsbeslissing.ts).
    ...(formType === 'voortgangsbeslissing' ? { adviceComplete: true } : {}),
    raterUids: staff ? [] : [RATER],
    opensAt: YESTERDAY,
    closesAt: null,
    status: 'draft',
    answers: FORM_EXAMPLES[formType][partId] ?? {},
    schemaVersion: FORM_DEFINITIONS[formType].version,
    version: 1,
    revealed: false,
    updatedAt: YESTERDAY,
    updatedBy: RATER,
  };
}

let env: RulesTestEnvironment;
const outcome = new Map<Case, string>(); // 'accepted' | 'refused' | another error code
const stored = new Map<string, Record<string, unknown>>();

async function pool<T>(items: readonly T[], n: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

beforeAll(async () => {
  const started = Date.now();
  env = await rulesEnv();
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore() as unknown as Firestore;
    const docs: [string, Record<string, unknown>][] = [
      [
        'trajecten/tF',
        { instituteId: INSTITUTE, programme: 'pdg', roles: { deelnemer: ['d1'] }, members: ['d1'] },
      ],
      ...CASES.map((c, i): [string, Record<string, unknown>] => [c.path, seed(c, i)]),
    ];
    for (let i = 0; i < docs.length; i += 500) {
      const batch = writeBatch(db);
      for (const [path, data] of docs.slice(i, i + 500)) batch.set(doc(db, path), data);
      await batch.commit();
    }
  });
  const seeded = Date.now();
  const rater = clientDb(env, RATER, { institute: INSTITUTE });
  const hoofd = clientDb(env, HOOFD, { institute: INSTITUTE, staff: ['hoofd_opleiding'] });
  await pool(CASES, CONCURRENCY, async (c) => {
    const db = c.part.staff ? hoofd : rater;
    const submit = c.mode === 'submit';
    try {
      await updateDoc(doc(db, c.path), {
        answers: c.answers,
        status: submit ? 'submitted' : 'draft',
        updatedAt: serverTimestamp(),
        updatedBy: c.part.staff ? HOOFD : RATER,
        ...(submit ? { submittedAt: serverTimestamp() } : {}),
      });
      outcome.set(c, 'accepted');
    } catch (err) {
      const code = (err as { code?: string }).code;
      outcome.set(c, code === 'permission-denied' ? 'refused' : `error ${code}: ${String(err)}`);
    }
  });
  const written = Date.now();
  await env.withSecurityRulesDisabled(async (ctx) => {
    const snap = await getDocs(collectionGroup(ctx.firestore() as unknown as Firestore, 'parts'));
    for (const d of snap.docs) stored.set(d.ref.path, d.data());
  });
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.info(
    `answers fuzz: ${CASES.length} writes, ${s(Date.now() - started)} s in all (seed ${s(seeded - started)} s, ` +
      `writes ${s(written - seeded)} s at concurrency ${CONCURRENCY}, read back ${s(Date.now() - written)} s)`,
  );
}, 600_000);
afterAll(async () => {
  await env?.cleanup();
});

describe('malformed answers are refused and nothing is stored', () => {
  it('covers every form part with cases', () => {
    expect(new Set(CASES.map((c) => `${c.part.formType}/${c.part.partId}`)).size).toBe(PART_CASES.length);
    expect(CASES.filter((c) => c.expect === 'refused').length).toBeGreaterThan(5000);
  });

  describe.each(PART_CASES.map((p) => [`${p.formType} / ${p.partId}`, p] as const))('%s', (_name, part) => {
    const mine = () => CASES.filter((c) => c.part === part);
    const def = FORM_DEFINITIONS[part.formType];

    it('the domain agrees: every malformed case fails zod, every control passes', () => {
      const wrong = mine()
        .filter((c) => validateAnswers(def, part.partId, c.answers, c.mode).ok !== (c.expect === 'accepted'))
        .map((c) => c.name);
      expect(wrong).toEqual([]);
    });

    it('every malformed write is refused by the rules, and the part is unchanged', () => {
      const cases = mine().filter((c) => c.expect === 'refused');
      expect(
        cases.filter((c) => outcome.get(c) !== 'refused').map((c) => `${c.name}: ${outcome.get(c)}`),
      ).toEqual([]);
      const before = (c: Case) => seed(c, CASES.indexOf(c));
      const changed = cases.filter((c) => {
        const now = stored.get(c.path);
        return (
          !now ||
          now.status !== 'draft' ||
          !isDeepStrictEqual(now.answers, before(c).answers) ||
          'submittedAt' in now ||
          (now.updatedAt as Timestamp).toMillis() !== (before(c).updatedAt as Timestamp).toMillis()
        );
      });
      expect(changed.map((c) => c.name)).toEqual([]);
    });

    it('the controls are accepted and stored as written (within the evaluation budget)', () => {
      const controls = mine().filter((c) => c.expect === 'accepted');
      expect(
        controls.filter((c) => outcome.get(c) !== 'accepted').map((c) => `${c.name}: ${outcome.get(c)}`),
      ).toEqual([]);
      for (const c of controls) {
        const now = stored.get(c.path)!;
        expect([c.name, now.status, now.answers]).toEqual([
          c.name,
          c.mode === 'submit' ? 'submitted' : 'draft',
          c.answers,
        ]);
      }
    });
  });
});
