// Helpers of the functions suites: an in-process SMTP sink, admin ID tokens, and a small world of people and trajecten.
import {
  FORM_EXAMPLES,
  type FormType,
  type PartId,
  type RoleAssignments,
  type Traject,
  partDocSchema,
  partPath,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { simpleParser } from 'mailparser';
import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { onPartWritten } from '../../functions/src/forms/parts.js';
import { syncTrajectForms } from '../../functions/src/forms/sync.js';
import { APP_URL, TEST_HOSTS, TEST_PROJECT_ID } from '../support/ports.js';
import { adminAuth } from '../support/stack.js';
import { trajectDoc } from '../support/builders.js';

export interface SinkMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string | undefined;
  /** Reply-To's address and the raw value of any other header by lower-case name (List-Unsubscribe, ...). */
  replyTo?: string | undefined;
  header?: (name: string) => string | undefined;
}

/** A real SMTP server in the test process: what it accepted, in order. */
export async function smtpSink(): Promise<{ port: number; mails: SinkMail[]; close: () => Promise<void> }> {
  const mails: SinkMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
            a.value.map((v) => v.address ?? ''),
          );
          mails.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId,
            replyTo: parsed.replyTo?.value[0]?.address,
            header: (name) => {
              const line = parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
              return line?.slice(line.indexOf(':') + 1).trim();
            },
          });
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A port nothing listens on (an SMTP outage). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** An ID token from the Auth emulator for a user with the given claims. */
export async function idToken(uid: string, claims: Record<string, unknown>): Promise<string> {
  await adminAuth()
    .createUser({ uid, email: `${uid}@example.nl` })
    .catch(() => undefined);
  await adminAuth().setCustomUserClaims(uid, claims);
  const custom = await adminAuth().createCustomToken(uid);
  const res = await fetch(
    `http://${TEST_HOSTS.auth}/identitytoolkit.googleapis.com/v1/accounts:signInWithCustomToken?key=demo-key`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: custom, returnSecureToken: true }),
    },
  );
  const body = (await res.json()) as { idToken?: string };
  if (!body.idToken) throw new Error(`no ID token: ${JSON.stringify(body)}`);
  return body.idToken;
}

export const PROJECT = TEST_PROJECT_ID;

export interface PersonSeed {
  uid: string;
  displayName: string;
  instituteId?: string;
  staffRoles?: string[];
  email?: string | null;
}

export async function seedPeople(db: Firestore, people: PersonSeed[]): Promise<void> {
  const batch = db.batch();
  for (const p of people) {
    batch.set(db.doc(`people/${p.uid}`), {
      instituteId: p.instituteId ?? 'lumc',
      displayName: p.displayName,
      ...(p.email === null ? {} : { email: p.email ?? `${p.uid}@example.nl` }),
      staffRoles: p.staffRoles ?? [],
    });
  }
  await batch.commit();
}

export function traject(fields: {
  instituteId?: string;
  programme?: Traject['programme'];
  startDate: string;
  roles: RoleAssignments;
  traineeName?: string;
  pauses?: Traject['pauses'];
  status?: Traject['status'];
}): Traject {
  return trajectDoc({
    instituteId: fields.instituteId ?? 'lumc',
    programme: fields.programme ?? 'huisarts_jaar1',
    traineeName: fields.traineeName ?? 'Sanne Visser',
    workplace: 'Huisartsenpraktijk De Linde',
    startDate: fields.startDate,
    roles: fields.roles,
    pauses: fields.pauses,
    status: fields.status,
    nameOf: (uid) => uid,
    updatedBy: 'sec1',
  });
}

/** The traject doc plus its forms, as trajectWritten would make them (for suites with triggers off). */
export async function createTraject(db: Firestore, id: string, t: Traject, now: Date): Promise<void> {
  await db.doc(`trajecten/${id}`).set(t);
  await syncTrajectForms(db, id, t, now);
}

/**
 * A rater submits their part (what the forms feature does), then partWritten's logic runs. Without answers, the
 * domain's example of that form and part (partWritten returns a submission the form's schema refuses to draft).
 */
export async function submitPart(
  db: Firestore,
  formId: string,
  partId: string,
  uid: string,
  now: Date,
  answers?: Record<string, unknown>,
) {
  const ref = db.doc(partPath(formId, partId));
  const before = partDocSchema.parse((await ref.get()).data());
  answers ??= exampleAnswers(before.formType, partId);
  await ref.update({ status: 'submitted', answers, submittedAt: now, updatedAt: now, updatedBy: uid });
  const after = partDocSchema.parse((await ref.get()).data());
  return onPartWritten(db, { formId, partId, before, after }, now, APP_URL);
}

/** The domain's filled example of a form part, optionally changed (valid for submission unless changed so). */
export function exampleAnswers(
  formType: FormType,
  partId: string,
  change: Record<string, unknown> = {},
): Record<string, unknown> {
  const example = FORM_EXAMPLES[formType][partId as PartId];
  if (!example) throw new Error(`no example for ${formType}/${partId}`);
  return { ...structuredClone(example), ...change };
}
