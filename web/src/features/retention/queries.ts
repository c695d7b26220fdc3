// Retention (docs/data-model.md, "Retention"): the institute's term, read from institutes/{id} (the rules let its
// members get it), and the admin's two callables: setRetention (the term) and setLegalHold (a hold on a traject).
import { queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { institutePath, retentionYearsOf } from '@praktijkvolg/domain';
import { callApi } from '../../app/api';
import { db } from '../../app/firebase';
import { trajectKeys } from '../trajecten/queries';

export const retentionKeys = {
  institute: (institute: string) => ['institutes', institute, 'retention'] as const,
};

export interface InstituteRetention {
  /** The term in force (the default when the institute set none). */
  retentionYears: number;
  /** Whether the institute set it itself. */
  own: boolean;
}

const instituteRetention = (institute: string) =>
  queryOptions({
    queryKey: retentionKeys.institute(institute),
    queryFn: async (): Promise<InstituteRetention> => {
      const data = (await getDoc(doc(db, institutePath(institute)))).data();
      return { retentionYears: retentionYearsOf(data), own: typeof data?.retentionYears === 'number' };
    },
    staleTime: 5 * 60_000,
    retry: false,
  });

export function useInstituteRetention(institute: string | undefined) {
  const q = instituteRetention(institute ?? '');
  return useQuery({ ...q, queryFn: institute ? q.queryFn : skipToken });
}

/** Admin: sets the institute's term, then reloads it. */
export function useSetRetention(institute: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (retentionYears: number) => callApi('setRetention', { retentionYears }),
    onSuccess: () => qc.invalidateQueries({ queryKey: retentionKeys.institute(institute) }),
  });
}

/** Admin: puts a traject under a legal hold or lifts it; the traject's live query shows the result. */
export function useSetLegalHold(trajectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: { hold: true; reason: string } | { hold: false }) =>
      callApi('setLegalHold', { trajectId, ...req }),
    onSuccess: () => qc.invalidateQueries({ queryKey: trajectKeys.detail(trajectId) }),
  });
}
