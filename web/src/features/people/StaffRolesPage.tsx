// Admin: who in the institute holds which staff role (secretariaat, hoofd opleiding, ...). Roles are custom
// claims that only the setStaffRoles function sets; an admin never changes their own roles.
import { useEffect, useId, useState } from 'react';
import { STAFF_ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@praktijkvolg/domain';
import { ScrollTable } from '../../app/ScrollTable';
import { dutchMessage } from '../../app/errors';
import { useSignedIn } from '../../app/session';
import { RetentionSettings } from '../retention/RetentionSettings';
import { SecretariaatContactSettings } from './SecretariaatContactSettings';
import { useInstitutePeople, useSetStaffRoles, type Person } from './queries';

function PersonRow({ person, institute, isMe }: { person: Person; institute: string; isMe: boolean }) {
  const id = useId();
  const [roles, setRoles] = useState<StaffRole[]>(person.staffRoles);
  const save = useSetStaffRoles(institute);
  const changed = [...roles].sort().join() !== [...person.staffRoles].sort().join();
  const toggle = (role: StaffRole, on: boolean) =>
    setRoles((rs) => (on ? [...rs, role] : rs.filter((r) => r !== role)));
  return (
    <tr>
      <th scope="row" id={`${id}-name`}>
        {person.displayName}
        <br />
        <span className="help">{person.email ?? 'Geen e-mailadres'}</span>
      </th>
      {STAFF_ROLES.map((role) => (
        <td key={role}>
          <input
            type="checkbox"
            aria-label={`${STAFF_ROLE_LABELS[role]}: ${person.displayName}`}
            checked={roles.includes(role)}
            disabled={isMe || save.isPending}
            onChange={(e) => toggle(role, e.target.checked)}
          />
        </td>
      ))}
      <td>
        {isMe ? (
          <span className="help">Je eigen rollen wijzigt een andere beheerder.</span>
        ) : (
          <button
            type="button"
            disabled={!changed || save.isPending}
            aria-describedby={`${id}-name`}
            onClick={() => save.mutate({ uid: person.uid, institute, staff: roles })}
          >
            Opslaan
          </button>
        )}
        {save.isError && (
          <p className="banner error" role="alert">
            {dutchMessage(save.error)}
          </p>
        )}
        {save.isSuccess && !changed && (
          <p className="banner ok" role="status">
            Opgeslagen. {person.displayName} krijgt de nieuwe rechten bij de volgende aanmelding (uiterlijk
            binnen een uur).
          </p>
        )}
      </td>
    </tr>
  );
}

export default function StaffRolesPage() {
  const session = useSignedIn();
  const institute = session.claims.institute ?? '';
  const people = useInstitutePeople(institute);

  useEffect(() => {
    document.title = 'Medewerkers – Praktijkvolg';
  }, []);

  return (
    <div>
      <h1>Medewerkers en hun rollen</h1>
      <p>
        Rollen van de opleiding zelf. Rollen binnen een traject (aios, opleider, werkplekbegeleider, ...) stel
        je in bij het traject.
      </p>
      {people.isError && (
        <p className="banner error" role="alert">
          De personen konden niet worden geladen: {dutchMessage(people.error)}
        </p>
      )}
      {people.isPending ? (
        <p role="status">Laden…</p>
      ) : (
        <ScrollTable label="Medewerkers en hun rollen">
          <table>
            <thead>
              <tr>
                <th scope="col">Persoon</th>
                {STAFF_ROLES.map((role) => (
                  <th scope="col" key={role}>
                    {STAFF_ROLE_LABELS[role]}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Opslaan</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(people.data ?? []).map((p) => (
                <PersonRow key={p.uid} person={p} institute={institute} isMe={p.uid === session.uid} />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <RetentionSettings institute={institute} />
      <SecretariaatContactSettings institute={institute} />
    </div>
  );
}
