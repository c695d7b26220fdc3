// exportDossier on the emulator, called as the web app calls it: the PDF opens (read back with PDF.js) and
// holds every submitted part the caller may read, in order of due date, with names as written; the ZIP holds
// the same as JSON; who may not have the dossier gets a Dutch refusal; every export is audited.
import { useClients } from '../support/clients.js';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, readPdf } from '../support/pdfText.js';
import { adminAuth, adminDb, closeAdmin, setBackgroundTriggers } from '../support/stack.js';
import { INSTITUTE, P, refusal, T1 } from '../links/world.js';
import { F, M, seedExportWorld, TX, X } from './world.js';

interface DossierJson {
  format: string;
  traject: { traineeName: string; roles: { role: string; people: { name: string }[] }[] };
  institute: { name: string };
  forms: {
    formId: string;
    dueAt: string;
    parts: {
      partId: string;
      version: number;
      correctionReason: string | null;
      filledBy: { name: string } | null;
      answers: Record<string, unknown>;
      earlierVersions: { version: number; answers: Record<string, unknown> }[];
    }[];
  }[];
  decisions: { formId: string; outcome: string; outcomeLabel: string; decidedBy: { name: string } }[];
}

const { as, device } = useClients();

async function exportAs(uid: string, trajectId = TX) {
  const r = await (await as(uid)).call('exportDossier', { trajectId });
  const pdfBytes = Buffer.from(r.pdf, 'base64');
  const files = unzipSync(Buffer.from(r.zip, 'base64'));
  const json = JSON.parse(strFromU8(files['dossier.json']!)) as DossierJson;
  return { r, pdfBytes, files, json, pdf: await readPdf(pdfBytes) };
}

const partKeys = (d: DossierJson) =>
  d.forms.flatMap((f) => f.parts.map((p) => `${f.formId}/${p.partId}`)).sort();

beforeAll(async () => {
  await seedExportWorld();
}, 120_000);
afterAll(async () => {
  await setBackgroundTriggers(true);
  await closeAdmin();
});

