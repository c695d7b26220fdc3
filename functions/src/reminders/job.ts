// The reminder job (at each digest hour, domain DIGEST_HOURS, Europe/Amsterdam; and on demand through the
// runReminderJob endpoint). A person's digest goes at the hour they chose (reminders/queueDigest.ts).
//
// Cost: one range query `forms where nextReminderAt <= now` returns only forms inside their reminder
// window that are still open (finished forms have null, future ones a later instant), plus gets that
// follow those forms (their institutes, raters, escalation staff, digest keys). Nothing scans all forms.
//
// Exactly once: each person's digest of the day is reminderDigests/{uid}_{date}, created in one
// transaction with its outbox mail (deterministic id). A retried or repeated run finds the digest and
// writes nothing; a crash after queueing and before the forms are advanced only means the next run
// reads those forms again and still sends nothing twice.
import {
  escalatesToSecretariaat,
  isStaffRole,
  rolesSchema,
  toIsoDate,
  type StaffRole,
  FORMS_COLLECTION,
  formEnvelopeSchema,
  formPath,
  DEFAULT_ESCALATE_AFTER_DAYS,
  INSTITUTES_COLLECTION,
  parseInstituteSettings,
  partEntryOf,
  trajectPath,
  isPlanningRun,
  decisionAwaitsAdvice,
} from '@praktijkvolg/domain';
import {
  Timestamp,
  type DocumentSnapshot,
  type Firestore,
  type QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import { log } from '../log.js';
import { z } from 'zod';
import { auditEntry, auditId, auditRef } from '../audit/audit.js';
import pLimit from 'p-limit';
import { isWeekendDate, startOfNextDay } from '../forms/timing.js';
import { dropOptedOutEvents, preferencesOf, queueDigest, releaseWaitingDigests } from './queueDigest.js';
import { peopleByUid, staffOf, type Person } from '../people/people.js';
import { openParts, planDigests, type DueForm, type DuePart } from './plan.js';
import { requestDecisionIfAdviceComplete } from '../forms/decision.js';
import { ReadCounter } from './reads.js';
import { pendingEvents } from '../events/record.js';
import { recordKpbPaceEvents } from '../events/kpbPace.js';

export interface ReminderJobOptions {
  /** Base URL of the web app for the links in the mails. */
  appUrl: string;
  reads?: ReadCounter;
  pageSize?: number;
  /** Test hook: runs after the digests are queued and before the forms are advanced (a crash point). */
  beforeAdvance?: () => Promise<void> | void;
}

export interface ReminderJobReport {
  date: string;
  weekend: boolean;
  /** Forms the query returned. */
  dueForms: number;
  /** Open parts among them. */
  dueParts: number;
  /** Forms past their closing date, now 'vervallen'. */
  expired: number;
  digestsQueued: number;
  /** Digests that already existed (a second run on the same day). */
  digestsAlreadyQueued: number;
  /** Digests planned now that wait for the person's later hour (preferences), and those whose hour came now. */
  digestsWaiting: number;
  digestsReleased: number;
  /** Messages (digest events) not mailed: their person switched messages off. */
  eventsOptedOut: number;
  deferredForWeekend: number;
  withoutEmail: number;
  escalationItems: number;
  formsAdvanced: number;
  /**
   * Due decisions whose advice was in without their flag set (written before it existed, or a trigger that
   * never finished), opened now.
   */
  decisionsOpened: number;
  reads: number;
  /** Wall time per phase in ms: the due query, resolving people and staff, queueing digests, advancing forms. */
  ms: { query: number; resolve: number; queue: number; advance: number };
}

const trajectRolesSchema = z.looseObject({ roles: rolesSchema });

const logs = {
  invalidForm: (id: string, error: string) =>
    log.error('reminders: invalid form envelope, skipped', { formId: id, error }),
  withoutEmail: (uids: string[]) =>
    uids.length > 0 && log.warn('reminders: recipients without e-mail address', { uids }),
  done: (report: ReminderJobReport) => log.info('reminders: job done', report),
};

async function dueForms(
  db: Firestore,
  now: Date,
  pageSize: number,
  reads: ReadCounter,
): Promise<QueryDocumentSnapshot[]> {
  const out: QueryDocumentSnapshot[] = [];
  let last: QueryDocumentSnapshot | undefined;
  for (;;) {
    let query = db
      .collection(FORMS_COLLECTION)
      .where('nextReminderAt', '<=', Timestamp.fromDate(now))
      .orderBy('nextReminderAt')
      .limit(pageSize);
    if (last) query = query.startAfter(last);
    const page = await query.get();
    reads.add(page.size);
    out.push(...page.docs);
    if (page.size < pageSize) return out;
    last = page.docs[page.docs.length - 1];
  }
}

async function getAllCounted(
  db: Firestore,
  paths: Iterable<string>,
  reads: ReadCounter,
): Promise<Map<string, DocumentSnapshot>> {
  const list = [...new Set(paths)];
  const out = new Map<string, DocumentSnapshot>();
  for (let i = 0; i < list.length; i += 300) {
    const refs = list.slice(i, i + 300).map((p) => db.doc(p));
    const snaps = await db.getAll(...refs);
    reads.add(snaps.length);
    for (const s of snaps) out.set(s.ref.path, s);
  }
  return out;
}

export async function runReminders(
  db: Firestore,
  now: Date,
  options: ReminderJobOptions,
): Promise<ReminderJobReport> {
  const reads = options.reads ?? new ReadCounter();
  const date = toIsoDate(now);
  const weekend = isWeekendDate(date);
  const report: ReminderJobReport = {
    date,
    weekend,
    dueForms: 0,
    dueParts: 0,
    expired: 0,
    digestsQueued: 0,
    digestsAlreadyQueued: 0,
    digestsWaiting: 0,
    digestsReleased: 0,
    eventsOptedOut: 0,
    deferredForWeekend: 0,
    withoutEmail: 0,
    escalationItems: 0,
    formsAdvanced: 0,
    decisionsOpened: 0,
    reads: 0,
    ms: { query: 0, resolve: 0, queue: 0, advance: 0 },
  };
  let mark = performance.now();
  const lap = (phase: keyof ReminderJobReport['ms']) => {
    const t = performance.now();
    report.ms[phase] = Math.round(t - mark);
    mark = t;
  };

  // 1. What is due: forms inside their reminder window, still open.
  const snaps = await dueForms(db, now, options.pageSize ?? 500, reads);
  report.dueForms = snaps.length;
  lap('query');
  const active: { snap: QueryDocumentSnapshot; form: DueForm }[] = [];
  const finished: QueryDocumentSnapshot[] = [];
  const expired: { snap: QueryDocumentSnapshot; form: DueForm }[] = [];
  for (const snap of snaps) {
    const parsed = formEnvelopeSchema.safeParse(snap.data());
    if (!parsed.success) {
      logs.invalidForm(snap.id, parsed.error.message);
      continue;
    }
    const form = { ...parsed.data, formId: snap.id };
    if (form.status !== 'open') finished.push(snap);
    else if (form.closesAt && form.closesAt.toMillis() < now.getTime()) expired.push({ snap, form });
    else active.push({ snap, form });
  }

  // A decision still waiting for advice is nobody's to do (plan.ts), but one whose advice is in without the
  // flag (created before `adviceComplete` existed, or a trigger that never finished) would wait forever: it is
  // opened here, at most once requested (forms/decision.ts). Its reminders start with the next run. Cost
  // follows the due decisions that wait.
  for (const { form } of active.filter(({ form }) => decisionAwaitsAdvice(form))) {
    const outcome = await requestDecisionIfAdviceComplete(db, form.trajectId, now, options.appUrl, reads);
    if (outcome === 'requested' || outcome === 'already_requested') report.decisionsOpened++;
  }

  // 2. Settings of the institutes involved.
  const institutes = await getAllCounted(
    db,
    active.map(({ form }) => `${INSTITUTES_COLLECTION}/${form.instituteId}`),
    reads,
  );
  const escalateAfter = (instituteId: string) =>
    parseInstituteSettings(instituteId, institutes.get(`${INSTITUTES_COLLECTION}/${instituteId}`)?.data())
      .escalateAfterDays ?? DEFAULT_ESCALATE_AFTER_DAYS;

  // 3. Who must act, who is escalated to.
  const staffCache = new Map<string, Promise<Person[]>>();
  const staff = (instituteId: string, role: StaffRole) => {
    const key = `${instituteId}/${role}`;
    if (!staffCache.has(key)) staffCache.set(key, staffOf(db, instituteId, role, reads));
    return staffCache.get(key)!;
  };
  const parts = active.flatMap(({ form }) => openParts(form, date));
  const toEscalate = weekend
    ? []
    : parts.filter(
        (p) => !p.notice && p.daysOverdue > 0 && p.daysOverdue >= escalateAfter(p.form.instituteId),
      );
  const trajecten = await getAllCounted(
    db,
    toEscalate.map((p) => trajectPath(p.form.trajectId)),
    reads,
  );
  const groepsdocenten = (trajectId: string) => {
    const parsed = trajectRolesSchema.safeParse(trajecten.get(trajectPath(trajectId))?.data());
    return parsed.success ? (parsed.data.roles.groepsdocent ?? []) : [];
  };
  const escalating = new Set(toEscalate);
  const dueParts: DuePart[] = await Promise.all(
    parts.map(async (p) => {
      const entry = partEntryOf(p.form, p.partId)!;
      const raters =
        entry.raterUids.length > 0 || !isStaffRole(p.role)
          ? entry.raterUids
          : (await staff(p.form.instituteId, p.role)).map((s) => s.uid);
      let escalateTo: string[] = [];
      if (escalating.has(p)) {
        // The secretariat only for forms staff may see (never a private LEOh, never a learner report: DOMAIN
        // Rule 10, domain escalatesToSecretariaat); groepsdocenten only where they are readers of the form
        // (never a LEOh: rule 3 of docs/rules.md).
        const secretariaat = escalatesToSecretariaat(p.form)
          ? (await staff(p.form.instituteId, 'secretariaat')).map((s) => s.uid)
          : [];
        const docenten = groepsdocenten(p.form.trajectId).filter((uid) => p.form.readerUids.includes(uid));
        escalateTo = [...new Set([...secretariaat, ...docenten])];
      }
      return { ...p, raters: [...raters], escalateTo };
    }),
  );
  report.dueParts = dueParts.length;

  // 4. The people, then the digests under the budget.
  // Events waiting for a digest (a ComBel comparison ready, a new traject): inside the same one-a-day budget.
  // On Mondays a KPB/KVB pace behind becomes such an event for the aios and opleiders (events/kpbPace.ts).
  // Only the day's planning run (before the second digest hour) looks at the pace: the later runs read what waits.
  if (isPlanningRun(date, now)) await recordKpbPaceEvents(db, date, now, reads);
  const events = await pendingEvents(db, options.appUrl, reads);
  const recipients = [...dueParts.flatMap((p) => [...p.raters, ...p.escalateTo]), ...events.keys()];
  const people = await peopleByUid(db, recipients, reads);
  // Their hour of the day and the messages they switched off (preferences/{uid}); reminders go regardless.
  const prefs = await preferencesOf(db, people.keys(), reads);
  report.eventsOptedOut = await dropOptedOutEvents(db, events, prefs, date);
  const plan = planDigests({ dueParts, people, weekend, appUrl: options.appUrl, events });
  report.deferredForWeekend = plan.deferredForWeekend.length;
  report.withoutEmail = plan.withoutEmail.length;
  report.escalationItems = plan.digests.reduce((n, d) => n + d.escalations.length, 0);
  logs.withoutEmail(plan.withoutEmail);
  lap('resolve');

  // 5. Queue each digest with its mail, exactly once per person per day.
  const outcomes = await pLimit(16).map(plan.digests, (d) =>
    queueDigest(db, d, date, now, reads, prefs.get(d.person.uid)),
  );
  report.digestsQueued = outcomes.filter((o) => o === 'queued').length;
  report.digestsAlreadyQueued = outcomes.filter((o) => o === 'already').length;
  report.digestsWaiting = outcomes.filter((o) => o === 'waiting').length;
  // Digests planned by an earlier run (or this one) whose person's hour has come.
  report.digestsReleased = await releaseWaitingDigests(db, now, reads);
  lap('queue');

  await options.beforeAdvance?.();

  // 6. Move the forms on: open ones come back tomorrow, finished ones leave the index, closed ones expire.
  // The precondition skips a form that changed since it was read (a submission); the next run sees it fresh.
  const writer = db.bulkWriter();
  writer.onWriteError(
    (err) =>
      err.code !== 9 /* FAILED_PRECONDITION */ &&
      err.code !== 6 /* ALREADY_EXISTS */ &&
      err.failedAttempts < 3,
  );
  const tomorrow = Timestamp.fromDate(startOfNextDay(now));
  const advanced: Promise<unknown>[] = [];
  const guarded = (snap: QueryDocumentSnapshot, data: Record<string, unknown>) =>
    writer.update(snap.ref, data, { lastUpdateTime: snap.updateTime }).then(
      () => true,
      () => false,
    );
  for (const { snap } of active) advanced.push(guarded(snap, { nextReminderAt: tomorrow }));
  for (const snap of finished) advanced.push(guarded(snap, { nextReminderAt: null }));
  for (const { snap, form } of expired) {
    advanced.push(guarded(snap, { status: 'vervallen', nextReminderAt: null }));
    writer
      .create(
        auditRef(db, auditId('form.vervallen', form.formId)),
        auditEntry({
          instituteId: form.instituteId,
          at: now,
          action: 'form.vervallen',
          target: formPath(form.formId),
          details: { closesAt: form.closesAt!.toDate().toISOString() },
        }),
      )
      .catch(() => undefined);
  }
  // BulkWriter sends a partial batch only on flush/close: close first, or the awaits below never settle.
  await writer.close();
  const results = await Promise.all(advanced);
  report.formsAdvanced = results.filter(Boolean).length;
  report.expired = expired.length;
  lap('advance');
  report.reads = reads.total;
  logs.done(report);
  return report;
}
