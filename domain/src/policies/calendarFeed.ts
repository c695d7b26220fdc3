// What a person's calendar feed shows (docs/data-model.md, `calendarFeeds`): one all-day event per open
// deadline of their own (a part they rate that is not submitted, of a form that is still open and not
// closed), and the planned voortgangsgesprekken of the trajecten whose forms they read. Nothing else: the
// feed holds no more than the person already sees in the app (their own work, with the trainee's name).
// Pure: the functions render the entries as iCalendar (functions/src/calendar/ics.ts).
import { formatDate, toIsoDate } from '../dates';
import { getFormDefinition } from '../forms/registry';
import type { FormType } from '../forms/types';
import type { FormStatus, PartStatus } from './common';
import { hasDeadline } from './summatief';

/** The calendar's name, as calendar apps show it. */
export const CALENDAR_FEED_NAME = 'Praktijkvolg – deadlines';
/** How often calendar apps should fetch the feed again (REFRESH-INTERVAL / X-PUBLISHED-TTL), in seconds. */
export const CALENDAR_REFRESH_SECONDS = 60 * 60;
/** The domain part of every event UID: `<formId>/<partId>@praktijkvolg`. */
const UID_DOMAIN = 'praktijkvolg';

/** What the feed needs of a form envelope (forms/{formId}), with instants as Dates. */
export interface CalendarForm {
  formId: string;
  formType: FormType;
  /** Dutch, e.g. 'ComBel maand 3'. */
  title: string;
  traineeName: string | null;
  status: FormStatus;
  opensAt: Date;
  dueAt: Date;
  closesAt: Date | null;
  parts: Readonly<Record<string, { role: string; raterUids: readonly string[]; status: PartStatus }>>;
  readerUids: readonly string[];
  /** When the envelope last changed (Firestore's update time): a moved deadline changes it. */
  updatedAt: Date;
}

export interface CalendarEntry {
  /** Stable per form part (a deadline) or per form (a meeting), so a moved date updates the same event. */
  uid: string;
  kind: 'deadline' | 'meeting';
  formId: string;
  partId: string | null;
  /** The all-day event's day in Europe/Amsterdam, 'YYYY-MM-DD'. */
  date: string;
  summary: string;
  description: string;
  /** Where the event leads: the part's form, or the form's overview for a meeting. */
  url: string;
  /** Grows whenever the envelope changes (see `calendarSequence`). */
  sequence: number;
  lastModified: Date;
}

/** Builds the URL of a part (partId set) or of a form's overview; functions/src/appLinks.ts in production. */
export type CalendarLinkBuilder = (formId: string, partId: string | null) => string;

/** An event UID: `<formId>/<partId>@praktijkvolg` for a deadline, `<formId>@praktijkvolg` for a meeting. */
export const calendarEventUid = (formId: string, partId: string | null) =>
  `${partId === null ? formId : `${formId}/${partId}`}@${UID_DOMAIN}`;

const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);
/**
 * SEQUENCE of an event: whole seconds from 2024-01-01 to the envelope's last change. The envelope only ever
 * changes forward in time, so the number grows with every change (RFC 5545 asks for that) without storing a
 * counter, and it stays within a signed 32-bit integer until 2092.
 */
export function calendarSequence(updatedAt: Date): number {
  return Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH) / 1000));
}

const lowerFirst = (s: string) => (s === '' ? s : s[0]!.toLocaleLowerCase('nl') + s.slice(1));
const withTrainee = (text: string, form: CalendarForm) =>
  form.traineeName ? `${text} (${form.traineeName})` : text;

function partLabel(form: CalendarForm, partId: string): string {
  const def = getFormDefinition(form.formType);
  const label = def.parts.find((p) => p.partId === partId)?.label ?? form.parts[partId]?.role ?? partId;
  return lowerFirst(label);
}

/** Open for work on `now`: not completed, submitted to the secretariat, vervallen, or past its closing time. */
function formIsOpen(form: CalendarForm, now: Date): boolean {
  return form.status === 'open' && (form.closesAt === null || form.closesAt.getTime() > now.getTime());
}

function deadline(form: CalendarForm, partId: string, now: Date, link: CalendarLinkBuilder): CalendarEntry {
  const label = partLabel(form, partId);
  const url = link(form.formId, partId);
  const lines = [
    `Deadline in Praktijkvolg: ${form.title}, ${label}${form.traineeName ? ` van ${form.traineeName}` : ''}.`,
    ...(form.opensAt.getTime() > now.getTime() ? [`Invullen kan vanaf ${formatDate(form.opensAt)}.`] : []),
    `Open het formulier: ${url}`,
  ];
  return {
    uid: calendarEventUid(form.formId, partId),
    kind: 'deadline',
    formId: form.formId,
    partId,
    date: toIsoDate(form.dueAt),
    summary: withTrainee(`${form.title} – ${label}`, form),
    description: lines.join('\n'),
    url,
    sequence: calendarSequence(form.updatedAt),
    lastModified: form.updatedAt,
  };
}

function meeting(form: CalendarForm, link: CalendarLinkBuilder): CalendarEntry {
  const url = link(form.formId, null);
  return {
    uid: calendarEventUid(form.formId, null),
    kind: 'meeting',
    formId: form.formId,
    partId: null,
    date: toIsoDate(form.dueAt),
    summary: withTrainee(form.title, form),
    description: [
      `Gepland voortgangsgesprek${form.traineeName ? ` van ${form.traineeName}` : ''}. Het verslag wordt in Praktijkvolg vastgelegd.`,
      `Bekijk het formulier: ${url}`,
    ].join('\n'),
    url,
    sequence: calendarSequence(form.updatedAt),
    lastModified: form.updatedAt,
  };
}

/**
 * The events of `uid`'s feed on `now`, sorted by day. A part they rate appears until it is submitted; a
 * voortgangsgesprek they read (readerUids) appears as a meeting until its record is in, unless they record it
 * themselves (then their part's deadline stands for it: one event per gesprek).
 */
export function calendarEntries(args: {
  forms: readonly CalendarForm[];
  uid: string;
  now: Date;
  link: CalendarLinkBuilder;
}): CalendarEntry[] {
  const { uid, now, link } = args;
  const out: CalendarEntry[] = [];
  const seen = new Set<string>();
  for (const form of args.forms) {
    if (seen.has(form.formId) || !formIsOpen(form, now)) continue;
    seen.add(form.formId);
    const ownOpen = Object.entries(form.parts)
      // The PDG request has no deadline (policies/summatief.ts): it is no event.
      .filter(
        ([id, p]) => p.status !== 'submitted' && p.raterUids.includes(uid) && hasDeadline(form.formType, id),
      )
      .map(([partId]) => partId)
      .sort();
    for (const partId of ownOpen) out.push(deadline(form, partId, now, link));
    if (form.formType === 'voortgangsgesprek' && ownOpen.length === 0 && form.readerUids.includes(uid)) {
      out.push(meeting(form, link));
    }
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.summary.localeCompare(b.summary, 'nl') || a.uid.localeCompare(b.uid),
  );
}
