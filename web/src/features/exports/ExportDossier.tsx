// "Exporteer dossier (PDF + ZIP)": one traject's dossier from the exportDossier callable, for the trainee and
// the institute's secretariat and hoofd opleiding (domain policies/exports.ts decides; the function checks).
// The PDF downloads at once; both files stay available as links until the page is left.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { mayExportDossier } from '@praktijkvolg/domain';
import { callApi } from '../../app/api';
import { dutchMessage } from '../../app/errors';
import { useSignedIn } from '../../app/session';
import type { TrajectDoc } from '../trajecten/model';
import { base64Blob, saveUrl } from './download';

interface Files {
  pdf: { url: string; name: string };
  zip: { url: string; name: string };
  parts: number;
}

/** The button, for those the domain lets download this traject's dossier; nothing for anyone else. */
export function ExportDossier({
  traject,
  compact = false,
}: {
  traject: Pick<TrajectDoc, 'trajectId' | 'traineeName' | 'instituteId' | 'programme' | 'roles'>;
  /** In a table row: the button and its outcome only. */
  compact?: boolean;
}) {
  const session = useSignedIn();
  if (!mayExportDossier(session.actor, traject).ok) return null;
  return <ExportButton trajectId={traject.trajectId} traineeName={traject.traineeName} compact={compact} />;
}

function ExportButton({
  trajectId,
  traineeName,
  compact,
}: {
  trajectId: string;
  traineeName: string;
  compact: boolean;
}) {
  const [files, setFiles] = useState<Files>();
  const exportDossier = useMutation({
    mutationFn: () => callApi('exportDossier', { trajectId }),
    onSuccess: (r) => {
      const next: Files = {
        pdf: { url: URL.createObjectURL(base64Blob(r.pdf, 'application/pdf')), name: `${r.filename}.pdf` },
        zip: { url: URL.createObjectURL(base64Blob(r.zip, 'application/zip')), name: `${r.filename}.zip` },
        parts: r.parts,
      };
      setFiles(next);
      saveUrl(next.pdf.url, next.pdf.name);
    },
  });
  // The files live in memory as object URLs: free them when new ones come or the page is left.
  useEffect(
    () => () => {
      if (files) {
        URL.revokeObjectURL(files.pdf.url);
        URL.revokeObjectURL(files.zip.url);
      }
    },
    [files],
  );

  return (
    <div className="export">
      <div className="actions">
        <button
          type="button"
          onClick={() => exportDossier.mutate()}
          disabled={exportDossier.isPending}
          aria-label={compact ? `Exporteer dossier van ${traineeName} (PDF + ZIP)` : undefined}
        >
          {exportDossier.isPending ? 'Dossier samenstellen…' : 'Exporteer dossier (PDF + ZIP)'}
        </button>
      </div>
      {!compact && (
        <p className="muted help">
          Alle ingediende formulieren van {traineeName} in één PDF, en een ZIP met dezelfde gegevens als JSON
          voor een ander systeem.
        </p>
      )}
      {exportDossier.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(exportDossier.error)}</p>
        </div>
      )}
      {files && (
        <div className="banner ok" role="status">
          <p>
            Het dossier is klaar ({files.parts} {files.parts === 1 ? 'ingediend deel' : 'ingediende delen'}).
            De PDF wordt gedownload.
          </p>
          <p>
            <a href={files.pdf.url} download={files.pdf.name}>
              Dossier als PDF
            </a>{' '}
            ·{' '}
            <a href={files.zip.url} download={files.zip.name}>
              Dossier als ZIP (JSON en PDF)
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
