// Forms and parts: key factory, queryOptions and one hook per query or mutation. Queries are shaped so the
// security rules can prove them (docs/data-model.md): members by readerUids / raterUids array-contains,
// staff by instituteId + staffVisible.
import { queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Query, QueryConstraint } from 'firebase/firestore';
import { FORMS_COLLECTION, formPath, partPath, type FormType, type PartId } from '@praktijkvolg/domain';
import type { ApiRequest } from '@praktijkvolg/domain/api';
import type { callApi as callApiNow } from '../../app/api';
import {
  importPatiently,
  loadFullFirestore,
  useFullFirestore,
  type FullFirestore,
} from '../../app/firestore';
import { readFirst, verifiedRead } from '../../app/firestoreLite';
import {
  afterFullSdk,
  firstValue,
  subscribeDocument,
  subscribeQuery,
  useLiveUpdates,
  type Subscribe,
} from '../../app/live';
import { envelopeOfLite, partOfLite, type FormEnvelope, type FormPart } from './model';

// The form route reads lite first, full later (app/firestore.ts): a part or envelope not yet in the query
// cache is read once with Firestore Lite while the full SDK is not loaded; its listeners take over once it
// is. The converters (zod) load with the full SDK, the callables (app/api.ts: the functions SDK and the
// request contracts) on first use.
const converters = () => importPatiently(() => import('./converters'));
const callApi: typeof callApiNow = async (name, request) =>
  (await import('../../app/api')).callApi(name, request);

export const formKeys = {
  all: ['forms'] as const,
  envelope: (formId: string) => [...formKeys.all, 'envelope', formId] as const,
  part: (formId: string, partId: string) => [...formKeys.all, 'part', formId, partId] as const,
  mine: (uid: string, institute: string | undefined) =>
    [...formKeys.all, 'mine', uid, institute ?? ''] as const,
  staff: (institute: string, filter: StaffFilter) => [...formKeys.all, 'staff', institute, filter] as const,
};

export interface StaffFilter {
  formType?: FormType;
  trajectId?: string;
  /** Dossier LEOhs handed in by their opleider: readable by the secretariat and the opleiderscoach. */
  leohDossiers?: boolean;
}

const envelopeRef = async (fs: FullFirestore, formId: string) =>
  fs.doc(fs.db, formPath(formId)).withConverter((await converters()).envelopeConverter);
const partRef = async (fs: FullFirestore, formId: string, partId: string) =>
  fs.doc(fs.db, partPath(formId, partId)).withConverter((await converters()).partConverter);

const subscribeEnvelope = (formId: string) =>
  afterFullSdk(async (fs) => subscribeDocument(await envelopeRef(fs, formId)));
// With metadata changes: the part's hasPendingWrites shows what is not yet synced. Once the listener has
// delivered the part, it is in the offline cache: from then on the form works without a network, which
// html[data-part-live] tells tests and the benchmark.
const subscribePart = (formId: string, partId: string) =>
  afterFullSdk(async (fs): Promise<Subscribe<FormPart | null>> => {
    const listen = subscribeDocument(await partRef(fs, formId, partId), true);
    return (next, fail) =>
      listen((part) => {
        if (part) document.documentElement.dataset.partLive = `${formId}/${partId}`;
        next(part);
      }, fail);
  });
const subscribeList = (q: Query<FormEnvelope>) => subscribeQuery(q);

const formsCol = async (fs: FullFirestore) =>
  fs.collection(fs.db, FORMS_COLLECTION).withConverter((await converters()).envelopeConverter);

/** Forms where I fill a part plus forms I may read as a traject member (two queries, merged by id). */
function subscribeMine(uid: string, institute: string | undefined): Subscribe<FormEnvelope[]> {
  return afterFullSdk(async (fs) => {
    const inst: QueryConstraint[] = institute ? [fs.where('instituteId', '==', institute)] : [];
    const col = await formsCol(fs);
    const asRater = fs.query(col, ...inst, fs.where('raterUids', 'array-contains', uid));
    const asReader = fs.query(col, ...inst, fs.where('readerUids', 'array-contains', uid));
    return (next, fail) => {
      let a: FormEnvelope[] | undefined;
      let b: FormEnvelope[] | undefined;
      const emit = () => {
        if (!a || !b) return;
        const byId = new Map<string, FormEnvelope>();
        for (const f of [...a, ...b]) byId.set(f.formId, f);
        next([...byId.values()]);
      };
      const u1 = subscribeList(asRater)((v) => ((a = v), emit()), fail);
      const u2 = subscribeList(asReader)((v) => ((b = v), emit()), fail);
      return () => {
        u1();
        u2();
      };
    };
  });
}

function subscribeStaff(institute: string, filter: StaffFilter): Subscribe<FormEnvelope[]> {
  return afterFullSdk(async (fs) => {
    const { where } = fs;
    const constraints: QueryConstraint[] = [
      where('instituteId', '==', institute),
      where('staffVisible', '==', true),
    ];
    if (filter.formType) constraints.push(where('formType', '==', filter.formType));
    if (filter.trajectId) constraints.push(where('trajectId', '==', filter.trajectId));
    // The rules let the opleiderscoach list only these; the home's count and the inbox both read this query.
    if (filter.leohDossiers)
      constraints.push(
        where('formType', '==', 'leoh'),
        where('leohKind', '==', 'dossier'),
        where('status', '==', 'ingediend'),
      );
    return subscribeList(fs.query(await formsCol(fs), ...constraints));
  });
}

