// Forms and parts: key factory, queryOptions and one hook per query or mutation. Queries are shaped so the
// security rules can prove them (docs/data-model.md): members by readerUids / raterUids array-contains,
// staff by instituteId + staffVisible.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  collection,
  doc,
  query,
  serverTimestamp,
  updateDoc,
  where,
  type Query,
  type QueryConstraint,
} from 'firebase/firestore';
import { answersSchema, draftSchema, type FormType, type PartId } from '@praktijkvolg/domain';
import type { ApiRequest } from '@praktijkvolg/domain/api';
import { callApi } from '../../app/api';
import { db } from '../../app/firebase';
import {
  firstValue,
  subscribeDocument,
  subscribeQuery,
  useLiveUpdates,
  type Subscribe,
} from '../../app/live';
import { envelopeConverter, partConverter, type FormEnvelope } from './model';

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

const envelopeRef = (formId: string) => doc(db, 'forms', formId).withConverter(envelopeConverter);
const partRef = (formId: string, partId: string) =>
  doc(db, 'forms', formId, 'parts', partId).withConverter(partConverter);

const subscribeEnvelope = (formId: string) => subscribeDocument(envelopeRef(formId));
// With metadata changes: the part's hasPendingWrites shows what is not yet synced.
const subscribePart = (formId: string, partId: string) => subscribeDocument(partRef(formId, partId), true);
const subscribeList = (q: Query<FormEnvelope>) => subscribeQuery(q);

const formsCol = () => collection(db, 'forms').withConverter(envelopeConverter);

/** Forms where I fill a part plus forms I may read as a traject member (two queries, merged by id). */
function subscribeMine(uid: string, institute: string | undefined): Subscribe<FormEnvelope[]> {
  const inst: QueryConstraint[] = institute ? [where('instituteId', '==', institute)] : [];
  const asRater = query(formsCol(), ...inst, where('raterUids', 'array-contains', uid));
  const asReader = query(formsCol(), ...inst, where('readerUids', 'array-contains', uid));
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
}

function subscribeStaff(institute: string, filter: StaffFilter): Subscribe<FormEnvelope[]> {
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
  return subscribeList(query(formsCol(), ...constraints));
}

export const formQueries = {
  envelope: (formId: string) =>
    queryOptions({
      queryKey: formKeys.envelope(formId),
      queryFn: () => firstValue(subscribeEnvelope(formId)),
      staleTime: Infinity,
      retry: false,
    }),
  part: (formId: string, partId: string) =>
    queryOptions({
      queryKey: formKeys.part(formId, partId),
      queryFn: () => firstValue(subscribePart(formId, partId)),
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

export function useEnvelope(formId: string, enabled = true) {
  useLiveUpdates(formKeys.envelope(formId), subscribeEnvelope(formId), enabled);
  return useQuery({ ...formQueries.envelope(formId), enabled });
}

export function usePart(formId: string, partId: string, enabled = true) {
  useLiveUpdates(formKeys.part(formId, partId), subscribePart(formId, partId), enabled);
  return useQuery({ ...formQueries.part(formId, partId), enabled });
}

export function useMyForms(uid: string, institute: string | undefined) {
  useLiveUpdates(formKeys.mine(uid, institute), subscribeMine(uid, institute));
  return useQuery(formQueries.mine(uid, institute));
}

export function useStaffForms(institute: string | undefined, filter: StaffFilter = {}, enabled = true) {
  const on = enabled && !!institute;
  useLiveUpdates(formKeys.staff(institute ?? '', filter), subscribeStaff(institute ?? '', filter), on);
  return useQuery({ ...formQueries.staff(institute ?? '', filter), enabled: on });
}

// ---- writes ---------------------------------------------------------------------------------------

/**
 * Writes of a part touch exactly the keys the rules allow: answers, status, updatedAt, updatedBy (and
 * submittedAt on submission). The returned promise settles when the server confirms; offline the write
 * is applied to the local cache at once and synced later, so callers must not wait for it to show state.
 */
export function saveDraft(
  formId: string,
  partId: PartId,
  formType: FormType,
  answers: Record<string, unknown>,
  uid: string,
) {
  const parsed = draftSchema(formType, partId).parse(answers);
  return updateDoc(doc(db, 'forms', formId, 'parts', partId), {
    answers: parsed,
    status: 'draft',
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
}

export function submitPart(
  formId: string,
  partId: PartId,
  formType: FormType,
  answers: Record<string, unknown>,
  uid: string,
) {
  const parsed = answersSchema(formType, partId).parse(answers);
  return updateDoc(doc(db, 'forms', formId, 'parts', partId), {
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
