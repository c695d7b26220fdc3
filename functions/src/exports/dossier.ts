// buildDossierExport: the dossier of one traject as a PDF and a ZIP (`dossier.json` + the PDF) for another system,
// returned to the caller as base64 (docs/data-model.md "Exports"). Who may, and which parts, is the domain's
// (policies/exports.ts); sizes are bounded (EXPORT_LIMITS), and every export leaves an audit entry
// `export.dossier` before the files leave the server.
import { EXPORT_LIMITS, fileSlug, type Actor, TRAJECTEN_COLLECTION } from '@praktijkvolg/domain';
import { strToU8, zipSync } from 'fflate';
import type { Firestore } from 'firebase-admin/firestore';
import { log } from '../log.js';
import { HttpsError } from 'firebase-functions/v2/https';
import { auditEntry, auditRef } from '../audit/audit.js';
import { formatInTimeZone } from '../links/time.js';
import { readDossier, TOO_LARGE, type Dossier } from './dossierData.js';
import { renderDossierPdf } from './dossierPdf.js';

export interface DossierExport {
  filename: string;
  pdf: string;
  zip: string;
  parts: number;
}

export const DOSSIER_JSON = 'dossier.json';

/** The ZIP for another system: the dossier as JSON, and the PDF beside it (stored, it is compressed already). */
export function dossierZip(dossier: Dossier, pdf: Uint8Array, pdfName: string): Uint8Array {
  return zipSync(
    {
      [DOSSIER_JSON]: [strToU8(JSON.stringify(dossier, null, 2)), { level: 6 }],
      [pdfName]: [pdf, { level: 0 }],
    },
    { mtime: new Date(dossier.exportedAt) },
  );
}

export async function buildDossierExport(
  db: Firestore,
  trajectId: string,
  actor: Actor,
  now: Date,
): Promise<DossierExport> {
  const dossier = await readDossier(db, trajectId, actor, now);
  const filename = `dossier-${fileSlug(dossier.traject.traineeName, 'traject')}-${formatInTimeZone(now, 'yyyy-MM-dd')}`;
  const pdf = await renderDossierPdf(dossier);
  if (pdf.length > EXPORT_LIMITS.pdfBytes) throw new HttpsError('resource-exhausted', TOO_LARGE);
  const zip = dossierZip(dossier, pdf, `${filename}.pdf`);
  if (zip.length > EXPORT_LIMITS.zipBytes) throw new HttpsError('resource-exhausted', TOO_LARGE);
  const parts = dossier.forms.reduce((n, f) => n + f.parts.length, 0);

  // No export without its trail: the entry is written before anything is returned.
  await auditRef(db).create(
    auditEntry({
      instituteId: dossier.institute.id,
      at: now,
      actorUid: actor.uid,
      action: 'export.dossier',
      target: `${TRAJECTEN_COLLECTION}/${trajectId}`,
      details: {
        as: dossier.exportedBy.as,
        forms: dossier.forms.length,
        parts,
        pdfBytes: pdf.length,
        zipBytes: zip.length,
      },
    }),
  );
  log.info('export: dossier', {
    trajectId,
    as: dossier.exportedBy.as,
    parts,
    pdfBytes: pdf.length,
    zipBytes: zip.length,
  });
  return {
    filename,
    pdf: Buffer.from(pdf).toString('base64'),
    zip: Buffer.from(zip).toString('base64'),
    parts,
  };
}
