// The world of the export suites: the link suites' world (tests/links/world.ts: Anna's traject T1 and the
// people around it) plus a second huisarts traject TX of Dragan Đorđević with opleider Elif Özdemir, the
// hoofd opleiding, and the secretariat of another institute. TX has submitted parts of every kind the dossier
// must handle (a revealed and a sealed ComBel round, a corrected part with an earlier version, both LEOhs, a
// progress decision), a draft, mails and audit entries; T1 has Anna's own. Every answer that must or must not
// travel carries a marker text, so a test can look for it in a PDF or a JSON document.
import { FORM_EXAMPLES } from '@praktijkvolg/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { adminAuth, adminDb, resetAuth, resetFirestore, setBackgroundTriggers } from '../support/stack.js';
import { trajectDoc } from '../support/builders.js';
import { INSTITUTE, P, seedForm, seedWorld, T1, type PartSeed } from '../links/world.js';

export const X = {
  dragan: { uid: 'u-dragan', displayName: 'Dragan Đorđević', email: 'dragan@lumc-huisarts.example' },
  elif: { uid: 'u-elif', displayName: 'Elif Özdemir', email: 'elif@lumc-huisarts.example' },
  hendrik: { uid: 'u-hendrik', displayName: 'dr. Hendrik Mulder', email: 'hendrik@lumc-huisarts.example' },
  ria: { uid: 'u-ria', displayName: 'Ria Dekker', email: 'ria@hr-pdg.example' },
};
export const TX = 'tx';
const OTHER_INSTITUTE = 'hr-pdg';

/** Marker texts: where each one may appear is what the suites check. */
export const M = {
  draganM3: 'Dragan-zelfbeoordeling-m3',
  elifM3: 'Elif-feedback-m3-gecorrigeerd',
  elifM3v1: 'Elif-feedback-m3-eerste-versie',
  correction: 'Verkeerde competentie aangevinkt',
  draganM6: 'Dragan-zelfbeoordeling-m6',
  elifM6Sealed: 'Elif-feedback-m6-nog-verzegeld',
  draganDraft: 'Dragan-concept-m9',
  leohPrivate: 'Prive-LEOh-alleen-voor-Elif',
  leohDossier: 'Dossier-LEOh-voor-het-secretariaat',
  decision: 'Onderbouwing-beslissing-Dragan',
  annaM3: 'Anna-zelfbeoordeling-m3',
  pieterM3: 'Pieter-feedback-over-Anna',
  broken: 'Onleesbaar-formulier',
} as const;

export const F = {
  combelM3: `${TX}__exp-combel-m3`,
  combelM6: `${TX}__exp-combel-m6`,
  combelM9: `${TX}__exp-combel-m9`,
  leohPrivate: `${TX}__exp-leoh-private-m3-${X.elif.uid}`,
  leohDossier: `${TX}__exp-leoh-dossier-m9-${X.elif.uid}`,
  beslissing: `${TX}__exp-voortgangsbeslissing`,
  annaM3: `${T1}__exp-combel-m3`,
  broken: `${TX}__exp-kapot`,
};

const DAY = 86_400_000;
const combel = (part: 'aios' | 'opleider', tops: string) => ({
  ...(FORM_EXAMPLES.combel[part] as Record<string, unknown>),
  tops,
});
const leoh = (tops: string) => ({ ...(FORM_EXAMPLES.leoh.aios as Record<string, unknown>), tops });
const submitted = (raterUid: string, answers: Record<string, unknown>, at: Date): PartSeed => ({
  raterUids: [raterUid],
  status: 'submitted',
  answers,
  submittedAt: at,
});

/** A form of TX (seedForm writes the T1 trainee's name): its trainee name, due date and reveal fixed after. */
async function seedTx(
  formId: string,
  seed: Omit<Parameters<typeof seedForm>[0], 'formId' | 'trajectId'>,
  dueDaysAgo: number,
  revealed: boolean,
  now: Date,
) {
  await seedForm({ ...seed, formId, trajectId: TX }, now);
  const db = adminDb();
  await db.doc(`forms/${formId}`).update({
    traineeName: X.dragan.displayName,
    dueAt: Timestamp.fromMillis(now.getTime() - dueDaysAgo * DAY),
    revealed,
  });
  for (const partId of Object.keys(seed.parts))
    await db.doc(`forms/${formId}/parts/${partId}`).update({ revealed });
}

