// buildInzage: the right of access. Everything stored about the caller that they may see, as one JSON
// document with a short Dutch summary at the top (docs/data-model.md "Exports"): their people document, claims and
// mail preferences, their trajecten, the parts they fill and the readable parts of forms about them (inzageForms.ts),
// the mails sent to them and the audit entries that name them (inzageTrail.ts). Audited `export.inzage`.
import {
  EXPORT_LIMITS,
  fileSlug,
  formatDateTime,
  mayExportInzage,
  mailPreferencesOf,
  PEOPLE_COLLECTION,
  PREFERENCES_COLLECTION,
  personSchema,
  type Actor,
  type Claims,
  partPath,
  formPath,
  TRAJECTEN_COLLECTION,
} from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { HttpsError } from 'firebase-functions/v2/https';
import { auditEntry, auditRef } from '../audit/audit.js';
import { formatInTimeZone } from '../links/time.js';
import { readInzageForms, type InzageForms } from './inzageForms.js';
import { readAuditEntries, readMails, type InzageAuditEntry, type InzageMail } from './inzageTrail.js';

export interface InzageDocument {
  samenvatting: string[];
  format: 'praktijkvolg-inzage/1';
  exportedAt: string;
  person: {
    uid: string;
    displayName: string | null;
    email: string | null;
    instituteId: string | null;
    staffRoles: string[];
    /** The claims of the account (institute, staff roles) as the functions read them. */
    claims: Claims;
    /** preferences/{uid} with the defaults filled in (docs/data-model.md, "Mail preferences"). */
    mailPreferences: { digestHour: number; optedOut: string[] };
  };
  trajecten: InzageForms['trajecten'];
  parts: InzageForms['parts'];
  mails: InzageMail[];
  audit: InzageAuditEntry[];
  /** What was cut at a bound (EXPORT_LIMITS): 'trajecten', 'formulieren', 'e-mails', 'logboek'. */
  truncated: string[];
}

export interface InzageExport {
  filename: string;
  json: string;
  summary: string[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function inzageSummary(d: Omit<InzageDocument, 'samenvatting'>): string[] {
  const name = d.person.displayName ?? 'jou';
  const own = d.parts.filter((p) => p.own);
  const others = d.parts.filter((p) => !p.own);
  return [
    `Inzage voor ${name}, opgesteld op ${formatDateTime(new Date(d.exportedAt))}: alles wat Praktijkvolg over jou bewaart en wat je mag inzien.`,
    `Persoonsgegevens: je naam, e-mailadres, instelling en medewerkersrollen${d.person.staffRoles.length ? ` (${d.person.staffRoles.join(', ')})` : ''}, en je e-mailvoorkeuren.`,
    `${count(d.trajecten.length, 'traject', 'trajecten')} waarin je een rol hebt of had.`,
    `${count(own.length, 'formulierdeel dat', 'formulierdelen die')} jij invult (${own.filter((p) => p.status === 'submitted').length} ingediend, de rest concept of open), en ${count(others.length, 'ingediend deel', 'ingediende delen')} van anderen in formulieren over jou.`,
    `${count(d.mails.length, 'e-mail', 'e-mails')} aan jou.`,
    `${count(d.audit.length, 'regel', 'regels')} in het logboek die over jou gaan of die jij veroorzaakte.`,
    'Niet opgenomen: delen van anderen die je (nog) niet mag inzien, zoals een ComBel-ronde die nog niet is vrijgegeven of een LEOh over een ander, en de inhoud van bijlagen van e-mails.',
    ...(d.truncated.length
      ? [
          `Let op: van ${d.truncated.join(', ')} staat alleen het eerste deel hierin (er is te veel voor één bestand). Vraag het secretariaat om de rest.`,
        ]
      : []),
  ];
}

export async function buildInzage(
  db: Firestore,
  actor: Actor,
  claims: Claims,
  now: Date,
): Promise<InzageExport> {
  const may = mayExportInzage(actor);
  if (!may.ok) throw new HttpsError('permission-denied', may.reason);
  const uid = actor.uid;
  const [personSnap, prefsSnap] = await db.getAll(
    db.collection(PEOPLE_COLLECTION).doc(uid),
    db.collection(PREFERENCES_COLLECTION).doc(uid),
  );
  const prefs = mailPreferencesOf(prefsSnap?.data());
  const parsed = personSnap?.exists ? personSchema.safeParse(personSnap.data()) : null;
  const person = parsed?.success ? parsed.data : null;

  const forms = await readInzageForms(db, actor);
  const truncated = [...forms.truncated];
  const mails = await readMails(db, uid, person?.email, truncated);
  const own = forms.parts.filter((p) => p.own);
  const audit = await readAuditEntries(
    db,
    {
      uid,
      email: person?.email,
      mailIds: mails.map((m) => m.mailId),
      ownParts: own.map((p) => partPath(p.formId, p.partId)),
      nearby: [
        ...forms.trajecten.map((t) => `${TRAJECTEN_COLLECTION}/${t.trajectId}`),
        ...[...new Set(forms.parts.map((p) => p.formId))].map(formPath),
        ...forms.parts.filter((p) => !p.own).map((p) => partPath(p.formId, p.partId)),
      ],
    },
    truncated,
  );

  const body: Omit<InzageDocument, 'samenvatting'> = {
    format: 'praktijkvolg-inzage/1',
    exportedAt: now.toISOString(),
    person: {
      uid,
      displayName: person?.displayName ?? null,
      email: person?.email ?? null,
      instituteId: person?.instituteId ?? null,
      staffRoles: person?.staffRoles ?? [],
      claims,
      mailPreferences: { digestHour: prefs.digestHour, optedOut: [...prefs.optedOut] },
    },
    trajecten: forms.trajecten,
    parts: forms.parts,
    mails,
    audit,
    truncated,
  };
  const summary = inzageSummary(body);
  const json = JSON.stringify({ samenvatting: summary, ...body }, null, 2);
  if (json.length > EXPORT_LIMITS.inzageChars)
    throw new HttpsError(
      'resource-exhausted',
      'Je gegevens zijn te veel voor één bestand. Vraag het secretariaat om een inzage in delen.',
    );

  await auditRef(db).create(
    auditEntry({
      instituteId: claims.institute ?? person?.instituteId ?? null,
      at: now,
      actorUid: uid,
      action: 'export.inzage',
      target: `${PEOPLE_COLLECTION}/${uid}`,
      details: { parts: forms.parts.length, mails: mails.length, audit: audit.length, truncated },
    }),
  );
  log.info('export: inzage', { parts: forms.parts.length, mails: mails.length, audit: audit.length });
  const filename = `inzage-${fileSlug(person?.displayName ?? '', 'praktijkvolg')}-${formatInTimeZone(now, 'yyyy-MM-dd')}`;
  return { filename, json, summary };
}
