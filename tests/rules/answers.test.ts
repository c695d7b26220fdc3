// The generated answer checks in firestore.rules agree with the domain's form definitions: for every form type
// and part, the domain's filled example (FORM_EXAMPLES, which the zod schemas accept) is accepted as a draft and
// as a submission, within the rules' evaluation budget; an unknown key, a key of another part and a missing
// required answer are refused. Table-driven over the registry, so a new form is covered without a new test.
// Then the attacks of the report, one by one (incomplete submissions, malformed answers inside group items and
// list entries, impossible dates): refused, and the part is unchanged. answersFuzz.test.ts does this for every
// field at every depth; docs/rules.md, "Answers: shape and completeness".
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
  getDoc,
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

type Answers = Record<string, unknown>;
/** Answers reached into freely by the attacks below (they write what the types forbid). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
/** The domain example of a part, changed by `change` (a deep copy). */
function exampleWith(formType: FormType, partId: PartId, change: (a: Loose) => void): Answers {
  const a = structuredClone(FORM_EXAMPLES[formType][partId]!) as Loose;
  change(a);
  return a;
}

interface Attack {
  name: string;
  formType: FormType;
  partId: PartId;
  answers: Answers;
  submitting: boolean;
}
const ATTACKS: Attack[] = [
  // Incomplete submissions that were stored as final.
  ...[
    {
      name: "an agreement with 'geen assessor' = false",
      formType: 'overeenkomst_wpb',
      partId: 'werkplekbegeleider',
      answers: exampleWith('overeenkomst_wpb', 'werkplekbegeleider', (a) => (a.geenAssessor = false)),
    },
    {
      name: 'an advice not discussed with the aios',
      formType: 'voortgangsadvies',
      partId: 'opleider',
      answers: exampleWith('voortgangsadvies', 'opleider', (a) => (a.besprokenMetAios = false)),
    },
    {
      name: 'a summative request without feedback quotes',
      formType: 'aanvraag_summatief',
      partId: 'deelnemer',
      answers: exampleWith('aanvraag_summatief', 'deelnemer', (a) => (a.feedbackCitaten = [])),
    },
    {
      name: 'a summative request with 5 feedback quotes (minimum 6)',
      formType: 'aanvraag_summatief',
      partId: 'deelnemer',
      answers: exampleWith('aanvraag_summatief', 'deelnemer', (a) => a.feedbackCitaten.splice(5)),
    },
    {
      name: 'a ComBel without competencies',
      formType: 'combel',
      partId: 'aios',
      answers: exampleWith('combel', 'aios', (a) => (a.competenties = {})),
    },
    {
      name: "'behaald' without judging BT3/BT5",
      formType: 'beoordeling_summatief',
      partId: 'assessor',
      answers: exampleWith('beoordeling_summatief', 'assessor', (a) => (a.beroepstaken = {})),
    },
    {
      name: "'behaald' with BT3/BT5 present but not judged",
      formType: 'beoordeling_summatief',
      partId: 'assessor',
      answers: exampleWith(
        'beoordeling_summatief',
        'assessor',
        (a) => (a.beroepstaken = { bt3: { onderbouwing: 'Goed.' }, bt5: { onderbouwing: 'Goed.' } }),
      ),
    },
    {
      name: 'a ComBel with blank tops (spaces only)',
      formType: 'combel',
      partId: 'opleider',
      answers: exampleWith('combel', 'opleider', (a) => (a.tops = ' \u00a0 ')),
    },
  ].map((x) => ({ ...x, submitting: true }) as Attack),
  // Malformed writes inside group items and list entries, and impossible dates, at every level.
  ...[
    {
      name: 'an unknown option inside a group item',
      formType: 'combel',
      partId: 'aios',
      answers: exampleWith('combel', 'aios', (a) => (a.competenties.medisch_handelen.niveau = 'heel_goed')),
    },
    {
      name: 'an extra key inside a group item',
      formType: 'combel',
      partId: 'aios',
      answers: exampleWith('combel', 'aios', (a) => (a.competenties.medisch_handelen.cijfer = 9)),
    },
    {
      name: 'an over-long text inside a group item',
      formType: 'combel',
      partId: 'aios',
      answers: exampleWith(
        'combel',
        'aios',
        (a) => (a.competenties.medisch_handelen.onderbouwing = 'x'.repeat(1501)),
      ),
    },
    {
      name: 'a wrong type inside a group item',
      formType: 'combel',
      partId: 'aios',
      answers: exampleWith('combel', 'aios', (a) => (a.competenties.medisch_handelen.niveau = 3)),
    },
    {
      name: 'a group item that is not a map',
      formType: 'combel',
      partId: 'aios',
      answers: exampleWith('combel', 'aios', (a) => (a.competenties.medisch_handelen = 'goed')),
    },
    {
      name: 'an impossible date in a list entry (2026-02-30)',
      formType: 'aanvraag_summatief',
      partId: 'deelnemer',
      answers: exampleWith(
        'aanvraag_summatief',
        'deelnemer',
        (a) => (a.feedbackCitaten[0].datum = '2026-02-30'),
      ),
    },
    {
      name: 'an impossible top-level date (2025-02-29)',
      formType: 'voortgangsgesprek',
      partId: 'groepsdocent',
      answers: exampleWith('voortgangsgesprek', 'groepsdocent', (a) => (a.datum = '2025-02-29')),
    },
    {
      name: 'a wrong type in a list entry',
      formType: 'leerdoelen',
      partId: 'deelnemer',
      answers: exampleWith('leerdoelen', 'deelnemer', (a) => (a.leerdoelen[0].inCursus = 'ja')),
    },
    {
      name: 'an extra key in a list entry',
      formType: 'learner_report',
      partId: 'deelnemer',
      answers: exampleWith('learner_report', 'deelnemer', (a) => (a.activiteiten[1].bijlage = 'x')),
    },
    {
      name: 'an unknown option in a list entry',
      formType: 'learner_report',
      partId: 'deelnemer',
      answers: exampleWith('learner_report', 'deelnemer', (a) => (a.activiteiten[0].type = 'geen_type')),
    },
    {
      name: 'the same option twice in a multiple choice',
      formType: 'kpb',
      partId: 'opleider',
      answers: exampleWith('kpb', 'opleider', (a) => (a.andereGebieden = ['communicatie', 'communicatie'])),
    },
  ].map((x) => ({ ...x, submitting: false }) as Attack),
];
const caseOf = (formType: FormType, partId: PartId) =>
  CASES.find((c) => c.formType === formType && c.partId === partId)!;