export async function seedExportWorld(now = new Date()): Promise<void> {
  await setBackgroundTriggers(false);
  await Promise.all([resetFirestore(), resetAuth()]);
  await seedWorld();
  const db = adminDb();
  const batch = db.batch();
  batch.set(db.doc(`institutes/${OTHER_INSTITUTE}`), { name: 'PDG Hogeschool Rotterdam' });
  const staff: Record<string, [string, string[]]> = {
    [X.hendrik.uid]: [INSTITUTE, ['hoofd_opleiding']],
    [X.ria.uid]: [OTHER_INSTITUTE, ['secretariaat']],
  };
  for (const p of Object.values(X)) {
    const [instituteId, staffRoles] = staff[p.uid] ?? [INSTITUTE, []];
    batch.set(db.doc(`people/${p.uid}`), {
      instituteId,
      displayName: p.displayName,
      email: p.email,
      staffRoles,
    });
  }
  const roles = { aios: [X.dragan.uid], opleider: [X.elif.uid], groepsdocent: [P.gerda.uid] };
  batch.set(
    db.doc(`trajecten/${TX}`),
    trajectDoc({
      instituteId: INSTITUTE,
      programme: 'huisarts_jaar1',
      traineeName: X.dragan.displayName,
      workplace: 'Huisartsenpraktijk Şahin, Leiden',
      startDate: '2025-09-01',
      roles,
      nameOf: (uid) => [...Object.values(X), P.gerda].find((p) => p.uid === uid)?.displayName ?? uid,
      updatedBy: P.sanne.uid,
    }),
  );
  await batch.commit();
  for (const p of Object.values(X)) {
    await adminAuth().createUser({ uid: p.uid, email: p.email, displayName: p.displayName });
    const [institute, staffRoles] = staff[p.uid] ?? [undefined, []];
    if (institute) await adminAuth().setCustomUserClaims(p.uid, { institute, staff: staffRoles });
  }

  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  // Seeded out of due-date order: the dossier sorts them.
  await seedTx(
    F.beslissing,
    {
      formType: 'voortgangsbeslissing',
      title: 'Voortgangsbeslissing jaar 1',
      status: 'completed',
      readerUids: [X.dragan.uid, X.elif.uid, P.gerda.uid],
      parts: {
        // A staff part lists no raters (the schedule's shape): the hoofd opleiding fills it by claim.
        hoofd_opleiding: {
          ...submitted(
            X.hendrik.uid,
            {
              ...(FORM_EXAMPLES.voortgangsbeslissing.hoofd_opleiding as Record<string, unknown>),
              uitkomst: 'door',
              onderbouwing: M.decision,
            },
            at(2),
          ),
          raterUids: [],
        },
      },
    },
    5,
    true,
    now,
  );
  await db.doc(`forms/${F.beslissing}/parts/hoofd_opleiding`).update({ updatedBy: X.hendrik.uid });
  await seedTx(
    F.combelM3,
    {
      formType: 'combel',
      title: 'ComBel maand 3',
      status: 'completed',
      parts: {
        aios: submitted(X.dragan.uid, combel('aios', M.draganM3), at(60)),
        opleider: submitted(X.elif.uid, combel('opleider', M.elifM3), at(40)),
      },
    },
    55,
    true,
    now,
  );
  // The opleider part was corrected: version 2, with version 1 kept under versions/.
  await db.doc(`forms/${F.combelM3}/parts/opleider`).update({ version: 2, correctionReason: M.correction });
  await db.doc(`forms/${F.combelM3}/parts/opleider/versions/1`).set({
    instituteId: INSTITUTE,
    trajectId: TX,
    formId: F.combelM3,
    formType: 'combel',
    role: 'opleider',
    raterUids: [X.elif.uid],
    status: 'submitted',
    answers: combel('opleider', M.elifM3v1),
    version: 1,
    updatedBy: X.elif.uid,
    submittedAt: Timestamp.fromDate(at(58)),
  });
  await seedTx(
    F.combelM6,
    {
      formType: 'combel',
      title: 'ComBel maand 6',
      status: 'open',
      parts: {
        aios: submitted(X.dragan.uid, combel('aios', M.draganM6), at(20)),
        opleider: submitted(X.elif.uid, combel('opleider', M.elifM6Sealed), at(19)),
        groepsdocent: { raterUids: [P.gerda.uid], status: 'open' },
      },
    },
    15,
    false,
    now,
  );
  await seedTx(
    F.combelM9,
    {
      formType: 'combel',
      title: 'ComBel maand 9',
      parts: {
        aios: { raterUids: [X.dragan.uid], status: 'draft', answers: { tops: M.draganDraft } },
        opleider: { raterUids: [X.elif.uid], status: 'open' },
      },
    },
    -30,
    false,
    now,
  );
  const leohForm = (kind: 'private' | 'dossier', tops: string) => ({
    formType: 'leoh' as const,
    title: kind === 'private' ? 'LEOh maand 3 (eigen gebruik)' : 'LEOh maand 9–10 (dossier)',
    leohKind: kind,
    subjectUid: X.elif.uid,
    status: kind === 'dossier' ? ('ingediend' as const) : ('completed' as const),
    readerUids: [X.dragan.uid, X.elif.uid],
    staffVisible: kind === 'dossier',
    parts: { aios: submitted(X.dragan.uid, leoh(tops), at(kind === 'private' ? 50 : 10)) },
  });
  await seedTx(F.leohPrivate, leohForm('private', M.leohPrivate), 50, true, now);
  await seedTx(F.leohDossier, leohForm('dossier', M.leohDossier), 8, true, now);

  // A form whose envelope does not fit the schema (written by hand, or by an older version): left out, never
  // the whole export failing, and never shown without the policy that its envelope would decide.
  await db
    .doc(`forms/${F.broken}`)
    .set({ instituteId: INSTITUTE, trajectId: TX, formType: 'combel', raterUids: [X.dragan.uid] });
  await db
    .doc(`forms/${F.broken}/parts/aios`)
    .set({ status: 'submitted', raterUids: [X.dragan.uid], answers: { tops: M.broken } });

  // Anna's own ComBel in T1: nothing of it may reach Dragan's or Elif's exports.
  await seedForm(
    {
      formId: F.annaM3,
      formType: 'combel',
      title: 'ComBel maand 3',
      status: 'completed',
      parts: {
        aios: submitted(P.anna.uid, combel('aios', M.annaM3), at(30)),
        opleider: submitted(P.pieter.uid, combel('opleider', M.pieterM3), at(29)),
      },
    },
    now,
  );

  // Mails (triggers are off: they stay in the outbox) and audit entries, for and about each of them.
  const link = `https://praktijkvolg.example/link/${'A'.repeat(43)}`;
  const mail = (to: string, recipientUid: string | null, subject: string, text: string) => ({
    to,
    message: { subject, text },
    purpose: 'reminder_digest',
    instituteId: INSTITUTE,
    ...(recipientUid && { recipientUid }),
    delivery: { state: 'SUCCESS', attempts: 1, endTime: Timestamp.fromDate(at(1)) },
  });
  await db
    .doc('mail/exp-dragan-digest')
    .set(mail(X.dragan.email, X.dragan.uid, 'Dragan: wat er openstaat', 'Hallo Dragan'));
  await db.doc('mail/exp-dragan-link').set(mail(X.dragan.email, null, 'Dragan: je link', `Open: ${link}`));
  await db
    .doc('mail/exp-anna-digest')
    .set(mail(P.anna.email, P.anna.uid, 'Anna: wat er openstaat', 'Hallo Anna'));
  const audit = (
    id: string,
    target: string,
    details: Record<string, unknown>,
    actorUid: string | null = P.sanne.uid,
  ) =>
    db.doc(`audit/${id}`).set({
      instituteId: INSTITUTE,
      at: Timestamp.fromDate(at(90)),
      actorUid,
      action: 'traject.roles_changed',
      target,
      details,
    });
  await audit('exp-tx-roles', `trajecten/${TX}`, { before: {}, after: roles });
  await audit('exp-t1-roles', `trajecten/${T1}`, { before: {}, after: { aios: [P.anna.uid] } });
  await db.doc('audit/exp-decision').set({
    instituteId: INSTITUTE,
    at: Timestamp.fromDate(at(2)),
    actorUid: X.hendrik.uid,
    action: 'decision.recorded',
    target: `forms/${F.beslissing}/parts/hoofd_opleiding`,
    details: {
      trajectId: TX,
      formType: 'voortgangsbeslissing',
      partId: 'hoofd_opleiding',
      version: 1,
      uitkomst: 'door',
    },
  });
}
