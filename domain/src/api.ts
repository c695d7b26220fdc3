// Request/response schemas of every callable function, shared by the web client (which parses responses)
// and the functions (which parse requests). Names are the deployed function names.
import { z } from 'zod';
import { nameField, textField } from './policies/textFields';
import { INVITATION_MESSAGE_MAX, invitationTextProblem } from './policies/invitationText';
import { ASK_FEEDBACK, FEEDBACK_GIVER_ROLE_IDS, type FeedbackGiverRole } from './policies/feedbackGivers';
import { APP_PATH_MAX, APP_PATH_MESSAGE, parseAppPath } from './routes';
import { base64Length, EXPORT_LIMITS } from './policies/exports';
import { RETENTION_MESSAGES, RETENTION_YEARS } from './policies/retention';
import { LEGAL_HOLD_REASON_MAX } from './traject';
import { COHORT_MAX_CHARS, COHORT_MAX_ROWS } from './policies/cohortFile';
import { cohortRowResultSchema } from './policies/cohortImport';
import { reopenReasonField } from './policies/reopenReason';
import { secretariaatContactSchema } from './documents/institutes';

const email = z.email('Vul een geldig e-mailadres in').max(254);
/** No links in what an invitation mail carries (docs/rules.md, "Who fills an assessment part"). */
const noLinks = (what: 'bericht' | 'naam') => (value: string, ctx: z.RefinementCtx) => {
  const problem = invitationTextProblem(value, what);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};
const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_\-.~]+$/, 'Ongeldige sleutel');
/** Why a traject is under a legal hold: required, one paragraph at most, no hidden characters (policies/text.ts). */
const legalHoldReason = z
  .string({ error: 'Vul de reden van de bewaarplicht in.' })
  .pipe(textField(LEGAL_HOLD_REASON_MAX, { what: 'De reden' }))
  .refine((r) => r.length > 0, { error: 'Vul de reden van de bewaarplicht in.' });
/**
 * An in-app path to return to after sign-in: only a path of one of the app's routes, parsed (routes.ts), never
 * another host (no open redirect). The output is the normalised path.
 */
const appPath = z
  .string({ error: APP_PATH_MESSAGE })
  .max(APP_PATH_MAX, { error: APP_PATH_MESSAGE })
  .transform((input, ctx) => {
    const path = parseAppPath(input);
    if (path !== null) return path;
    ctx.addIssue({ code: 'custom', message: APP_PATH_MESSAGE });
    return z.NEVER;
  });
/** A file name without extension, safe on every system: `dossier-Dragan-Dordevic-2026-05-20`. */
const exportFilename = z.string().regex(/^[A-Za-z0-9._-]{1,120}$/);
/** Opaque single-use link token (base64url, 32 random bytes). */
const linkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Ongeldige link');

