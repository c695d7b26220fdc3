/**
 * Event mails a user expects (docs/rules.md, "Event mails"): what a person hears about besides their reminders,
 * who hears it, why, and where the link goes. Not urgent (the comparison of a ComBel is ready, a new traject):
 * carried by the next daily digest as a digestEvents/{id} document with a deterministic id. Urgent (a part the
 * secretariat reopened): an immediate mail (policies/reopenPart.ts). Pure: the functions write what this says.
 */
import { formatDate } from '../dates';
import { FORM_DEFINITIONS } from '../forms/registry';
import type { FormType } from '../forms/types';
import { partLabel, PROGRAMMES, type PartId, type ProgrammeId } from '../programmes';
import { appPaths } from '../routes';
import type { RoleAssignments } from '../traject';
import type { DigestEventItem } from '../documents/digestEvents';

/** How many of a person's first forms the new-traject event lists. */
export const TRAJECT_NEW_FIRST_FORMS = 5;

/**
 * A sealed round was revealed: one event per person who takes part (every rater with an account, and the
 * trainee, who may have no part of their own). `round` counts the reveals of this form (a reopened and
 * resubmitted round is ready again), so a retried trigger writes the same id and a new reveal a new one.
 */
export function comparisonReadyEvents(form: {
  formId: string;
  formType: FormType;
  title: string;
  traineeName?: string | undefined;
  round: number;
  parts: Partial<Record<PartId, { raterUids: readonly string[] }>>;
  traineeUids: readonly string[];
}): { uid: string; item: DigestEventItem }[] {
  if (!FORM_DEFINITIONS[form.formType].sealed) return [];
  const roleOf = new Map<string, PartId>();
  for (const [partId, part] of Object.entries(form.parts) as [PartId, { raterUids: readonly string[] }][])
    for (const uid of part.raterUids)
      if (!uid.startsWith('ext_') && !roleOf.has(uid)) roleOf.set(uid, partId);
  const uids = [...new Set([...form.traineeUids, ...roleOf.keys()])].sort();
  const about = form.traineeName ? ` van ${form.traineeName}` : '';
  return uids.map((uid) => {
    const role = roleOf.get(uid);
    const why = role
      ? `Je krijgt dit bericht omdat je het deel "${partLabel(role).toLowerCase()}" van deze ronde hebt ingevuld; nu iedereen heeft ingediend, zie je alle delen naast elkaar voor het leergesprek.`
      : 'Je krijgt dit bericht omdat deze ronde over jou gaat; nu iedereen heeft ingediend, zie je alle delen naast elkaar voor het leergesprek.';
    return {
      uid,
      item: {
        eventId: `comparison-ready_${form.formId}_r${form.round}_${uid}`,
        kind: 'comparison_ready',
        title: `${form.title}${about}: de vergelijking staat klaar`,
        why,
        path: appPaths.form(form.formId),
        lines: [],
      },
    };
  });
}

/** One of the first forms of a new traject, as the schedule made it. */
export interface FirstForm {
  title: string;
  dueDate: string;
  parts: readonly { partId: PartId; raterUids: readonly string[] }[];
}

/**
 * A new traject: the trainee and their opleiders hear what will be asked of them and when, as a list of their
 * first forms (by due day). Other roles (docenten, assessors) hear nothing here: their digest reminds them when
 * a form of theirs comes due.
 */
export function trajectNewEvents(traject: {
  trajectId: string;
  programme: ProgrammeId;
  traineeName: string;
  startDate: string;
  roles: RoleAssignments;
  forms: readonly FirstForm[];
}): { uid: string; item: DigestEventItem }[] {
  const trainees = [...(traject.roles.aios ?? [])];
  const opleiders = [...(traject.roles.opleider ?? [])];
  const programme = PROGRAMMES[traject.programme].label;
  const sorted = [...traject.forms].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'nl'),
  );
  const mine = (uid: string) =>
    sorted
      .flatMap((f) => {
        const own = f.parts.filter((p) => p.raterUids.includes(uid));
        return own.map(
          (p) => `${f.title}: ${partLabel(p.partId).toLowerCase()}, uiterlijk ${formatDate(f.dueDate)}`,
        );
      })
      .slice(0, TRAJECT_NEW_FIRST_FORMS);
  const event = (uid: string, why: string) => ({
    uid,
    item: {
      eventId: `traject-new_${traject.trajectId}_${uid}`,
      kind: 'traject_new' as const,
      title: `Nieuw traject: ${traject.traineeName}, ${programme}, vanaf ${formatDate(traject.startDate)}`,
      why,
      path: appPaths.home(),
      lines: mine(uid),
    },
  });
  return [
    ...trainees.map((uid) =>
      event(
        uid,
        'Je krijgt dit bericht omdat het secretariaat jouw traject heeft aangemaakt. Dit wordt als eerste van je gevraagd:',
      ),
    ),
    ...opleiders
      .filter((uid) => !trainees.includes(uid))
      .map((uid) =>
        event(
          uid,
          `Je krijgt dit bericht omdat je opleider bent in het traject van ${traject.traineeName}. Dit wordt als eerste van je gevraagd:`,
        ),
      ),
  ];
}
