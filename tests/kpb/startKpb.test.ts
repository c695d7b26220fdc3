// The weekly KPB/KVB (docs/rules.md, "KPB/KVB"): the aios starts one with startKpb (domain policies/kpb.ts) and
// never writes a form envelope; the opleider fills the observation part, or a waarnemend opleider the opleider
// names (never one the aios names). Limits: at most KPB_MAX_OPEN open at once and KPB_STARTS_PER_DAY a day.
import { doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { adminDb } from '../support/stack.js';
import { JAN, useDesignationWorld } from '../links/designationWorld.js';
import { P, P1, refusal, T1 } from '../links/world.js';

const as = useDesignationWorld();
const kpbsOf = async (trajectId: string) =>
  (
    await adminDb()
      .collection('forms')
      .where('trajectId', '==', trajectId)
      .where('formType', '==', 'kpb')
      .get()
  ).docs
    // The designation world seeds one KPB of its own (t1__aanwijzen-kpb); only started ones count here.
    .filter((d) => /__kpb-\d+$/.test(d.id));

describe('the aios starts a KPB', () => {
  it('creates the form with an aios and an opleider part, due a week later, audited, without a mail', async () => {
    const anna = await as(P.anna.uid);
    const r = await anna.call('startKpb', { trajectId: T1 });
    expect(r).toEqual({ ok: true, formId: `${T1}__kpb-1`, title: 'KPB/KVB 1' });
    const form = (await adminDb().doc(`forms/${r.formId}`).get()).data()!;
    expect(form).toMatchObject({
      formType: 'kpb',
      trajectId: T1,
      status: 'open',
      traineeName: 'Anna de Wit',
    });
    expect(form.origin).toBeUndefined();
    expect(form.parts.aios.raterUids).toEqual([P.anna.uid]);
    expect(form.parts.opleider.raterUids).toEqual([P.pieter.uid, P.marieke.uid]);
    expect(form.closesAt).toBeNull();
    const days = (form.dueAt.toMillis() - form.opensAt.toMillis()) / 86_400_000;
    expect(Math.round(days)).toBe(8); // from 00:00 today to 23:59:59 a week later
    const aiosPart = (await adminDb().doc(`forms/${r.formId}/parts/aios`).get()).data()!;
    expect(aiosPart).toMatchObject({ status: 'open', formType: 'kpb', raterUids: [P.anna.uid] });
    const audit = await adminDb().collection('audit').where('action', '==', 'kpb.started').get();
    expect(audit.docs.map((d) => d.get('actorUid'))).toEqual([P.anna.uid]);
    expect((await adminDb().collection('mail').get()).size).toBe(0);

    // The aios fills her own part straight into Firestore, as the web app does.
    await updateDoc(doc(anna.db, `forms/${r.formId}/parts/aios`), {
      answers: { onderwerp: 'Anamnese bij buikpijn' },
      status: 'draft',
      updatedAt: serverTimestamp(),
      updatedBy: P.anna.uid,
    });
    const second = await anna.call('startKpb', { trajectId: T1 });
    expect(second.formId).toBe(`${T1}__kpb-2`);
  });

  it('refuses a fourth open KPB, in Dutch, and counts a day’s starts', async () => {
    const anna = await as(P.anna.uid);
    // The world already has one open KPB of Anna (t1__aanwijzen-kpb): two more make three.
    for (let i = 0; i < 2; i++) await anna.call('startKpb', { trajectId: T1 });
    const fourth = await refusal(anna.call('startKpb', { trajectId: T1 }));
    expect(fourth).toMatchObject({
      code: 'failed-precondition',
      message:
        "Je hebt al 3 KPB's openstaan (maximaal 3). Rond die eerst af met je opleider voordat je een nieuwe start.",
    });
    expect(await kpbsOf(T1)).toHaveLength(2);
    // All done the same day: a third start today is fine, a fourth is not.
    const all = await adminDb().collection('forms').where('formType', '==', 'kpb').get();
    for (const d of all.docs) await d.ref.update({ status: 'completed' });
    await anna.call('startKpb', { trajectId: T1 });
    const again = await refusal(anna.call('startKpb', { trajectId: T1 }));
    expect(again).toMatchObject({
      code: 'failed-precondition',
      message: "Je hebt vandaag al 3 KPB's gestart. Start de volgende morgen.",
    });
    expect(await kpbsOf(T1)).toHaveLength(3);
  });
});

describe('attacks on starting a KPB', () => {
  it('the aios creating a KPB envelope or part directly with the SDK is refused by the rules', async () => {
    const anna = await as(P.anna.uid);
    const envelope = {
      instituteId: 'lumc',
      trajectId: T1,
      programme: 'huisarts_jaar1',
      formType: 'kpb',
      occurrenceKey: 'kpb-99',
      title: 'KPB/KVB 99',
      status: 'open',
      parts: { aios: { role: 'aios', raterUids: [P.anna.uid], status: 'open' } },
      raterUids: [P.anna.uid],
      readerUids: [P.anna.uid],
    };
    expect((await refusal(setDoc(doc(anna.db, `forms/${T1}__kpb-99`), envelope))).code).toBe(
      'permission-denied',
    );
    const part = { raterUids: [P.anna.uid], status: 'open', answers: {}, formType: 'kpb' };
    expect((await refusal(setDoc(doc(anna.db, `forms/${T1}__kpb-99/parts/opleider`), part))).code).toBe(
      'permission-denied',
    );
    expect(await kpbsOf(T1)).toHaveLength(0);
  });

  it('nobody but the aios starts one: not the opleider, not another trainee, not on another traject', async () => {
    const outsider = 'Alleen de aios van dit traject kan een KPB starten.';
    const pieter = await as(P.pieter.uid);
    expect(await refusal(pieter.call('startKpb', { trajectId: T1 }))).toMatchObject({
      code: 'permission-denied',
      message: outsider,
    });
    const lotte = await as(P.lotte.uid);
    expect(await refusal(lotte.call('startKpb', { trajectId: T1 }))).toMatchObject({
      code: 'permission-denied',
    });
    const anna = await as(P.anna.uid);
    // Someone else's traject (and one that does not exist) answer alike: no probing for ids.
    expect(await refusal(anna.call('startKpb', { trajectId: P1 }))).toMatchObject({ message: outsider });
    expect(await refusal(anna.call('startKpb', { trajectId: 'bestaat-niet' }))).toMatchObject({
      message: outsider,
    });
    const nobody = await as(null);
    expect((await refusal(nobody.call('startKpb', { trajectId: T1 }))).code).toBe('unauthenticated');
    expect(await kpbsOf(T1)).toHaveLength(0);
    expect(await kpbsOf(P1)).toHaveLength(0);
  });

  it('the aios naming a waarnemend opleider for a started KPB is refused; the opleider may', async () => {
    const anna = await as(P.anna.uid);
    const { formId } = await anna.call('startKpb', { trajectId: T1 });
    const r = await refusal(anna.call('inviteRater', { formId, partId: 'opleider', ...JAN }));
    expect(r.code).toBe('failed-precondition');
    expect(r.message).toMatch(/^Het deel "Opleider" is een beoordeling: wie dat invult, kies je niet zelf\./);
    expect((await adminDb().doc(`forms/${formId}/parts/opleider`).get()).get('designation')).toBeUndefined();
    const pieter = await as(P.pieter.uid);
    await pieter.call('inviteRater', { formId, partId: 'opleider', ...JAN });
    expect((await adminDb().doc(`forms/${formId}/parts/opleider`).get()).get('designation')).toMatchObject({
      name: JAN.name,
      designatedBy: P.pieter.uid,
      designatedAs: 'rater',
    });
  });
});
