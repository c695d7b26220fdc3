// Pure planning of the reminder job: which open parts are due, who is reminded, who gets an escalation,
// and the per-person budget (one digest a day; at the weekend only for someone with an overdue item of
// their own, and escalations wait for Monday).
import {
  calendarDaysBetween,
  decisionAwaitsAdvice,
  reminderKind,
  toIsoDate,
  type FormEnvelope,
  type DigestItem,
  type DigestEventEntry,
} from '@praktijkvolg/domain';
import { formPartUrl, formUrl } from '../appLinks.js';
import type { Person } from '../people/people.js';

export type DueForm = FormEnvelope & { formId: string };

export interface DuePart {
  form: DueForm;
  partId: string;
  role: string;
  /** Days after the due day (Amsterdam calendar); negative = days left, 0 = due today. */
  daysOverdue: number;
  /** Whoever must fill it: the part's raters, or the institute's staff in that role for a staff part. */
  raters: string[];
  /** Whom to escalate to (empty when not escalated). */
  escalateTo: string[];
  /** A notice, not a reminder: shown without a deadline and never escalated. */
  notice?: true;
}

/**
 * The open parts of a due form, with days overdue on `date`. A part the domain does not remind (the PDG-trainer
 * before the request is in) is left out; the deelnemer's own request is a notice, never a reminder or an
 * escalation (domain reminderKind, policies/summatief.ts). A decision still waiting for advice is nobody's to do
 * yet (domain decisionAwaitsAdvice, policies/voortgangsbeslissing.ts).
 */
export function openParts(form: DueForm, date: string): Omit<DuePart, 'raters' | 'escalateTo'>[] {
  if (decisionAwaitsAdvice(form)) return [];
  const daysOverdue = calendarDaysBetween(form.dueAt.toDate(), date);
  return Object.entries(form.parts)
    .filter(([, p]) => p.status !== 'submitted')
    .map(([partId, p]) => ({ partId, p, kind: reminderKind(form.formType, partId, form.parts) }))
    .filter(({ kind }) => kind !== 'geen')
    .map(({ partId, p, kind }) => ({
      form,
      partId,
      role: p.role,
      daysOverdue,
      ...(kind === 'melding' && { notice: true as const }),
    }));
}

export interface PlannedDigest {
  person: Person & { email: string };
  items: DigestItem[];
  escalations: DigestItem[];
  /** Events carried by this digest (digestEvents); they are marked digested with it. */
  events: DigestEventEntry[];
}

export interface DigestPlan {
  digests: PlannedDigest[];
  /** People with only not-yet-overdue items (or escalations) on a Saturday or Sunday. */
  deferredForWeekend: string[];
  /** Recipients without a people document or e-mail address. */
  withoutEmail: string[];
}

const byUrgency = (a: DigestItem, b: DigestItem) =>
  b.daysOverdue - a.daysOverdue || a.title.localeCompare(b.title, 'nl') || a.partId.localeCompare(b.partId);

export function planDigests(args: {
  dueParts: readonly DuePart[];
  people: ReadonlyMap<string, Person>;
  weekend: boolean;
  appUrl: string;
  /** Pending events per person (digestEvents), links made: carried by the digest, never a mail of their own. */
  events?: ReadonlyMap<string, DigestEventEntry[]>;
}): DigestPlan {
  const own = new Map<string, DigestItem[]>();
  const escalated = new Map<string, DigestItem[]>();
  const push = (map: Map<string, DigestItem[]>, uid: string, item: DigestItem) => {
    const list = map.get(uid) ?? [];
    if (!list.some((i) => i.formId === item.formId && i.partId === item.partId)) list.push(item);
    map.set(uid, list);
  };
  for (const d of args.dueParts) {
    const base = {
      formId: d.form.formId,
      partId: d.partId,
      formType: d.form.formType,
      title: d.form.title,
      traineeName: d.form.traineeName ?? null,
      dueDate: toIsoDate(d.form.dueAt.toDate()),
      daysOverdue: d.daysOverdue,
      ...(d.notice && { notice: true as const }),
    };
    for (const uid of d.raters)
      push(own, uid, { ...base, link: formPartUrl(args.appUrl, d.form.formId, d.partId) });
    if (args.weekend) continue;
    const raterNames = d.raters.map((uid) => args.people.get(uid)?.displayName ?? 'onbekend');
    for (const uid of d.escalateTo) {
      if (d.raters.includes(uid)) continue; // they already get it as their own item
      push(escalated, uid, { ...base, link: formUrl(args.appUrl, d.form.formId), raterNames });
    }
  }

  const plan: DigestPlan = { digests: [], deferredForWeekend: [], withoutEmail: [] };
  const events = args.events ?? new Map<string, DigestEventEntry[]>();
  for (const uid of [...new Set([...own.keys(), ...escalated.keys(), ...events.keys()])].sort()) {
    const items = (own.get(uid) ?? []).sort(byUrgency);
    const escalations = (escalated.get(uid) ?? []).sort(byUrgency);
    if (args.weekend && !items.some((i) => i.daysOverdue > 0 && !i.notice)) {
      plan.deferredForWeekend.push(uid);
      continue;
    }
    const person = args.people.get(uid);
    if (!person?.email) {
      plan.withoutEmail.push(uid);
      continue;
    }
    plan.digests.push({
      person: { ...person, email: person.email },
      items,
      escalations,
      events: events.get(uid) ?? [],
    });
  }
  return plan;
}