export const api = {
  /** Mails a passwordless sign-in link that returns to `continuePath`. Always answers ok (no account probing). */
  sendSignInLink: {
    request: z.object({ email, continuePath: appPath.default('/') }).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Read-only look at a single-use link: what it is for and whether it can still be used. Spends nothing. */
  peekLinkToken: {
    request: z.object({ token: linkToken }).strict(),
    response: z.object({
      /** submitted: the part is in (whatever the link's own state); no new link helps then. */
      state: z.enum(['valid', 'expired', 'spent', 'unknown', 'submitted']),
      formTitle: z.string().nullable(),
      raterName: z.string().nullable(),
      expiresAt: z.string().nullable(), // ISO instant
      submittedAt: z.string().nullable(), // ISO instant, when state is 'submitted'
    }),
  },
  /** Spends a single-use link (an explicit button press) and returns a session scoped to one form part. */
  redeemLinkToken: {
    request: z.object({ token: linkToken }).strict(),
    response: z.object({ customToken: z.string(), formId: id, partId: id }),
  },
  /** An expired or spent link: send a fresh one to the part's rater (or, failing that, the secretariat). */
  requestNewLink: {
    request: z.object({ token: linkToken }).strict(),
    response: z.object({ ok: z.literal(true), sentTo: z.enum(['rater', 'secretariaat']) }),
  },
  /**
   * Hands one part out by link (policies/invitation.ts): the trainee invites a feedback giver; the assigned
   * rater or the secretariat names a waarnemend rater. One open invitation per part: `replace` ends the
   * current one (its link and session) instead of being refused.
   */
  inviteRater: {
    request: z
      .object({
        formId: id,
        partId: id,
        // Names and messages go into mails: NFC, no control or bidi characters, bounded (policies/text.ts),
        // and nothing a mail client would turn into a link (policies/invitationText.ts).
        name: nameField(120).superRefine(noLinks('naam')),
        email,
        message: z
          .string()
          .max(INVITATION_MESSAGE_MAX, `Maximaal ${INVITATION_MESSAGE_MAX} tekens`)
          .pipe(textField(INVITATION_MESSAGE_MAX, { what: 'Het bericht' }))
          .superRefine(noLinks('bericht'))
          .optional(),
        replace: z.boolean().optional(),
        // "Vraag feedback" (policies/feedbackGivers.ts): partId ASK_FEEDBACK and the role the giver is asked as;
        // the server makes the giver's own part in the next free slot.
        giverRole: z
          .enum(FEEDBACK_GIVER_ROLE_IDS as [FeedbackGiverRole, ...FeedbackGiverRole[]], {
            error: 'Kies als wie je deze persoon om feedback vraagt.',
          })
          .optional(),
      })
      .strict()
      .superRefine((r, ctx) => {
        if ((r.partId === ASK_FEEDBACK) !== (r.giverRole !== undefined))
          ctx.addIssue({
            code: 'custom',
            path: ['giverRole'],
            message: 'Kies als wie je deze persoon om feedback vraagt.',
          });
      }),
    /** partId: the part the invitee fills (for "Vraag feedback" the slot the server made). */
    response: z.object({ ok: z.literal(true), invitationId: id, partId: id.optional() }),
  },
  /** The trainee asks the raters of a part of their own form to fill it (a mail; once per part per day). */
  askRaterToFill: {
    request: z.object({ formId: id, partId: id }).strict(),
    /** The names of the people who were mailed. */
    response: z.object({ ok: z.literal(true), sentTo: z.array(z.string()).min(1) }),
  },
  /** The opleider sends a dossier LEOh (aios part submitted) to the secretariat. Never a private LEOh. */
  submitDossierLeoh: {
    request: z.object({ formId: id }).strict(),
    /** alreadySubmitted: an earlier call sent it (nothing was sent again). */
    response: z.object({ ok: z.literal(true), alreadySubmitted: z.boolean() }),
  },
  /** Admin only: sets a person's staff roles (custom claims) within an institute. */
  setStaffRoles: {
    request: z
      .object({
        uid: id,
        institute: id,
        staff: z
          .array(z.enum(['admin', 'secretariaat', 'hoofd_opleiding', 'fase_coordinator', 'opleiderscoach']))
          .max(5),
      })
      .strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Secretariat: creates or updates a person (Auth user + people doc) in its own institute. */
  upsertPerson: {
    request: z.object({ email, displayName: nameField(120) }).strict(),
    response: z.object({ uid: id, created: z.boolean() }),
  },
  /**
   * Secretariat: new trajecten from a CSV (policies/cohortImport.ts). `dryRun` only checks and returns the
   * preview; otherwise the server checks again and writes every valid row (people it does not know yet, then
   * the traject), nothing of a refused row. A retry finds what it wrote before (deterministic ids).
   */
  importCohort: {
    request: z
      .object({
        csvText: z
          .string({ error: 'Kies een CSV-bestand of plak de rijen.' })
          .min(1, { error: 'Kies een CSV-bestand of plak de rijen.' })
          .max(COHORT_MAX_CHARS, {
            error: `Het bestand is te groot. Importeer hooguit ${COHORT_MAX_ROWS} rijen tegelijk.`,
          }),
        dryRun: z.boolean(),
      })
      .strict(),
    response: z.object({
      dryRun: z.boolean(),
      rows: z.array(cohortRowResultSchema).max(COHORT_MAX_ROWS),
      /** Rows that are (dry run) or were (written now) valid; already imported; refused. */
      valid: z.number().int().min(0),
      alreadyImported: z.number().int().min(0),
      refused: z.number().int().min(0),
      /** Trajecten and people written by this call (0 on a dry run). */
      imported: z.number().int().min(0),
      peopleCreated: z.number().int().min(0),
    }),
  },
  /**
   * Secretariat: one reminder now to the raters of an overdue part (Achterstanden), with a link to it; at most
   * one per part per day (a second call that day sends nothing and says so).
   */
  remindNow: {
    request: z.object({ formId: id, partId: id }).strict(),
    response: z.object({ sentTo: z.array(z.string()), alreadyRemindedToday: z.boolean() }),
  },
  /**
   * Secretariat: reopens a submitted part with a reason (policies/reopenPart.ts). The submitted version is kept
   * under versions/, the part goes back to draft as the next version, its raters are mailed.
   */
  /**
   * The aios starts a KPB/KVB on their own traject (policies/kpb.ts): a new form with an aios and an opleider
   * part, due a week later. Refused in Dutch beyond KPB_MAX_OPEN open or KPB_STARTS_PER_DAY a day.
   */
  startKpb: {
    request: z.object({ trajectId: id }).strict(),
    response: z.object({ ok: z.literal(true), formId: id, title: z.string() }),
  },
  reopenPart: {
    request: z.object({ formId: id, partId: id, reason: reopenReasonField }).strict(),
    /** `version`: the new version the rater now writes; `mailedTo`: the names of the raters who were mailed. */
    response: z.object({
      ok: z.literal(true),
      version: z.number().int().min(2),
      mailedTo: z.array(z.string()),
    }),
  },
  /**
   * An mbo teacher shares one of their learner reports with a named person of the institute, or stops sharing
   * it (policies/learnerReports.ts). Nobody else reads a learner report (rule 10 of docs/rules.md).
   */
  shareLearnerReport: {
    request: z.object({ formId: id, uid: id, share: z.boolean() }).strict(),
    response: z.object({ ok: z.literal(true), sharedWith: z.array(z.string()) }),
  },
  /**
   * The team overview of learner reports (learnerReport.ts): the 11 activity types counted over the team's
   * submitted reports, for staff of the institute, the team's leidinggevenden and teachers; nothing but a reason
   * below 5 reports of 3 teachers.
   */
  teamOverview: {
    request: z.object({ teamId: id }).strict(),
    response: z.discriminatedUnion('shown', [
      z.object({
        teamId: z.string(),
        name: z.string(),
        shown: z.literal(true),
        reports: z.number().int(),
        teachers: z.number().int(),
        activities: z.number().int(),
        byCategory: z.object({ informeel: z.number().int(), formeel: z.number().int() }),
        ranked: z.array(
          z.object({
            type: z.string(),
            label: z.string(),
            categorie: z.enum(['informeel', 'formeel']),
            count: z.number().int(),
          }),
        ),
      }),
      z.object({ teamId: z.string(), name: z.string(), shown: z.literal(false), reason: z.string() }),
    ]),
  },
  /**
   * Admin only: the retention term of the admin's own institute, in whole years after a traject ended
   * (policies/retention.ts). The retention job removes what is past it.
   */
  setRetention: {
    request: z
      .object({
        retentionYears: z
          .number({ error: RETENTION_MESSAGES.years })
          .int({ error: RETENTION_MESSAGES.years })
          .min(RETENTION_YEARS.min, { error: RETENTION_MESSAGES.years })
          .max(RETENTION_YEARS.max, { error: RETENTION_MESSAGES.years }),
      })
      .strict(),
    response: z.object({ ok: z.literal(true), retentionYears: z.number().int() }),
  },
  /**
   * Admin only: the secretariat's contact of the admin's own institute (documents/institutes.ts): every mail of
   * the institute has Reply-To this address and names it in its footer (policies/mailPurposes.ts).
   */
  setSecretariatContact: {
    request: secretariaatContactSchema,
    response: z.object({ ok: z.literal(true), name: z.string(), email: z.string() }),
  },
  /**
   * Admin only: puts a traject of the admin's institute under a legal hold (the retention job never touches
   * it) with a reason, or lifts the hold. The hold lives on the traject as a server-owned field.
   */
  setLegalHold: {
    request: z.discriminatedUnion('hold', [
      z.object({ trajectId: id, hold: z.literal(true), reason: legalHoldReason }).strict(),
      z.object({ trajectId: id, hold: z.literal(false) }).strict(),
    ]),
    response: z.object({ ok: z.literal(true), held: z.boolean() }),
  },
  /** Whether the signed-in person has a calendar feed (docs/data-model.md, `calendarFeeds`); never its URL. */
  calendarFeedStatus: {
    request: z.object({}).strict(),
    response: z.object({ active: z.boolean(), createdAt: z.iso.datetime().nullable() }),
  },
  /**
   * Makes a new calendar feed for the signed-in person (an account, not a link session) and ends the previous
   * one. The URL holds the secret and is returned this once; only its hash is stored.
   */
  renewCalendarFeed: {
    request: z.object({}).strict(),
    response: z.object({ url: z.url(), createdAt: z.iso.datetime(), replaced: z.boolean() }),
  },
  /** Ends the signed-in person's calendar feed: its URL answers 404 from then on. */
  revokeCalendarFeed: {
    request: z.object({}).strict(),
    response: z.object({ ok: z.literal(true), revoked: z.boolean() }),
  },
  /**
   * The dossier of one traject (policies/exports.ts): a PDF of every submitted part the caller may read and a
   * ZIP with the same as JSON (`dossier.json`) plus the PDF, both base64. For the trainee, and the secretariat
   * and hoofd opleiding of the institute. Bounded (EXPORT_LIMITS): a larger dossier is refused in Dutch.
   */
  exportDossier: {
    request: z.object({ trajectId: id }).strict(),
    response: z.object({
      /** Without extension: `${filename}.pdf`, `${filename}.zip`. */
      filename: exportFilename,
      pdf: z.string().max(base64Length(EXPORT_LIMITS.pdfBytes)),
      zip: z.string().max(base64Length(EXPORT_LIMITS.zipBytes)),
      /** How many parts (current versions) the dossier holds. */
      parts: z.number().int().min(0),
    }),
  },
  /** Inzage: everything stored about the signed-in person that they may see, as JSON with a Dutch summary. */
  exportInzage: {
    request: z.object({}).strict(),
    response: z.object({
      /** Without extension: `${filename}.json`. */
      filename: exportFilename,
      /** The JSON document, ready to save (its `samenvatting` holds the summary too). */
      json: z.string().max(EXPORT_LIMITS.inzageChars),
      summary: z.array(z.string()),
    }),
  },
} as const;

export type ApiName = keyof typeof api;
export type ApiRequest<N extends ApiName> = z.input<(typeof api)[N]['request']>;
export type ApiResponse<N extends ApiName> = z.infer<(typeof api)[N]['response']>;
