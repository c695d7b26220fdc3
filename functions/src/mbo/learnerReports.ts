// Learner reports (rule 10, docs/rules.md "Learner reports"): the teacher shares one report with a named
// person (shareReport), and staff, the leidinggevende and the team read the team overview (buildTeamOverview),
// computed here on the server because the rules let nobody but the teacher (and whom they shared it with) read
// an individual report. The overview answers only counts, and nothing at all below 5 reports of 3 teachers.
import {
  actorOf,
  FORMS_COLLECTION,
  formAudience,
  formEnvelopeSchema,
  mayReadTeamOverview,
  mayShareLearnerReport,
  parseClaims,
  parseTeam,
  partDocSchema,
  partPath,
  TEAMS_COLLECTION,
  teamOverviewView,
  TRAJECTEN_COLLECTION,
  type ReportForOverview,
} from '@praktijkvolg/domain';
import type { api, ApiName, ApiResponse } from '@praktijkvolg/domain/api';
import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import { appendAudit, auditRef } from '../audit/audit.js';
import { parseOrSkip } from '../documents.js';
import { personByUid } from '../people/people.js';
import type { Caller } from '../people/staffRoles.js';

type Parsed<N extends ApiName> = z.output<(typeof api)[N]['request']>;

const REPORT_NOT_FOUND = 'Dit learner report bestaat niet of is niet van jou.';
const TEAM_NOT_FOUND = 'Dit team bestaat niet of je hoort er niet bij.';
/** Firestore's bound on `array-contains-any` values per query. */
const ANY_CHUNK = 30;

export async function shareReport(
  db: Firestore,
  caller: Caller,
  input: Parsed<'shareLearnerReport'>,
  now: Date,
): Promise<ApiResponse<'shareLearnerReport'>> {
  const actor = actorOf(caller.uid, parseClaims(caller.token));
  const target = await personByUid(db, input.uid);
  const ref = db.collection(FORMS_COLLECTION).doc(input.formId);
  return db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const parsed = formEnvelopeSchema.safeParse(snap.data());
    // Someone else's report answers like a missing one: nothing about it leaks.
    if (
      !snap.exists ||
      !parsed.success ||
      !(parsed.data.parts.deelnemer?.raterUids ?? []).includes(caller.uid)
    )
      throw new HttpsError('not-found', REPORT_NOT_FOUND);
    const form = parsed.data;
    if (!target) throw new HttpsError('not-found', 'Deze persoon is niet bekend.');
    const before = form.sharedWith ?? [];
    const decision = mayShareLearnerReport(
      actor,
      { formType: form.formType, instituteId: form.instituteId, parts: form.parts },
      { uid: target.uid, instituteId: target.instituteId },
      before,
      input.share,
    );
    if (!decision.ok) throw new HttpsError('permission-denied', decision.reason);
    const sharedWith = input.share
      ? [...new Set([...before, target.uid])].sort()
      : before.filter((u) => u !== target.uid);
    if (sharedWith.length === before.length && sharedWith.every((u, i) => u === before[i]))
      return { ok: true as const, sharedWith };
    const trajectSnap = await tx.get(db.collection(TRAJECTEN_COLLECTION).doc(form.trajectId));
    const roles = (trajectSnap.get('roles') ?? {}) as Record<string, string[]>;
    const { readerUids } = formAudience(
      { formId: ref.id, formType: form.formType, status: form.status, parts: form.parts, sharedWith },
      { roles },
    );
    tx.update(ref, { sharedWith, readerUids });
    appendAudit(tx, auditRef(db), {
      instituteId: form.instituteId,
      at: now,
      actorUid: caller.uid,
      action: input.share ? 'learner_report.shared' : 'learner_report.unshared',
      target: ref.path,
      details: { with: target.uid },
    });
    return { ok: true as const, sharedWith };
  });
}

/** The submitted learner reports of the team's teachers, as the domain's overview takes them. */
async function teamReports(db: Firestore, instituteId: string, teacherUids: readonly string[]) {
  const teachers = new Set(teacherUids);
  const reports: ReportForOverview[] = [];
  for (let i = 0; i < teacherUids.length; i += ANY_CHUNK) {
    const snap = await db
      .collection(FORMS_COLLECTION)
      .where('instituteId', '==', instituteId)
      .where('formType', '==', 'learner_report')
      .where('raterUids', 'array-contains-any', teacherUids.slice(i, i + ANY_CHUNK))
      .get();
    // The part is the truth, not the envelope (its index follows a moment later, and a report whose window has
    // closed or whose envelope went `vervallen` still counts once submitted).
    const reportForms = snap.docs;
    if (reportForms.length === 0) continue;
    const parts = await db.getAll(...reportForms.map((d) => db.doc(partPath(d.id, 'deelnemer'))));
    for (const p of parts) {
      const part = parseOrSkip(partDocSchema, p, 'mbo: learner report part');
      if (part?.status !== 'submitted') continue;
      const authorUid = part.raterUids.find((u) => teachers.has(u));
      if (authorUid) reports.push({ authorUid, answers: part.answers as ReportForOverview['answers'] });
    }
  }
  return reports;
}

export async function buildTeamOverview(
  db: Firestore,
  caller: Caller,
  input: Parsed<'teamOverview'>,
): Promise<ApiResponse<'teamOverview'>> {
  const actor = actorOf(caller.uid, parseClaims(caller.token));
  const snap = await db.collection(TEAMS_COLLECTION).doc(input.teamId).get();
  if (!snap.exists) throw new HttpsError('not-found', TEAM_NOT_FOUND);
  const team = parseTeam(snap.id, snap.data());
  if (!mayReadTeamOverview(actor, team).ok) throw new HttpsError('not-found', TEAM_NOT_FOUND);
  const view = teamOverviewView(await teamReports(db, team.instituteId, team.teacherUids));
  return view.shown
    ? {
        teamId: team.teamId,
        name: team.name,
        shown: true,
        reports: view.overview.reports,
        teachers: view.overview.teachers,
        activities: view.overview.activities,
        byCategory: view.overview.byCategory,
        ranked: view.overview.ranked.map(({ type, label, categorie, count }) => ({
          type,
          label,
          categorie,
          count,
        })),
      }
    : { teamId: team.teamId, name: team.name, shown: false, reason: view.reason };
}