export const formQueries = {
  envelope: (formId: string) =>
    queryOptions({
      queryKey: formKeys.envelope(formId),
      queryFn: () =>
        readFirst(
          formPath(formId),
          {
            lite: envelopeOfLite,
            parse: async () => {
              const { envelopeConverter } = await converters();
              return (snap) => envelopeConverter.fromFirestore(snap, undefined);
            },
          },
          subscribeEnvelope(formId),
        ),
      staleTime: Infinity,
      retry: false,
    }),
  part: (formId: string, partId: string) =>
    queryOptions({
      queryKey: formKeys.part(formId, partId),
      queryFn: () =>
        readFirst(
          partPath(formId, partId),
          {
            lite: partOfLite,
            parse: async () => {
              const { partConverter } = await converters();
              return (snap) => partConverter.fromFirestore(snap, undefined);
            },
          },
          subscribePart(formId, partId),
        ),
      staleTime: Infinity,
      retry: false,
    }),
  mine: (uid: string, institute: string | undefined) =>
    queryOptions({
      queryKey: formKeys.mine(uid, institute),
      queryFn: () => firstValue(subscribeMine(uid, institute)),
      staleTime: Infinity,
      retry: false,
    }),
  staff: (institute: string, filter: StaffFilter = {}) =>
    queryOptions({
      queryKey: formKeys.staff(institute, filter),
      queryFn: () => firstValue(subscribeStaff(institute, filter)),
      staleTime: Infinity,
      retry: false,
    }),
};

// The form's own documents: their listeners wait for the full SDK instead of loading it early (it loads
// once the form is interactive, app/firestore.ts), so the first render only needs Lite.
export function useEnvelope(formId: string, enabled = true) {
  const live = !!useFullFirestore();
  useLiveUpdates(formKeys.envelope(formId), subscribeEnvelope(formId), enabled && live);
  return useQuery({ ...formQueries.envelope(formId), enabled });
}

export function usePart(formId: string, partId: string, enabled = true) {
  const live = !!useFullFirestore();
  useLiveUpdates(formKeys.part(formId, partId), subscribePart(formId, partId), enabled && live);
  return useQuery({ ...formQueries.part(formId, partId), enabled });
}

export function useMyForms(uid: string, institute: string | undefined) {
  useLiveUpdates(formKeys.mine(uid, institute), subscribeMine(uid, institute));
  return useQuery(formQueries.mine(uid, institute));
}

export function useStaffForms(institute: string | undefined, filter: StaffFilter = {}, enabled = true) {
  const on = enabled && !!institute;
  useLiveUpdates(formKeys.staff(institute ?? '', filter), subscribeStaff(institute ?? '', filter), on);
  const q = formQueries.staff(institute ?? '', filter);
  return useQuery({ ...q, queryFn: on ? q.queryFn : skipToken });
}

// ---- writes ---------------------------------------------------------------------------------------

/**
 * Writes of a part touch exactly the keys the rules allow: answers, status, updatedAt, updatedBy (and
 * submittedAt on submission). The returned promise settles when the server confirms; offline the write
 * is applied to the local cache at once and synced later, so callers must not wait for it to show state.
 * Writes always go through the full SDK (its offline queue); a save before it has loaded waits for it, while
 * the typed values sit in the form and in the local draft copy (draftStore.ts). The answers are parsed with
 * the form's schema, and a first read of the part and its envelope with Firestore Lite is parsed with their
 * document contracts (app/firestoreLite.ts, verifiedRead) before anything is written.
 */
async function beforePartWrite(formId: string, partId: PartId) {
  const schemas = await converters();
  await Promise.all([verifiedRead(partPath(formId, partId)), verifiedRead(formPath(formId))]);
  return schemas;
}

export async function saveDraft(
  formId: string,
  partId: PartId,
  formType: FormType,
  answers: Record<string, unknown>,
  uid: string,
) {
  const { draftSchema } = await beforePartWrite(formId, partId);
  const parsed = draftSchema(formType, partId).parse(answers);
  const { db, doc, serverTimestamp, updateDoc } = await loadFullFirestore();
  return updateDoc(doc(db, partPath(formId, partId)), {
    answers: parsed,
    status: 'draft',
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
}

export async function submitPart(
  formId: string,
  partId: PartId,
  formType: FormType,
  answers: Record<string, unknown>,
  uid: string,
) {
  const { answersSchema } = await beforePartWrite(formId, partId);
  const parsed = answersSchema(formType, partId).parse(answers);
  const { db, doc, serverTimestamp, updateDoc } = await loadFullFirestore();
  return updateDoc(doc(db, partPath(formId, partId)), {
    answers: parsed,
    status: 'submitted',
    updatedAt: serverTimestamp(),
    updatedBy: uid,
    submittedAt: serverTimestamp(),
  });
}

export function useSubmitDossierLeoh() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (formId: string) => callApi('submitDossierLeoh', { formId }),
    onSuccess: (_r, formId) => qc.invalidateQueries({ queryKey: formKeys.envelope(formId) }),
  });
}

/** Hands a part out by link: a feedback giver (trainee) or a waarnemer (assigned rater, secretariat). */
export function useInviteRater() {
  return useMutation({ mutationFn: (req: ApiRequest<'inviteRater'>) => callApi('inviteRater', req) });
}

/** The trainee asks the raters of a part to fill it (a mail; once per part per day). */
export function useAskRaterToFill() {
  return useMutation({
    mutationFn: (req: { formId: string; partId: string }) => callApi('askRaterToFill', req),
  });
}