describe('exportDossier for the secretariat', () => {
  it('a PDF that opens, names trainee, programme and institute on the cover and holds every readable part', async () => {
    const { r, pdf, json, files, pdfBytes } = await exportAs(P.sanne.uid);
    expect(r.filename).toMatch(/^dossier-Dragan-Dordevic-\d{4}-\d{2}-\d{2}$/);
    expect(pdf.title).toBe('Dossier Dragan Đorđević');
    const cover = pdf.pages[0]!;
    for (const s of [
      'Dragan Đorđević',
      'Huisartsopleiding',
      'Huisartsopleiding LUMC',
      'Elif Özdemir',
      'Şahin',
    ])
      expect(cover).toContain(s);
    expect(cover).toMatch(/Voortgangsbeslissing jaar 1: Door \(vastgelegd door dr\. Hendrik Mulder/);

    // Every submitted part the secretariat may read, and nothing else.
    expect(partKeys(json)).toEqual(
      [
        `${F.combelM3}/aios`,
        `${F.combelM3}/opleider`,
        `${F.leohDossier}/aios`,
        `${F.beslissing}/hoofd_opleiding`,
      ].sort(),
    );
    const text = allText(pdf);
    for (const s of ['ComBel maand 3', 'LEOh maand 9–10 (dossier)', 'Voortgangsbeslissing jaar 1'])
      expect(text).toContain(s);
    for (const marker of [M.draganM3, M.elifM3, M.elifM3v1, M.leohDossier, M.decision])
      expect(text).toContain(marker);
    // Never: a private LEOh, a sealed round before it is revealed, a draft, another trainee's forms.
    for (const marker of [
      M.leohPrivate,
      M.draganM6,
      M.elifM6Sealed,
      M.draganDraft,
      M.annaM3,
      M.pieterM3,
      M.broken,
    ])
      expect(text).not.toContain(marker);

    // Who filled it, when, the correction and its reason, the earlier version.
    expect(text).toContain('Ingevuld door Elif Özdemir');
    expect(text).toContain('versie 2');
    expect(text).toContain(`Gecorrigeerd: ${M.correction}`);
    expect(text).toContain('Beoordeling opleider: eerdere versie 1 (vervangen)');
    expect(text).toContain('Ingevuld door dr. Hendrik Mulder');

    // The ZIP: the PDF byte for byte, and the same dossier as JSON, in order of due date.
    expect(Buffer.from(files[`${r.filename}.pdf`]!).equals(pdfBytes)).toBe(true);
    expect(json.format).toBe('praktijkvolg-dossier/1');
    expect(json.traject.traineeName).toBe('Dragan Đorđević');
    expect(json.forms.map((f) => f.formId)).toEqual([F.combelM3, F.leohDossier, F.beslissing]);
    const dues = json.forms.map((f) => f.dueAt);
    expect([...dues].sort()).toEqual(dues);
    const opleider = json.forms[0]!.parts.find((p) => p.partId === 'opleider')!;
    expect(opleider).toMatchObject({
      version: 2,
      correctionReason: M.correction,
      filledBy: { name: 'Elif Özdemir' },
    });
    expect(opleider.answers.tops).toBe(M.elifM3);
    expect(opleider.earlierVersions.map((v) => [v.version, v.answers.tops])).toEqual([[1, M.elifM3v1]]);
    const stored = (await adminDb().doc(`forms/${F.combelM3}/parts/aios`).get()).get('answers');
    expect(json.forms[0]!.parts.find((p) => p.partId === 'aios')!.answers).toEqual(stored);
    expect(json.decisions).toEqual([
      expect.objectContaining({
        formId: F.beslissing,
        outcome: 'door',
        outcomeLabel: 'Door',
        decidedBy: expect.objectContaining({ name: 'dr. Hendrik Mulder' }),
      }),
    ]);

    // The export is in the audit trail, with who and as whom.
    const audit = await adminDb().collection('audit').where('action', '==', 'export.dossier').get();
    expect(audit.docs.map((d) => d.data())).toContainEqual(
      expect.objectContaining({
        actorUid: P.sanne.uid,
        instituteId: INSTITUTE,
        target: `trajecten/${TX}`,
        details: expect.objectContaining({ as: 'staff', parts: 4 }),
      }),
    );
  });
});

describe('exportDossier for the trainee and the hoofd opleiding', () => {
  it("the trainee gets their own parts too (the private LEOh they wrote, the sealed round their part only), never the earlier version of someone else's part", async () => {
    const { json, pdf } = await exportAs(X.dragan.uid);
    expect(partKeys(json)).toEqual(
      [
        `${F.combelM3}/aios`,
        `${F.combelM3}/opleider`,
        `${F.combelM6}/aios`,
        `${F.leohPrivate}/aios`,
        `${F.leohDossier}/aios`,
        `${F.beslissing}/hoofd_opleiding`,
      ].sort(),
    );
    const text = allText(pdf);
    expect(text).toContain(M.draganM6);
    expect(text).not.toContain(M.elifM6Sealed);
    expect(text).not.toContain(M.draganDraft);
    // versions/ of the opleider's part: its raters and staff readers only (the rules), not the aios.
    expect(
      json.forms.find((f) => f.formId === F.combelM3)!.parts.find((p) => p.partId === 'opleider')!
        .earlierVersions,
    ).toEqual([]);
    expect(text).not.toContain(M.elifM3v1);
  });

  it('the hoofd opleiding never gets a LEOh', async () => {
    const { json, pdf } = await exportAs(X.hendrik.uid);
    expect(partKeys(json)).toEqual(
      [`${F.combelM3}/aios`, `${F.combelM3}/opleider`, `${F.beslissing}/hoofd_opleiding`].sort(),
    );
    expect(allText(pdf)).not.toMatch(new RegExp(`${M.leohDossier}|${M.leohPrivate}`));
  });
});

describe('exportDossier refuses', () => {
  it.each([
    ['another aios', P.anna.uid],
    ['the opleider', X.elif.uid],
    ['a groepsdocent of the traject', P.gerda.uid],
    ['the opleiderscoach', P.olga.uid],
    ['the secretariat of another institute', X.ria.uid],
  ])('%s, in Dutch', async (_who, uid) => {
    const r = await refusal((await as(uid)).call('exportDossier', { trajectId: TX }));
    expect(r.code).toBe('permission-denied');
    expect(r.message).toBe(
      'Dit dossier downloaden alleen de aios zelf en het secretariaat en het hoofd opleiding van de opleiding.',
    );
  });

  it('a link session, even of the trainee’s own part', async () => {
    const c = device();
    const { signInWithCustomToken } = await import('firebase/auth');
    const token = await adminAuth().createCustomToken('ext_exporttest', {
      institute: INSTITUTE,
      linkPart: `${F.combelM3}/aios`,
    });
    await signInWithCustomToken(c.auth, token);
    const r = await refusal(c.call('exportDossier', { trajectId: TX }));
    expect(r.code).toBe('permission-denied');
    expect(r.message).toMatch(/^Met een persoonlijke link/);
  });

  it('without an account, bad input and an unknown traject; and the other trainee may have her own', async () => {
    const anonymous = device();
    expect((await refusal(anonymous.call('exportDossier', { trajectId: TX }))).code).toBe('unauthenticated');
    const anna = await as(P.anna.uid);
    expect((await refusal(anna.callRaw('exportDossier', { trajectId: '../tx' }))).code).toBe(
      'invalid-argument',
    );
    expect((await refusal(anna.callRaw('exportDossier', { trajectId: TX, extra: 1 }))).code).toBe(
      'invalid-argument',
    );
    expect(await refusal(anna.call('exportDossier', { trajectId: 'bestaat-niet' }))).toMatchObject({
      code: 'not-found',
      message: 'Dit traject bestaat niet.',
    });
    const own = await exportAs(P.anna.uid, T1);
    expect(allText(own.pdf)).toContain(M.annaM3);
    expect(allText(own.pdf)).not.toContain(M.draganM3);
  });
});
