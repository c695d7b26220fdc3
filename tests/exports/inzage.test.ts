// exportInzage on the emulator: a person's own data as JSON with a Dutch summary. Dragan's holds his parts
// (drafts too), the readable parts of forms about him, his mails and the audit entries that name him, and
// nothing of Anna, another aios; the opleider's holds her own parts and the LEOhs about her, not the aios's
// self-assessment; the hoofd opleiding's holds the decision he wrote. Every inzage is audited.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, adminDb, closeAdmin, setBackgroundTriggers } from '../support/stack.js';
import { client, INSTITUTE, P, refusal, signInAs, T1, type Client } from '../links/world.js';
import { F, M, seedExportWorld, TX, X } from './world.js';

interface InzageJson {
  samenvatting: string[];
  format: string;
  person: { uid: string; displayName: string; email: string; claims: unknown };
  trajecten: { trajectId: string; currentRoles: string[]; traject?: { traineeName: string } }[];
  parts: { formId: string; partId: string; status: string; own: boolean; answers: Record<string, unknown> }[];
  mails: { mailId: string; text: string }[];
  audit: { auditId: string; action: string }[];
  truncated: string[];
}

const open: Client[] = [];
async function inzageOf(uid: string) {
  const c = client();
  open.push(c);
  await signInAs(c, uid);
  const r = await c.call('exportInzage', {});
  return { r, json: JSON.parse(r.json) as InzageJson };
}
const keys = (d: InzageJson, own?: boolean) =>
  d.parts
    .filter((p) => own === undefined || p.own === own)
    .map((p) => `${p.formId}/${p.partId}`)
    .sort();

beforeAll(async () => {
  await seedExportWorld();
}, 120_000);
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await setBackgroundTriggers(true);
  await closeAdmin();
});

describe('exportInzage', () => {
  it('the aios: his parts, the readable parts about him, his mails and trail, and nothing of another aios', async () => {
    const { r, json } = await inzageOf(X.dragan.uid);
    expect(r.filename).toMatch(/^inzage-Dragan-Dordevic-\d{4}-\d{2}-\d{2}$/);
    expect(json.format).toBe('praktijkvolg-inzage/1');
    expect(json.person).toMatchObject({
      uid: X.dragan.uid,
      displayName: 'Dragan Đorđević',
      email: X.dragan.email,
    });
    expect(json.trajecten.map((t) => [t.trajectId, t.currentRoles])).toEqual([[TX, ['aios']]]);

    expect(keys(json, true)).toEqual(
      [
        `${F.combelM3}/aios`,
        `${F.combelM6}/aios`,
        `${F.combelM9}/aios`,
        `${F.leohPrivate}/aios`,
        `${F.leohDossier}/aios`,
      ].sort(),
    );
    expect(json.parts.find((p) => p.formId === F.combelM9)).toMatchObject({
      status: 'draft',
      answers: { tops: M.draganDraft },
    });
    // Others' parts of forms about him: submitted and readable only (the sealed m6 round stays closed).
    expect(keys(json, false)).toEqual([`${F.combelM3}/opleider`, `${F.beslissing}/hoofd_opleiding`].sort());
    expect(r.json).not.toContain(M.elifM6Sealed);
    expect(r.json).not.toContain(M.broken); // an envelope that does not fit the schema: left out

    // Nothing of Anna: not her parts, her traject, her mails or her trail.
    for (const s of [M.annaM3, M.pieterM3, P.anna.uid, `${T1}__`, 'exp-anna-digest', 'exp-t1-roles'])
      expect(r.json).not.toContain(s);

    expect(json.mails.map((m) => m.mailId).sort()).toEqual(['exp-dragan-digest', 'exp-dragan-link']);
    // A single-use link never leaves the server, not even the person's own.
    expect(json.mails.find((m) => m.mailId === 'exp-dragan-link')!.text).toBe(
      'Open: https://praktijkvolg.example/link/…',
    );
    expect(json.audit.map((a) => a.auditId)).toContain('exp-tx-roles');

    expect(r.summary[0]).toMatch(/^Inzage voor Dragan Đorđević, opgesteld op /);
    expect(r.summary.join('\n')).toContain('5 formulierdelen die jij invult (4 ingediend');
    expect(json.samenvatting).toEqual(r.summary);
    expect(json.truncated).toEqual([]);

    const audit = await adminDb().collection('audit').where('action', '==', 'export.inzage').get();
    expect(audit.docs.map((d) => d.data())).toContainEqual(
      expect.objectContaining({
        actorUid: X.dragan.uid,
        target: `people/${X.dragan.uid}`,
        instituteId: INSTITUTE,
      }),
    );
  });

  it('another aios gets her own and nothing of Dragan', async () => {
    const { r, json } = await inzageOf(P.anna.uid);
    expect(keys(json, true)).toEqual([`${F.annaM3}/aios`]);
    // Pieter's part of her sealed round is not revealed yet: not in it.
    expect(keys(json, false)).toEqual([]);
    for (const s of [M.draganM3, M.draganDraft, M.leohPrivate, X.dragan.uid, `${TX}__`, 'exp-dragan'])
      expect(r.json).not.toContain(s);
  });

  it('the opleider: her own parts with their earlier versions and the LEOhs about her, not the aios’s self-assessment', async () => {
    const { r, json } = await inzageOf(X.elif.uid);
    expect(keys(json, true)).toEqual(
      [`${F.combelM3}/opleider`, `${F.combelM6}/opleider`, `${F.combelM9}/opleider`].sort(),
    );
    expect(keys(json, false)).toEqual([`${F.leohDossier}/aios`, `${F.leohPrivate}/aios`].sort());
    expect(r.json).toContain(M.elifM3v1); // her own earlier version
    for (const s of [M.draganM3, M.draganM6, M.draganDraft, M.decision]) expect(r.json).not.toContain(s);
  });

  it('the hoofd opleiding: the decision he wrote, though a staff part lists no raters', async () => {
    const { json } = await inzageOf(X.hendrik.uid);
    expect(keys(json, true)).toEqual([`${F.beslissing}/hoofd_opleiding`]);
    expect(keys(json, false)).toEqual([]);
    expect(json.audit.map((a) => a.auditId)).toContain('exp-decision');
  });

  it('refuses a link session and no account', async () => {
    const c = client();
    open.push(c);
    const { signInWithCustomToken } = await import('firebase/auth');
    await signInWithCustomToken(
      c.auth,
      await adminAuth().createCustomToken('ext_inzagetest', {
        institute: INSTITUTE,
        linkPart: `${F.combelM3}/aios`,
      }),
    );
    expect(await refusal(c.call('exportInzage', {}))).toMatchObject({
      code: 'permission-denied',
      message: expect.stringMatching(/^Met een persoonlijke link/),
    });
    const anonymous = client();
    open.push(anonymous);
    expect((await refusal(anonymous.call('exportInzage', {}))).code).toBe('unauthenticated');
  });
});
