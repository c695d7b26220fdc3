// retentionRuns/{yyyy-MM-dd} (docs/data-model.md, "Retention"): what the retention job did on an Amsterdam day,
// counts only (no personal data), written by the job (functions retention/apply.ts).
import { z } from 'zod';
import { isoDateSchema } from '../forms/schema';
import { timestampLikeSchema } from './timestamp';

export const RETENTION_RUNS_COLLECTION = 'retentionRuns';
export const retentionRunPath = (date: string) => `${RETENTION_RUNS_COLLECTION}/${date}`;

const countsSchema = z.record(z.string(), z.number());

export const retentionRunSchema = z.looseObject({
  date: isoDateSchema,
  runs: z.number().int().min(1),
  firstRunAt: timestampLikeSchema,
  lastRunAt: timestampLikeSchema,
  /** What the day's runs changed together, per group (`trajecten`, `shortTerms`). */
  totals: z.record(z.string(), countsSchema),
  /** The day's last run: its changes, what it left alone (`held`) and the documents it read. */
  last: z.record(z.string(), z.union([countsSchema, z.number()])),
  /** Mails that finished before it have lost their subject and body already. */
  mailBodiesDoneUntil: timestampLikeSchema.optional(),
});
export type RetentionRun = z.infer<typeof retentionRunSchema>;
