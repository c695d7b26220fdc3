// Secretariat: a new cohort at once (docs/data-model.md, "Importing a cohort"). A CSV file or rows pasted from
// a spreadsheet; "Controleer" asks the server for the preview (importCohort, dry run), "Importeer" has the
// server check again and write the valid rows. The columns and the example file come from domain/.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { Link } from 'wouter';
import {
  cohortTemplate,
  COHORT_MAX_ROWS,
  PROGRAMME_IDS,
  PROGRAMMES,
  programmeSeats,
  REQUIRED_COLUMNS,
  TRAINEE_COLUMNS,
  type ProgrammeId,
} from '@praktijkvolg/domain';
import type { ApiResponse } from '@praktijkvolg/domain/api';
import { callApi } from '../../app/api';
import { dutchMessage } from '../../app/errors';
import { downloadCsv } from '../secretariaat/csv';
import { CohortPreview } from './CohortPreview';
import { readCsvFile } from './fileText';

type Result = ApiResponse<'importCohort'>;
const rijen = (n: number) => (n === 1 ? '1 rij' : `${n} rijen`);

function Template() {
  const id = useId();
  const [programme, setProgramme] = useState<ProgrammeId>('huisarts_jaar1');
  const seats = programmeSeats(programme);
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Voorbeeldbestand</h2>
      <div className="filters">
        <div>
          <label htmlFor={`${id}-p`}>Opleiding</label>
          <select
            id={`${id}-p`}
            value={programme}
            onChange={(e) => setProgramme(e.target.value as ProgrammeId)}
          >
            {PROGRAMME_IDS.map((p) => (
              <option key={p} value={p}>
                {PROGRAMMES[p].label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() => downloadCsv(`cohort-${programme}.csv`, cohortTemplate(programme))}
        >
          Download voorbeeld-CSV
        </button>
      </div>
      <p className="help">
        Kolommen: {TRAINEE_COLUMNS.join(', ')} (verplicht: {REQUIRED_COLUMNS.join(', ')})
        {seats.length > 0 && `, en voor deze opleiding ${seats.map((s) => s.email).join(', ')}`}. Staat iemand
        nog niet in Praktijkvolg, vul dan ook de kolom met _naam ernaast in. De startdatum schrijf je als
        dd-mm-jjjj, de opleiding als {programme}. Hooguit {COHORT_MAX_ROWS} rijen per keer.
      </p>
    </section>
  );
}

export default function CohortImportPage() {
  const id = useId();
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState<string>();
  const [checked, setChecked] = useState<{ text: string; result: Result }>();
  const [imported, setImported] = useState<Result>();

  useEffect(() => {
    document.title = 'Cohort importeren – Praktijkvolg';
  }, []);

  const check = useMutation({
    mutationFn: (csvText: string) => callApi('importCohort', { csvText, dryRun: true }),
    onSuccess: (result, csvText) => setChecked({ text: csvText, result }),
  });
  const run = useMutation({
    mutationFn: (csvText: string) => callApi('importCohort', { csvText, dryRun: false }),
    onSuccess: (result) => setImported(result),
  });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const content = await readCsvFile(file);
    setText(content);
    setImported(undefined);
    setFileNote(
      `${file.name} is ingelezen. Je kunt de rijen hieronder nog aanpassen voordat je controleert.`,
    );
  };

  const preview = checked && checked.text === text ? checked.result : undefined;
  const busy = check.isPending || run.isPending;

  if (imported) {
    return (
      <div>
        <h1>Cohort importeren</h1>
        <div className="banner ok" role="status">
          <p>
            {imported.imported === 1 ? '1 traject aangemaakt' : `${imported.imported} trajecten aangemaakt`}
            {imported.peopleCreated > 0 && `, ${imported.peopleCreated} nieuwe personen toegevoegd`}.
            {imported.alreadyImported > 0 &&
              ` ${rijen(imported.alreadyImported)} waren al eerder geïmporteerd.`}
            {imported.refused > 0 && ` ${rijen(imported.refused)} niet geïmporteerd: zie hieronder waarom.`}{' '}
            De formulieren van de nieuwe trajecten worden nu klaargezet.
          </p>
        </div>
        <div className="actions">
          <Link className="button primary" to="/trajecten">
            Naar de trajecten
          </Link>
          <button
            type="button"
            onClick={() => {
              setImported(undefined);
              setChecked(undefined);
            }}
          >
            Nog een bestand importeren
          </button>
        </div>
        <CohortPreview rows={imported.rows} caption="Resultaat van de import per rij" />
      </div>
    );
  }

  return (
    <div>
      <p className="muted">
        <Link to="/trajecten">Alle trajecten</Link>
      </p>
      <h1>Cohort importeren</h1>
      <p>
        Maak de trajecten van een nieuwe groep in één keer. Kies een CSV-bestand of plak de rijen uit een
        spreadsheet, met de kopregel. Eerst controleer je; daarna importeer je alle rijen die in orde zijn.
        Een rij met een probleem wordt niet geïmporteerd: verbeter die en importeer het bestand opnieuw (wat
        al geïmporteerd is, blijft zoals het is).
      </p>
      <Template />
      <section aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Bestand of rijen</h2>
        <div className="field">
          <label htmlFor={`${id}-file`}>CSV-bestand</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => void onFile(e)}
          />
          {fileNote && <span className="help">{fileNote}</span>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>Rijen (met kopregel; gescheiden door ; , of tab)</label>
          <textarea
            id={`${id}-text`}
            rows={8}
            value={text}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="actions">
          <button
            type="button"
            className="button primary"
            disabled={busy || text.trim() === ''}
            onClick={() => check.mutate(text)}
          >
            Controleer
          </button>
        </div>
        {check.isPending && <p role="status">Rijen controleren…</p>}
        {check.isError && (
          <div className="banner error" role="alert">
            <p>{dutchMessage(check.error)}</p>
          </div>
        )}
      </section>
      {checked && !preview && (
        <p className="banner warn" role="status">
          De rijen zijn veranderd sinds de controle. Controleer opnieuw voordat je importeert.
        </p>
      )}
      {preview && (
        <section aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>Controle</h2>
          <div className={`banner ${preview.refused > 0 ? 'warn' : 'ok'}`} role="status">
            <p>
              {rijen(preview.valid)} in orde
              {preview.refused > 0 &&
                `, ${rijen(preview.refused)} met een probleem (die worden niet geïmporteerd)`}
              {preview.alreadyImported > 0 && `, ${rijen(preview.alreadyImported)} al eerder geïmporteerd`}.
            </p>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={busy || preview.valid === 0}
              onClick={() => run.mutate(text)}
            >
              Importeer {preview.valid === 1 ? '1 geldige rij' : `${preview.valid} geldige rijen`}
            </button>
          </div>
          {run.isPending && <p role="status">Importeren…</p>}
          {run.isError && (
            <div className="banner error" role="alert">
              <p>{dutchMessage(run.error)}</p>
            </div>
          )}
          <CohortPreview rows={preview.rows} caption="Controle van het bestand per rij" />
        </section>
      )}
    </div>
  );
}
