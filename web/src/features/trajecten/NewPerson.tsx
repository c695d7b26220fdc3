// Adding a person the secretariat cannot find in the picker: written through the people callable.
import { useId, useState } from 'react';
import { dutchMessage } from '../../app/errors';
import { useUpsertPerson } from '../people/queries';

export function NewPerson({ institute }: { institute: string }) {
  const id = useId();
  const upsert = useUpsertPerson(institute);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  return (
    <details className="card">
      <summary>Persoon staat er niet bij? Nieuwe persoon toevoegen</summary>
      <div className="field">
        <label htmlFor={`${id}-name`}>Naam</label>
        <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>E-mailadres</label>
        <input id={`${id}-email`} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      {upsert.isError && (
        <p className="banner error" role="alert">
          {dutchMessage(upsert.error)}
        </p>
      )}
      {upsert.isSuccess && (
        <p className="banner ok" role="status">
          {upsert.data.created ? 'Persoon toegevoegd.' : 'Deze persoon bestond al; gegevens bijgewerkt.'} Kies
          de persoon nu bij de juiste rol.
        </p>
      )}
      <button
        type="button"
        disabled={upsert.isPending}
        onClick={() =>
          upsert.mutate(
            { displayName: name.trim(), email: email.trim() },
            { onSuccess: () => (setName(''), setEmail('')) },
          )
        }
      >
        Persoon toevoegen
      </button>
    </details>
  );
}
