// Trajecten: members read the trajecten they belong to (members array-contains), staff read their
// institute's (instituteId ==). Only the secretariat writes them; the rules re-check role conflicts.
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Query } from 'firebase/firestore';
import { TRAJECTEN_COLLECTION, trajectPath } from '@praktijkvolg/domain';
import { importPatiently, useFullFirestore, type FullFirestore } from '../../app/firestore';
import { readFirst } from '../../app/firestoreLite';
import { afterFullSdk, firstValue, subscribeDocument, subscribeQuery, useLiveUpdates } from '../../app/live';
import { trajectOfLite, type TrajectDoc } from './model';

export const trajectKeys = {
  all: ['trajecten'] as const,
  detail: (trajectId: string) => [...trajectKeys.all, 'detail', trajectId] as const,
  mine: (uid: string, institute: string | undefined) =>
    [...trajectKeys.all, 'mine', uid, institute ?? ''] as const,
  institute: (institute: string) => [...trajectKeys.all, 'institute', institute] as const,
};

// No static import of the full Firestore SDK nor of the converter (zod): the form route reads its traject with
// Firestore Lite first (app/firestore.ts); the listeners attach once the full SDK and ./converters.ts are loaded.
const converters = () => importPatiently(() => import('./converters'));
const col = async (fs: FullFirestore) =>
  fs.collection(fs.db, TRAJECTEN_COLLECTION).withConverter((await converters()).trajectConverter);

const subscribeDoc = (trajectId: string) =>
  afterFullSdk(async (fs) => subscribeDocument(fs.doc(await col(fs), trajectId)));
const subscribeList = (q: (fs: FullFirestore) => Promise<Query<TrajectDoc>>) =>
  afterFullSdk(async (fs) =>
    subscribeQuery(await q(fs), (a, b) => a.traineeName.localeCompare(b.traineeName, 'nl')),
  );

const mineQuery = (uid: string, institute: string | undefined) => async (fs: FullFirestore) =>
  institute
    ? fs.query(
        await col(fs),
        fs.where('instituteId', '==', institute),
        fs.where('members', 'array-contains', uid),
      )
    : fs.query(await col(fs), fs.where('members', 'array-contains', uid));
const instituteQuery = (institute: string) => async (fs: FullFirestore) =>
  fs.query(await col(fs), fs.where('instituteId', '==', institute));

export const trajectQueries = {
  detail: (trajectId: string) =>
    queryOptions({
      queryKey: trajectKeys.detail(trajectId),
      queryFn: () =>
        readFirst(
          trajectPath(trajectId),
          {
            lite: trajectOfLite,
            parse: async () => {
              const { trajectConverter } = await converters();
              return (snap) => trajectConverter.fromFirestore(snap, undefined);
            },
          },
          subscribeDoc(trajectId),
        ),
      staleTime: Infinity,
      retry: false,
    }),
  mine: (uid: string, institute: string | undefined) =>
    queryOptions({
      queryKey: trajectKeys.mine(uid, institute),
      queryFn: () => firstValue(subscribeList(mineQuery(uid, institute))),
      staleTime: Infinity,
      retry: false,
    }),
  institute: (institute: string) =>
    queryOptions({
      queryKey: trajectKeys.institute(institute),
      queryFn: () => firstValue(subscribeList(instituteQuery(institute))),
      staleTime: Infinity,
      retry: false,
    }),
};

export function useTraject(trajectId: string | undefined, enabled = true) {
  const on = enabled && !!trajectId;
  // Waits for the full SDK instead of loading it early (the form route's first render needs only Lite).
  const live = !!useFullFirestore();
  useLiveUpdates(trajectKeys.detail(trajectId ?? ''), subscribeDoc(trajectId ?? '-'), on && live);
  const q = trajectQueries.detail(trajectId ?? '');
  return useQuery({ ...q, queryFn: on ? q.queryFn : skipToken });
}

export function useMyTrajecten(uid: string, institute: string | undefined) {
  useLiveUpdates(trajectKeys.mine(uid, institute), subscribeList(mineQuery(uid, institute)));
  return useQuery(trajectQueries.mine(uid, institute));
}

export function useInstituteTrajecten(institute: string | undefined, enabled = true) {
  const on = enabled && !!institute;
  useLiveUpdates(trajectKeys.institute(institute ?? ''), subscribeList(instituteQuery(institute ?? '-')), on);
  const q = trajectQueries.institute(institute ?? '');
  return useQuery({ ...q, queryFn: on ? q.queryFn : skipToken });
}
