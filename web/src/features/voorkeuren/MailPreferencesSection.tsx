// "E-mail": the hour of the daily mail and the messages a person may switch off (preferences/{uid}; docs/data-model.md,
// "Mail preferences"), and, plainly, which mails cannot be switched off and why (domain policies/mailPurposes.ts).
import { useId, useState, type FormEvent } from 'react';
import {
  DIGEST_HOURS,
  digestHourLabel,
  MAIL_TOPIC_LABELS,
  OBLIGATORY_MAILS_EXPLAINED,
  type DigestHour,
} from '@praktijkvolg/domain';
import { dutchMessage } from '../../app/errors';
import { useMailPreferences, useSaveMailPreferences } from './queries';

export function MailPreferencesSection({ uid }: { uid: string }) {
  const id = useId();
  const current = useMailPreferences(uid);
  const save = useSaveMailPreferences(uid);
  const [hour, setHour] = useState<DigestHour | null>(null);
  const [berichten, setBerichten] = useState<boolean | null>(null);
  const shownHour = hour ?? current.data?.digestHour ?? DIGEST_HOURS[0];
  const shownBerichten = berichten ?? !(current.data?.optedOut.has('berichten') ?? false);
  const changed =
    current.isSuccess &&
    (shownHour !== current.data.digestHour || shownBerichten === current.data.optedOut.has('berichten'));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { digestHour: shownHour, berichten: shownBerichten },
      {
        onSuccess: () => {
          setHour(null);
          setBerichten(null);
        },
      },
    );
  };
  const topic = MAIL_TOPIC_LABELS.berichten;

  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>E-mail</h2>
      <p>
        Je krijgt hooguit één mail per dag met wat er voor jou openstaat. Kies hoe laat die komt (Nederlandse
        tijd).
      </p>
      {current.isPending && <p role="status">Laden…</p>}
      {current.isError && (
        <p className="banner error" role="alert">
          Je voorkeuren konden niet worden geladen: {dutchMessage(current.error)}
        </p>
      )}
      {current.isSuccess && (
        <form onSubmit={onSubmit} noValidate>
          <div className="field">
            <fieldset>
              <legend>Tijdstip van je dagelijkse mail</legend>
              <div className="options">
                {DIGEST_HOURS.map((h) => (
                  <label key={h} className="option">
                    <input
                      type="radio"
                      name={`${id}-hour`}
                      value={h}
                      checked={shownHour === h}
                      disabled={save.isPending}
                      onChange={() => {
                        save.reset();
                        setHour(h);
                      }}
                    />{' '}
                    {digestHourLabel(h)} uur
                  </label>
                ))}
              </div>
              <span className="help">Een wijziging geldt vanaf de volgende dag.</span>
            </fieldset>
          </div>
          <div className="field">
            <fieldset>
              <legend>Wat je mag uitzetten</legend>
              <div className="options">
                <label className="option">
                  <input
                    type="checkbox"
                    checked={shownBerichten}
                    disabled={save.isPending}
                    aria-describedby={`${id}-berichten-help`}
                    onChange={(e) => {
                      save.reset();
                      setBerichten(e.target.checked);
                    }}
                  />{' '}
                  {topic.label} ontvangen
                </label>
              </div>
              <span className="help" id={`${id}-berichten-help`}>
                {topic.description}
              </span>
            </fieldset>
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={!changed || save.isPending}>
              {save.isPending ? 'Opslaan…' : 'Voorkeuren opslaan'}
            </button>
          </div>
          {save.isError && (
            <p className="banner error" role="alert">
              Niet opgeslagen: {dutchMessage(save.error)}
            </p>
          )}
          {save.isSuccess && (
            <p className="banner ok" role="status">
              Opgeslagen: je dagelijkse mail komt om {digestHourLabel(save.data.digestHour)} uur;{' '}
              {save.data.berichten
                ? 'berichten over je trajecten staan aan'
                : 'berichten over je trajecten staan uit'}
              .
            </p>
          )}
        </form>
      )}
      <h3>Deze mails kun je niet uitzetten</h3>
      <ul>
        {OBLIGATORY_MAILS_EXPLAINED.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="help">
        Zonder deze mails mis je wat jouw opleiding van je verwacht. Je kiest wel hoe laat de dagelijkse mail
        komt. Vragen over een mail? Onderaan elke mail staat wie je kunt bereiken.
      </p>
    </section>
  );
}
