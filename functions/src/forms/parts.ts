// A part was written (autosave, submission, server correction): keep the form envelope in step with its
// parts: the parts index (status, submittedAt), 'completed' with no more reminders when every part is in,
// `revealed` once all parts of a sealed form are submitted (mirrored onto each part), the audit entry of
// a submission or decision, and the decision request when the year's advice is complete.
// A rater's submission is validated with the form's zod schema (domain checkSubmission, cross checks included):
// one that fails goes back to draft in the same transaction with a Dutch reason on the part (`returned`), is
// audited as part.returned, and neither completes nor reveals anything (docs/rules.md, "Answers: shape and
// completeness"). The rules already refuse every shape and completeness error; this catches what they cannot say.
// Only a change of status or submittedAt is acted on; the function's own writes (revealed on the parts,
// the envelope) change neither, so they end the chain instead of looping.
import { parseEnvelope, parsePart } from '../documents.js';
import {
  checkSubmission,
  comparisonReadyEvents,
  countsForRound,
  getFormDefinition,
  type PartId,
  reminderKind,
  FORMS_COLLECTION,
  PARTS_COLLECTION,
  partPath,
  type PartIndexEntry,
  type PartDoc,
  partEntryOf,
} from '@praktijkvolg/domain';
import { FieldValue, Timestamp, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import { appendAudit, auditId, auditRef } from '../audit/audit.js';
import { recordEventsInTransaction } from '../events/record.js';
import { requestDecisionIfAdviceComplete, type DecisionRequestOutcome } from './decision.js';
import { copyLeerpuntenToObservations, type LeerpuntenOutcome } from '../led/leerpunten.js';
import { sameValue } from './plan.js';
import { createSummatiefVervolg, type VervolgOutcome } from './summatief.js';
import { createVoorwaardenVervolg, type VoorwaardenOutcome } from './voorwaarden.js';
import { nextReminderFor, startOfNextDay } from './timing.js';

export interface PartWrite {
  formId: string;
  partId: string;
  before: PartDoc | null;
  after: PartDoc | null;
}

export interface PartWriteOutcome {
  acted: boolean;
  completed: boolean;
  /** The submission failed the form's checks and went back to draft (the part's `returned`). */
  returned?: boolean;
  decisionRequest?: DecisionRequestOutcome;
  /** LED: the observations that got the docent's leerdoelen as their items (led/leerpunten.ts). */
  leerpunten?: LeerpuntenOutcome;
  summatief?: VervolgOutcome;
  /** A decision "door onder voorwaarden": its follow-up for the hoofd opleiding (forms/voorwaarden.ts). */
  voorwaarden?: VoorwaardenOutcome;
}

export function isRelevantPartChange({ before, after }: PartWrite): boolean {
  if (!after) return false; // parts are never deleted; nothing to keep in step
  if (!before) return after.status !== 'open';
  return before.status !== after.status || !sameValue(before.submittedAt, after.submittedAt);
}

function asDraft(part: PartDoc): PartDoc {
  const { submittedAt: _submittedAt, ...rest } = part;
  return { ...rest, status: 'draft' };
}

export async function onPartWritten(
  db: Firestore,
  write: PartWrite,
  now: Date,
  appUrl: string,
): Promise<PartWriteOutcome> {
  if (!isRelevantPartChange(write)) return { acted: false, completed: false };
  const { formId, partId, before, after } = write;
  const formRef = db.collection(FORMS_COLLECTION).doc(formId);
  const submittedNow = before?.status !== 'submitted' && after?.status === 'submitted';

  const result = await db.runTransaction(async (tx) => {
    const envelope = parseEnvelope(await tx.get(formRef));
    if (!envelope) return null; // a part without envelope is not ours to index
    const ids = [...new Set([...Object.keys(envelope.parts), partId])];
    const refs: DocumentReference[] = ids.map((id) => formRef.collection(PARTS_COLLECTION).doc(id));
    const snaps = await tx.getAll(...refs);
    const own = parsePart(snaps[ids.indexOf(partId)]!);
    // Judged on the part as it is now: a re-delivered event of a submission that was returned meanwhile does nothing.
    const stillSubmitted = submittedNow && own?.status === 'submitted';
    // Parts are created by the server only (rules), so a part created already submitted (seed, import) is trusted.
    const check =
      before && stillSubmitted ? checkSubmission(getFormDefinition(own.formType), partId, own.answers) : null;
    const returned = check && !check.ok ? check : null;
    const audit = returned
      ? auditRef(
          db,
          auditId('part.returned', formId, partId, `v${own!.version}`, own!.submittedAt?.toMillis() ?? 0),
        )
      : stillSubmitted
        ? auditRef(db, auditId('part.submitted', formId, partId, `v${own!.version}`))
        : null;
    const auditExists = audit ? (await tx.get(audit)).exists : true;

    const parts: Record<string, PartIndexEntry> = {};
    const docs = new Map<string, PartDoc>();
    for (const snap of snaps) {
      const parsed = parsePart(snap);
      // A returned part counts as the draft it becomes.
      const doc = parsed && returned && snap.id === partId ? asDraft(parsed) : parsed;
      if (doc) docs.set(snap.id, doc);
      const entry = partEntryOf(envelope, snap.id);
      if (doc) {
        parts[snap.id] = {
          role: entry?.role ?? doc.role,
          raterUids: [...doc.raterUids],
          status: doc.status,
          ...(doc.status === 'submitted' && doc.submittedAt ? { submittedAt: doc.submittedAt } : {}),
        };
      } else if (entry) parts[snap.id] = entry;
    }
    // Feedback givers' parts are input, not part of the round: they neither hold up nor complete it
    // (domain countsForRound; docs/rules.md "Feedback givers by link").
    const roundParts = Object.entries(parts).filter(([id]) => countsForRound(id));
    const allIn = roundParts.length > 0 && roundParts.every(([, p]) => p.status === 'submitted');
    const revealed = envelope.revealed || allIn;
    // Only open <-> completed moves here; 'ingediend' and 'vervallen' belong to their own flows.
    const status =
      allIn && envelope.status === 'open'
        ? 'completed'
        : !allIn && envelope.status === 'completed'
          ? 'open'
          : envelope.status;
    const kept =
      status === 'completed'
        ? null
        : status === 'open' && envelope.status === 'completed'
          ? nextReminderFor({ open: true, remindFrom: envelope.remindFrom.toDate(), existing: null, now })
          : (envelope.nextReminderAt?.toDate() ?? null);
    // A PDG request that came in: the PDG-trainer has a decision to make now, not from the request's notice
    // day on (domain reminderKind; docs/rules.md "Summative lesson visit").
    const decisionDue =
      status === 'open' &&
      stillSubmitted &&
      !returned &&
      reminderKind(envelope.formType, partId, parts) === 'melding';
    const tomorrow = startOfNextDay(now);
    const next = decisionDue && (kept === null || kept > tomorrow) ? tomorrow : kept;

    const update: Record<string, unknown> = {};
    for (const [id, entry] of Object.entries(parts))
      if (!sameValue(entry, partEntryOf(envelope, id))) update[`parts.${id}`] = entry;
    if (status !== envelope.status) update.status = status;
    if (revealed !== envelope.revealed) update.revealed = revealed;
    if ((next?.getTime() ?? null) !== (envelope.nextReminderAt?.toMillis() ?? null))
      update.nextReminderAt = next;
    const raterUids = [...new Set(Object.values(parts).flatMap((p) => p.raterUids))].sort();
    if (!sameValue(raterUids, envelope.raterUids)) update.raterUids = raterUids;

    if (Object.keys(update).length > 0) tx.update(formRef, update);
    // A sealed round just opened up: everyone in it hears so in their next digest (events/record.ts). The round
    // number is the sum of the parts' versions, so a round revealed again after a correction is a new event.
    if (revealed && !envelope.revealed) {
      const round = [...docs].filter(([id]) => countsForRound(id)).reduce((n, [, d]) => n + d.version, 0);
      const events = comparisonReadyEvents({
        formId,
        formType: envelope.formType,
        title: envelope.title,
        traineeName: envelope.traineeName,
        round,
        parts: Object.fromEntries(roundParts) as Partial<Record<PartId, PartIndexEntry>>,
        traineeUids: parts.aios?.raterUids ?? [],
      });
      recordEventsInTransaction(tx, db, envelope.instituteId, events, now);
    }
    for (const [id, doc] of docs) {
      const partUpdate: Record<string, unknown> = doc.revealed !== revealed ? { revealed } : {};
      if (id === partId && returned) {
        partUpdate.status = 'draft';
        partUpdate.submittedAt = FieldValue.delete();
        partUpdate.returned = {
          at: Timestamp.fromDate(now),
          reason: returned.reason,
          issues: returned.issues,
        };
      } else if (id === partId && check?.ok && doc.returned) partUpdate.returned = FieldValue.delete();
      if (Object.keys(partUpdate).length > 0)
        tx.update(formRef.collection(PARTS_COLLECTION).doc(id), partUpdate);
    }
    if (audit && !auditExists && returned) {
      appendAudit(tx, audit, {
        instituteId: envelope.instituteId,
        at: now,
        actorUid: own!.updatedBy ?? null,
        action: 'part.returned',
        target: partPath(formId, partId),
        details: {
          trajectId: envelope.trajectId,
          formType: envelope.formType,
          partId,
          version: own!.version,
          issues: returned.issues,
        },
      });
    } else if (audit && !auditExists) {
      const decision = envelope.formType === 'voortgangsbeslissing';
      appendAudit(tx, audit, {
        instituteId: envelope.instituteId,
        at: now,
        actorUid: after!.updatedBy ?? null,
        action: decision ? 'decision.recorded' : 'part.submitted',
        target: partPath(formId, partId),
        details: {
          trajectId: envelope.trajectId,
          formType: envelope.formType,
          partId,
          version: after!.version,
          ...(decision && typeof after!.answers.uitkomst === 'string'
            ? { uitkomst: after!.answers.uitkomst }
            : {}),
        },
      });
    }
    return {
      envelope,
      returned: returned !== null,
      completed: status === 'completed' && envelope.status !== 'completed',
      isCompleted: status === 'completed',
    };
  });

  if (!result) return { acted: false, completed: false };
  const outcome: PartWriteOutcome = {
    acted: true,
    completed: result.completed,
    ...(result.returned && { returned: true }),
  };
  // A decided summative request: the assessment after a go, a new request after a no-go. Also on a retried
  // trigger after completion (not only the transition): the follow-up is created at most once.
  if (result.isCompleted && result.envelope.formType === 'aanvraag_summatief') {
    outcome.summatief = await createSummatiefVervolg(db, formId, now);
  }
  // LED: the docent's submitted leerdoelen become the items of the observations nobody started yet.
  if (
    submittedNow &&
    !result.returned &&
    result.envelope.formType === 'leerdoelen' &&
    partId === 'deelnemer'
  ) {
    const leerdoelen = after?.answers.leerdoelen;
    outcome.leerpunten = await copyLeerpuntenToObservations(
      db,
      result.envelope.trajectId,
      Array.isArray(leerdoelen) ? (leerdoelen as { doel?: unknown }[]) : undefined,
    );
  }
  // A decision "door onder voorwaarden": the follow-up with the conditions, at most once (also on a retry).
  if (result.isCompleted && result.envelope.formType === 'voortgangsbeslissing') {
    outcome.voorwaarden = await createVoorwaardenVervolg(db, formId, now);
  }
  // The decision waits for the opleider's advice and the docenten's (given in the voortgangsgesprek).
  if (
    result.completed &&
    (result.envelope.formType === 'voortgangsadvies' || result.envelope.formType === 'voortgangsgesprek')
  ) {
    outcome.decisionRequest = await requestDecisionIfAdviceComplete(
      db,
      result.envelope.trajectId,
      now,
      appUrl,
    );
  }
  return outcome;
}