const attackPath = (i: number) => `forms/attack__${i}/parts/${ATTACKS[i]!.partId}`;

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
    const parts = [
      ...CASES.flatMap((c) => VARIANTS.map((v) => ({ c, id: formId(c, v) }))),
      ...ATTACKS.map((a, i) => ({ c: caseOf(a.formType, a.partId), id: `attack__${i}` })),
      { c: caseOf('beoordeling_summatief', 'tweede_assessor'), id: 'crosscheck' },
    ];
    for (const { c, id } of parts) {
      batch.set(doc(db, `forms/${id}/parts/${c.partId}`), {
        instituteId: INSTITUTE,
        trajectId: 'tC',
        formId: id,
        formType: c.formType,
        role: c.partId,
        ...(c.formType === 'leoh' ? { leohKind: 'private', subjectUid: 'opl1' } : {}),
        // A decision the server opened: the advice is in (docs/rules.md "Progress decision and conditions").
        ...(c.formType === 'voortgangsbeslissing' ? { adviceComplete: true } : {}),
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
    await batch.commit();
  });
});
afterAll(async () => {
  await env?.cleanup();
});

function writer(c: Pick<Case, 'staff' | 'partId'>): { db: Firestore; uid: string } {
  return c.staff
    ? { db: clientDb(env, HOOFD, { institute: INSTITUTE, staff: [c.partId] }), uid: HOOFD }
    : { db: clientDb(env, RATER, { institute: INSTITUTE }), uid: RATER };
}

function save(c: Case, v: (typeof VARIANTS)[number], answers: Record<string, unknown>, submitting: boolean) {
  return saveAt(c, `forms/${formId(c, v)}/parts/${c.partId}`, answers, submitting);
}
function saveAt(c: Pick<Case, 'staff' | 'partId'>, path: string, answers: Answers, submitting: boolean) {
  const { db, uid } = writer(c);
  return updateDoc(doc(db, path), {
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

describe('the reported attacks are refused, and the part is unchanged', () => {
  it.each(ATTACKS.map((a, i) => [`${a.submitting ? 'submit' : 'draft'}: ${a.name}`, i] as const))(
    '%s',
    async (_name, i) => {
      const a = ATTACKS[i]!;
      await assertFails(saveAt(caseOf(a.formType, a.partId), attackPath(i), a.answers, a.submitting));
      await env.withSecurityRulesDisabled(async (ctx) => {
        const stored = (await getDoc(doc(ctx.firestore() as unknown as Firestore, attackPath(i)))).data();
        expect(stored).toMatchObject({ status: 'open', answers: {} });
        expect(stored).not.toHaveProperty('submittedAt');
      });
    },
  );

  it('a submission whose shape is right but whose cross check fails passes the rules: the server returns it', async () => {
    const behaald = exampleWith(
      'beoordeling_summatief',
      'tweede_assessor',
      (a) => (a.beroepstaken.bt3.oordeel = 'onvoldoende'),
    );
    const c = caseOf('beoordeling_summatief', 'tweede_assessor');
    await assertSucceeds(saveAt(c, 'forms/crosscheck/parts/tweede_assessor', behaald, true));
  });
});
