// Request/response schemas of every callable function, shared by the web client (which parses responses)
// and the functions (which parse requests). Names are the deployed function names.
import { z } from 'zod';

const email = z.email('Vul een geldig e-mailadres in').max(254);
const id = z.string().min(1).max(200).regex(/^[A-Za-z0-9_\-.~]+$/, 'Ongeldige sleutel');
/** An in-app path to return to after sign-in, never an absolute URL (no open redirect). */
const appPath = z
  .string()
  .max(500)
  .regex(/^\/(?!\/)[^\s]*$/, 'Ongeldig pad');
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
      state: z.enum(['valid', 'expired', 'spent', 'unknown']),
      formTitle: z.string().nullable(),
      raterName: z.string().nullable(),
      expiresAt: z.string().nullable(), // ISO instant
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
  /** The aios or deelnemer invites someone to fill a part (opleider, practice staff, feedback giver). */
  inviteRater: {
    request: z
      .object({ formId: id, partId: id, name: z.string().trim().min(1).max(120), email, message: z.string().max(1000).optional() })
      .strict(),
    response: z.object({ ok: z.literal(true), invitationId: id }),
  },
  /** The opleider sends a dossier LEOh (aios part submitted) to the secretariat. Never a private LEOh. */
  submitDossierLeoh: {
    request: z.object({ formId: id }).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Admin only: sets a person's staff roles (custom claims) within an institute. */
  setStaffRoles: {
    request: z
      .object({
        uid: id,
        institute: id,
        staff: z.array(z.enum(['admin', 'secretariaat', 'hoofd_opleiding', 'fase_coordinator', 'opleiderscoach'])).max(5),
      })
      .strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Secretariat: creates or updates a person (Auth user + people doc) in its own institute. */
  upsertPerson: {
    request: z.object({ email, displayName: z.string().trim().min(1).max(120) }).strict(),
    response: z.object({ uid: id, created: z.boolean() }),
  },
} as const;

export type ApiName = keyof typeof api;
export type ApiRequest<N extends ApiName> = z.input<(typeof api)[N]['request']>;
export type ApiResponse<N extends ApiName> = z.infer<(typeof api)[N]['response']>;
