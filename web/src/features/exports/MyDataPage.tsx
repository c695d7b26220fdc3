// "Mijn gegevens": what Praktijkvolg keeps about the signed-in person, and the inzage download (the
// exportInzage callable: JSON with a short Dutch summary, shown here too). Every person with an account reaches
// it from the header.
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { callApi } from '../../app/api';
import { dutchMessage } from '../../app/errors';
import { useSignedIn } from '../../app/session';
import { saveUrl } from './download';

export default function MyDataPage() {
  const session = useSignedIn();
  const inzage = useMutation({
    mutationFn: () => callApi('exportInzage', {}),
    onSuccess: (r) => {
      const url = URL.createObjectURL(new Blob([r.json], { type: 'application/json' }));
      saveUrl(url, `${r.filename}.json`);
      // The click has handed the file to the browser; the URL is not needed after this turn.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });

  useEffect(() => {
    document.title = 'Mijn gegevens – Praktijkvolg';
  }, []);

  return (
    <div>
      <h1>Mijn gegevens</h1>
      <p>
        Praktijkvolg bewaart van jou: je naam, e-mailadres en instelling, je rollen in trajecten, de
        formulieren die jij invult of die over jou gaan, de e-mails die je van Praktijkvolg kreeg en een
        logboek van wat er met die gegevens gebeurde.
      </p>
      <p>
        Met inzage download je dat allemaal in één bestand (JSON), met bovenaan een korte samenvatting. Je
        krijgt alleen wat over jou gaat en wat je ook in Praktijkvolg mag zien; het downloaden wordt in het
        logboek vastgelegd.
      </p>
      {session.claims.linkPart ? (
        <p className="banner warn">
          Je bent aangemeld met een persoonlijke link voor één formulier. Meld je aan met je e-mailadres om je
          gegevens te downloaden.
        </p>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => inzage.mutate()}
            disabled={inzage.isPending}
          >
            {inzage.isPending ? 'Gegevens verzamelen…' : 'Mijn gegevens downloaden (inzage)'}
          </button>
        </div>
      )}
      {inzage.isError && (
        <div className="banner error" role="alert">
          <p>{dutchMessage(inzage.error)}</p>
        </div>
      )}
      {inzage.isSuccess && (
        <section className="banner ok" role="status" aria-label="Samenvatting">
          <p>Je gegevens worden gedownload. Samenvatting:</p>
          <ul>
            {inzage.data.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
