// mbo teams (docs/data-model.md "Teams"): staff list the institute's teams, a teacher or leidinggevende their own
// (queries shaped so the rules can prove them), the secretariat and the admin write one; the team overview and
// sharing a learner report are callables (rule 10 of docs/rules.md: no client reads another teacher's report).
import { queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { collection, doc, getDoc, getDocs, query, serverTimestamp, setDoc, where } from 'firebase/firestore';
import { parseTeam, TEAMS_COLLECTION, teamPath, type Team } from '@praktijkvolg/domain';
import { callApi } from '../../app/api';
import { db } from '../../app/firebase';
import { formKeys } from '../forms/queries';

export const teamKeys = {
  all: ['teams'] as const,
  institute: (institute: string) => [...teamKeys.all, 'institute', institute] as const,
  mine: (uid: string) => [...teamKeys.all, 'mine', uid] as const,
  detail: (teamId: string) => [...teamKeys.all, 'detail', teamId] as const,
  overview: (teamId: string) => [...teamKeys.all, 'overview', teamId] as const,
};

const byName = (a: Team, b: Team) => a.name.localeCompare(b.name, 'nl');

export const teamQueries = {
  institute: (institute: string) =>
    queryOptions({
      queryKey: teamKeys.institute(institute),
      queryFn: async () => {
        const snap = await getDocs(
          query(collection(db, TEAMS_COLLECTION), where('instituteId', '==', institute)),
        );
        return snap.docs.map((d) => parseTeam(d.id, d.data())).sort(byName);
      },
    }),
  /** The teams I teach in or lead (two queries: the rules allow a member to read only their own teams). */
  mine: (uid: string) =>
    queryOptions({
      queryKey: teamKeys.mine(uid),
      queryFn: async () => {
        const [teaching, leading] = await Promise.all(
          ['teacherUids', 'leidinggevendeUids'].map((field) =>
            getDocs(query(collection(db, TEAMS_COLLECTION), where(field, 'array-contains', uid))),
          ),
        );
        const all = [...teaching!.docs, ...leading!.docs].map((d) => parseTeam(d.id, d.data()));
        return [...new Map(all.map((t) => [t.teamId, t])).values()].sort(byName);
      },
    }),
  detail: (teamId: string) =>
    queryOptions({
      queryKey: teamKeys.detail(teamId),
      queryFn: async () => {
        const snap = await getDoc(doc(db, teamPath(teamId)));
        return snap.exists() ? parseTeam(snap.id, snap.data()) : null;
      },
    }),
};

export function useInstituteTeams(institute: string | undefined) {
  const q = teamQueries.institute(institute ?? '');
  return useQuery({ ...q, queryFn: institute ? q.queryFn : skipToken });
}
export function useMyTeams(uid: string) {
  return useQuery(teamQueries.mine(uid));
}
export function useTeam(teamId: string | undefined) {
  const q = teamQueries.detail(teamId ?? '');
  return useQuery({ ...q, queryFn: teamId ? q.queryFn : skipToken });
}

export function useTeamOverview(teamId: string) {
  return useQuery({
    queryKey: teamKeys.overview(teamId),
    queryFn: () => callApi('teamOverview', { teamId }),
    retry: false,
  });
}

export interface TeamInput {
  teamId: string;
  instituteId: string;
  name: string;
  teacherUids: string[];
  leidinggevendeUids: string[];
  names: Record<string, string>;
  /** The writer (the rules require their own uid). */
  updatedBy: string;
}

/** Secretariat or admin: writes the whole team (the rules check it with teamValid). */
export function useSaveTeam() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ teamId, ...team }: TeamInput) =>
      setDoc(doc(db, teamPath(teamId)), { ...team, updatedAt: serverTimestamp() }),
    onSuccess: () => qc.invalidateQueries({ queryKey: teamKeys.all }),
  });
}

/** The teacher shares one learner report with a person, or stops. */
export function useShareLearnerReport(formId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: { uid: string; share: boolean }) => callApi('shareLearnerReport', { formId, ...req }),
    onSuccess: () => qc.invalidateQueries({ queryKey: formKeys.all }),
  });
}
