// The retention job (docs/data-model.md, "Retention"): removes or anonymises what is past its term, never a
// traject under a legal hold, and records what it did in `retentionRuns/{date}` (counts only, no personal data).
// Idempotent: everything it changes leaves the queries that found it (deleted, or behind the recorded mail-body
// cutoff), so a second run on the same day finds nothing to do; it only counts itself in the day's record.
import {
  retentionRunPath,
  retentionRunSchema,
  toIsoDate,
  RETENTION_RUNS_COLLECTION,
} from '@praktijkvolg/domain';
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { applyShortTerms, type ShortTermCounts } from './shortTerms.js';
import { ReadCounter } from './store.js';
import { removeExpiredTrajecten, type TrajectCounts } from './trajecten.js';

export interface RetentionReport {
  /** The run's day in Amsterdam: the id of its record. */
  date: string;
  trajecten: TrajectCounts;
  shortTerms: ShortTermCounts;
  /** Documents read (every query counts at least one). */
  reads: number;
  ms: number;
}

/** The body cutoff of the latest run: mails that finished before it have lost their body already. */
async function mailBodiesDoneUntil(db: Firestore, reads: ReadCounter): Promise<Date | null> {
  const snap = await db.collection(RETENTION_RUNS_COLLECTION).orderBy('lastRunAt', 'desc').limit(1).get();
  reads.add(snap.size);
  const record = snap.docs[0] ? retentionRunSchema.safeParse(snap.docs[0].data()) : null;
  return record?.success ? (record.data.mailBodiesDoneUntil?.toDate() ?? null) : null;
}

export async function applyRetention(db: Firestore, now: Date): Promise<RetentionReport> {
  const started = Date.now();
  const reads = new ReadCounter();
  const doneUntil = await mailBodiesDoneUntil(db, reads);
  const trajecten = await removeExpiredTrajecten(db, now, reads);
  const short = await applyShortTerms(db, now, doneUntil, reads);
  const report: RetentionReport = {
    date: toIsoDate(now),
    trajecten,
    shortTerms: short.counts,
    reads: reads.total,
    ms: Date.now() - started,
  };
  const bodiesUntil = doneUntil && doneUntil > short.cutoffs.mailBody ? doneUntil : short.cutoffs.mailBody;
  await recordRun(db, now, report, bodiesUntil);
  log.info('retention: done', report);
  return report;
}

/** Adds this run to the day's record: how often it ran, what the runs changed in total, the last run's report. */
async function recordRun(
  db: Firestore,
  now: Date,
  report: RetentionReport,
  bodiesUntil: Date,
): Promise<void> {
  const ref = db.doc(retentionRunPath(report.date));
  const { held: _held, ...changedTrajecten } = report.trajecten; // what was left alone is no change
  const changes = { trajecten: changedTrajecten, shortTerms: report.shortTerms };
  const at = Timestamp.fromDate(now);
  const last = { trajecten: report.trajecten, shortTerms: report.shortTerms, reads: report.reads };
  await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) {
      tx.create(ref, {
        date: report.date,
        runs: 1,
        firstRunAt: at,
        lastRunAt: at,
        totals: changes,
        last,
        mailBodiesDoneUntil: Timestamp.fromDate(bodiesUntil),
      });
      return;
    }
    const totals = Object.fromEntries(
      Object.entries(changes).flatMap(([group, counts]) =>
        Object.entries(counts).map(([k, n]) => [`totals.${group}.${k}`, FieldValue.increment(n)]),
      ),
    );
    const before = retentionRunSchema.safeParse(snap.data()).data?.mailBodiesDoneUntil?.toDate();
    const until = before && before > bodiesUntil ? before : bodiesUntil;
    tx.update(ref, {
      runs: FieldValue.increment(1),
      lastRunAt: at,
      last,
      mailBodiesDoneUntil: Timestamp.fromDate(until),
      ...totals,
    });
  });
}
