// People of an institute (for the secretariat's role assignment), parsed on read; new people are created
// through the upsertPerson callable (Auth user + people doc), never written directly.
import { queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { collection, getDocs, query, where } from 'firebase/firestore';
import { PEOPLE_COLLECTION, type StaffRole } from '@praktijkvolg/domain';
import { callApi } from '../../app/api';
import { db } from '../../app/firebase';
import { personConverter, sortPeople, type Person } from './model';

export type { Person };

export const peopleKeys = {
  all: ['people'] as const,
  institute: (institute: string) => [...peopleKeys.all, institute] as const,
};

export const peopleQueries = {
  institute: (institute: string) =>
    queryOptions({
      queryKey: peopleKeys.institute(institute),
      queryFn: async () => {
        const snap = await getDocs(
          query(
            collection(db, PEOPLE_COLLECTION).withConverter(personConverter),
            where('instituteId', '==', institute),
          ),
        );
        return sortPeople(snap.docs.map((d) => d.data()));
      },
      staleTime: 60_000,
    }),
};

export function useInstitutePeople(institute: string | undefined) {
  const q = peopleQueries.institute(institute ?? '');
  return useQuery({ ...q, queryFn: institute ? q.queryFn : skipToken });
}

export function useUpsertPerson(institute: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: { email: string; displayName: string }) => callApi('upsertPerson', req),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.institute(institute ?? '-') }),
  });
}

/** Admin: sets a person's staff roles (the setStaffRoles callable), then reloads the institute's people. */
export function useSetStaffRoles(institute: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: { uid: string; institute: string; staff: StaffRole[] }) =>
      callApi('setStaffRoles', req),
    onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.institute(institute) }),
  });
}
