// The calendar feed of the signed-in person, through its callables (domain/src/api.ts): whether there is one,
// make or renew it (the URL comes back once), stop it. The URL itself is never stored in the browser.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../app/api';

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
