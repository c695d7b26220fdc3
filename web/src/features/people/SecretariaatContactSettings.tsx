// Admin: the secretariat's contact of the institute (docs/rules.md, "Mails people trust"), on the Medewerkers page
// beside the retention term. Every mail of the institute has Reply-To this address and names it in its footer;
// only the callable setSecretariatContact changes it (validated by the same domain schema here and there).
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { institutePath, parseInstituteSettings, secretariaatContactSchema } from '@praktijkvolg/domain';
import { callApi } from '../../app/api';
import { dutchMessage } from '../../app/errors';
import { db } from '../../app/firebase';

const contactKey = (institute: string) => ['institutes', institute, 'secretariaat'] as const;

function useContact(institute: string) {
  return useQuery({
    queryKey: contactKey(institute),
    queryFn: async () =>
      parseInstituteSettings(institute, (await getDoc(doc(db, institutePath(institute)))).data())
        .secretariaat ?? null,
    retry: false,
  });
}

export function SecretariaatContactSettings({ institute }: { institute: string }) {
  const id = useId();
  const qc = useQueryClient();
  const current = useContact(institute);
  const save = useMutation({
    mutationFn: (input: { name: string; email: string }) => callApi('setSecretariatContact', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: contactKey(institute) }),
  });
  const [name, setName] = useState<string | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  const shownName = name ?? current.data?.name ?? '';
  const shownEmail = email ?? current.data?.email ?? '';
  const [problems, setProblems] = useState<{ name?: string; email?: string }>({});

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = secretariaatContactSchema.safeParse({ name: shownName, email: shownEmail.trim() });
    if (!parsed.success) {
      const byField: { name?: string; email?: string } = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'email' ? 'email' : 'name';
        byField[field] ??= issue.message;
      }
      setProblems(byField);
      return;
    }
    setProblems({});
    save.mutate(parsed.data, {
      onSuccess: () => {
        setName(null);
        setEmail(null);
      },
    });
  };
  const edit = () => {
    save.reset();
    setProblems({});
  };

  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Contact voor vragen over e-mails</h2>
      <p>
        Onder elke e-mail van Praktijkvolg staat waarom iemand hem krijgt en wie ze met vragen kunnen
        bereiken. Een antwoord op een e-mail komt bij dit adres terecht.
      </p>
      {current.isError && (
        <p className="banner error" role="alert">
          Het contact kon niet worden geladen: {dutchMessage(current.error)}
        </p>
      )}
      {current.isSuccess && !current.data && (
        <p className="banner warn" role="status">
          Nog niet ingesteld: de e-mails verwijzen nu naar &lsquo;het secretariaat van je opleiding&rsquo;,
          zonder adres.
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>Naam (zoals in de e-mail)</label>
          <input
            id={`${id}-name`}
            type="text"
            value={shownName}
            disabled={current.isPending || save.isPending}
            aria-invalid={problems.name ? true : undefined}
            aria-describedby={problems.name ? `${id}-name-error` : undefined}
            placeholder="Secretariaat Huisartsopleiding"
            onChange={(e) => {
              edit();
              setName(e.target.value);
            }}
          />
          {problems.name && (
            <span className="error-text" id={`${id}-name-error`}>
              {problems.name}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>E-mailadres</label>
          <input
            id={`${id}-email`}
            type="email"
            inputMode="email"
            autoComplete="off"
            value={shownEmail}
            disabled={current.isPending || save.isPending}
            aria-invalid={problems.email ? true : undefined}
            aria-describedby={problems.email ? `${id}-email-error` : undefined}
            onChange={(e) => {
              edit();
              setEmail(e.target.value);
            }}
          />
          {problems.email && (
            <span className="error-text" id={`${id}-email-error`}>
              {problems.email}
            </span>
          )}
        </div>
        <div className="actions">
          <button type="submit" disabled={current.isPending || save.isPending}>
            {save.isPending ? 'Opslaan…' : 'Contact opslaan'}
          </button>
        </div>
        {save.isError && (
          <p className="banner error" role="alert">
            {dutchMessage(save.error)}
          </p>
        )}
        {save.isSuccess && (
          <p className="banner ok" role="status">
            Opgeslagen: vragen over e-mails gaan naar {save.data.name} ({save.data.email}).
          </p>
        )}
      </form>
    </section>
  );
}
