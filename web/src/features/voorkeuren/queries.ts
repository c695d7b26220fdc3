// The calendar feed of the signed-in person, through its callables (domain/src/api.ts): whether there is one,
// make or renew it (the URL comes back once), stop it. The URL itself is never stored in the browser. And the
// person's mail preferences (below).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc, serverTimestamp, setDoc } from 'firebase/firestore';
import {
  mailPreferencesOf,
  preferencesPath,
  type DigestHour,
  type MailPreferences,
} from '@praktijkvolg/domain';
import { callApi } from '../../app/api';
import { db } from '../../app/firebase';

const statusKey = (uid: string) => ['calendarFeed', uid] as const;

export function useCalendarFeedStatus(uid: string) {
  return useQuery({ queryKey: statusKey(uid), queryFn: () => callApi('calendarFeedStatus', {}) });
}

export function useRenewCalendarFeed(uid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('renewCalendarFeed', {}),
    onSuccess: (res) => qc.setQueryData(statusKey(uid), { active: true, createdAt: res.createdAt }),
  });
}

export function useRevokeCalendarFeed(uid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('revokeCalendarFeed', {}),
    onSuccess: () => qc.setQueryData(statusKey(uid), { active: false, createdAt: null }),
  });
}

// ---- Mail preferences: preferences/{uid}, the person's own document (rules preferencesValid), read and written
// directly; the defaults when absent (domain mailPreferencesOf).
export const preferencesKey = (uid: string) => ['preferences', uid] as const;

export function useMailPreferences(uid: string) {
  return useQuery({
    queryKey: preferencesKey(uid),
    queryFn: async (): Promise<MailPreferences> =>
      mailPreferencesOf((await getDoc(doc(db, preferencesPath(uid)))).data()),
  });
}

/** Saves the hour and the messages switch in one write, as the rules want it (updatedAt: the server's time). */
export function useSaveMailPreferences(uid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { digestHour: DigestHour; berichten: boolean }) => {
      await setDoc(
        doc(db, preferencesPath(uid)),
        {
          digestHour: input.digestHour,
          optOut: { berichten: !input.berichten },
          updatedAt: serverTimestamp(),
        },
        { merge: true },
      );
      return input;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: preferencesKey(uid) }),
  });
}
