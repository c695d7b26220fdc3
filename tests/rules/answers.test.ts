// The generated answer checks in firestore.rules agree with the domain's form definitions: for every form type
// and part, the domain's filled example (FORM_EXAMPLES, which the zod schemas accept) is accepted as a draft and
// as a submission, within the rules' evaluation budget; an unknown key, a key of another part and a missing
// required answer are refused. Table-driven over the registry, so a new form is covered without a new test.
import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  FORM_DEFINITIONS,
  FORM_EXAMPLES,
  FORM_TYPES,
  fieldsForPart,
  type FormType,
  type PartId,
} from '@praktijkvolg/domain';
import {
  Timestamp,
  doc,
  serverTimestamp,
  setLogLevel,
  updateDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDb, rulesEnv } from './env.js';

setLogLevel('silent');

const INSTITUTE = 'inst-c';
const RATER = 'rater1';
const HOOFD = 'hoofd1';

interface Case {
  formType: FormType;
  partId: PartId;
  staff: boolean;
  example: Record<string, unknown>;
}
const CASES: Case[] = FORM_TYPES.flatMap((formType) =>
  FORM_DEFINITIONS[formType].parts.map((p) => ({
    formType,
    partId: p.partId,
    staff: p.staff,
    example: FORM_EXAMPLES[formType][p.partId] ?? {},
  })),
);

/** One form per case, with four copies of its part so each variant starts from an open part. */
const VARIANTS = ['draft', 'submit', 'extraKey', 'otherPart', 'missing'] as const;
const formId = (c: Case, v: (typeof VARIANTS)[number]) => `conf__${c.formType}__${c.partId}__${v}`;

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await rulesEnv();
  await env.clearFirestore();
  const day = 24 * 60 * 60 * 1000;
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore() as unknown as Firestore;
    const batch = writeBatch(db);
    batch.set(doc(db, 'trajecten/tC'), {
      instituteId: INSTITUTE,
      programme: 'pdg',
      roles: { deelnemer: ['d1'], werkplekbegeleider: ['wpb1'] },
      members: ['d1', 'wpb1'],
    });
    for (const c of CASES) {
      for (const v of VARIANTS) {
        batch.set(doc(db, `forms/${formId(c, v)}/parts/${c.partId}`), {
          instituteId: INSTITUTE,
          trajectId: 'tC',
          formId: formId(c, v),
          formType: c.formType,
          role: c.partId,
          ...(c.formType === 'leoh' ? { leohKind: 'private', subjectUid: 'opl1' } : {}),
          raterUids: c.staff ? [] : [RATER],
          opensAt: Timestamp.fromMillis(Date.now() - day),
          closesAt: null,
          status: 'open',
          answers: {},
          schemaVersion: FORM_DEFINITIONS[c.formType].version,
          version: 1,
          revealed: false,
          updatedAt: Timestamp.fromMillis(Date.now() - day),
        });
      }
    }
    await batch.commit();
  });
});
afterAll(async () => {
  await env?.cleanup();
});

function writer(c: Case): { db: Firestore; uid: string } {
  return c.staff
    ? { db: clientDb(env, HOOFD, { institute: INSTITUTE, staff: [c.partId] }), uid: HOOFD }
    : { db: clientDb(env, RATER, { institute: INSTITUTE }), uid: RATER };
}

function save(c: Case, v: (typeof VARIANTS)[number], answers: Record<string, unknown>, submitting: boolean) {
  const { db, uid } = writer(c);
  return updateDoc(doc(db, `forms/${formId(c, v)}/parts/${c.partId}`), {
    answers,
    status: submitting ? 'submitted' : 'draft',
    updatedAt: serverTimestamp(),
    updatedBy: uid,
    ...(submitting ? { submittedAt: serverTimestamp() } : {}),
  });
}

describe('generated answer checks agree with the domain form definitions', () => {
  it('has an example for every part', () => {
    for (const c of CASES)
      expect(Object.keys(c.example).length, `${c.formType}/${c.partId}`).toBeGreaterThan(0);
  });

  describe.each(CASES.map((c) => [`${c.formType} / ${c.partId}`, c] as const))('%s', (_name, c) => {
    it.concurrent('accepts the example as a draft', async () => {
      await assertSucceeds(save(c, 'draft', c.example, false));
    });
    it.concurrent('accepts the example as a submission', async () => {
      await assertSucceeds(save(c, 'submit', c.example, true));
    });
    it.concurrent('refuses an unknown answer key', async () => {
      await assertFails(save(c, 'extraKey', { ...c.example, onbekendVeld: 'x' }, false));
    });
    const own = new Set(fieldsForPart(FORM_DEFINITIONS[c.formType], c.partId).map((f) => f.key));
    const foreign = FORM_DEFINITIONS[c.formType].fields.find((f) => !own.has(f.key));
    // Single-part forms have no foreign key and no such case.
    if (foreign) {
      it.concurrent(`refuses an answer of another part (${foreign.key})`, async () => {
        await assertFails(save(c, 'otherPart', { ...c.example, [foreign.key]: 'x' }, false));
      });
    }
    const required = fieldsForPart(FORM_DEFINITIONS[c.formType], c.partId).find(
      (f) => f.required && !f.requiredWhen,
    );
    if (required) {
      it.concurrent(`refuses a submission without ${required.key}`, async () => {
        const rest = { ...c.example };
        delete rest[required.key];
        await assertFails(save(c, 'missing', rest, true));
      });
    }
  });
});
