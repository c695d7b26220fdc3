// The calendar feed end to end on the test stack: a person makes a feed URL (renewCalendarFeed), a calendar
// app fetches it through the app's address (/agenda/<secret>.ics, the preview's proxy to the calendarFeed
// function, as Firebase Hosting's rewrite does in production), the ICS parses with ical.js and follows the
// data: a moved deadline moves the same event, a submitted part's event disappears, a renewed or revoked
// URL answers 404 like one that never existed, and a link session cannot make a feed.
import { useClients } from '../support/clients.js';
import { computeSchedule, toIsoDate, type RoleAssignments, formEnvelopeSchema } from '@praktijkvolg/domain';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteCalendarFeedsOf } from '../../functions/src/calendar/manage.js';
import { syncTrajectForms } from '../../functions/src/forms/sync.js';
import { createTraject, seedPeople, submitPart, traject } from '../functions/helpers.js';
import { refusal } from '../links/world.js';
import { APP_URL } from '../support/ports.js';
import {
  adminAuth,
  adminDb,
  closeAdmin,
  functionUrl,
  resetAuth,
  resetFirestore,
  setBackgroundTriggers,
} from '../support/stack.js';

const db = adminDb();
const INSTITUTE = 'lumc';
const DAY = 86_400_000;
const roles: RoleAssignments = { aios: ['u-anna'], opleider: ['u-pieter'], groepsdocent: ['u-gerda'] };
// Anna started 80 days ago: the month-3 ComBel and LEOh are open, later forms are planned.
const startDate = toIsoDate(new Date(Date.now() - 80 * DAY));
const anna = traject({ startDate, roles, traineeName: 'Anna de Vries' });

const { as, device } = useClients();

async function fetchFeed(url: string) {
  const res = await fetch(url);
  const body = await res.text();
  return { res, body };
}

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const list = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, byUid: new Map(list.map((e) => [e.uid, e])), list };
}

/** What the feed of `uid` must hold, read from the stored envelopes (docs/data-model.md, `calendarFeeds`). */
async function expectedUids(uid: string): Promise<string[]> {
  const snap = await db.collection('forms').where('trajectId', '==', 't1').get();
  const now = Date.now();
  return snap.docs.flatMap((d) => {
    const f = formEnvelopeSchema.parse(d.data());
    if (f.status !== 'open' || (f.closesAt && f.closesAt.toMillis() <= now)) return [];
    const own = Object.entries(f.parts).filter(
      ([, p]) => p.status !== 'submitted' && p.raterUids.includes(uid),
    );
    if (own.length > 0) return own.map(([partId]) => `${d.id}/${partId}@praktijkvolg`);
    return f.formType === 'voortgangsgesprek' && f.readerUids.includes(uid) ? [`${d.id}@praktijkvolg`] : [];
  });
}

const secretOf = (url: string) => /\/agenda\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)![1]!;

beforeAll(() => setBackgroundTriggers(false));
beforeEach(async () => {
  // Triggers off: the plain functions below move dates and submit parts deterministically.
  await setBackgroundTriggers(false);
  await Promise.all([resetFirestore(), resetAuth()]);
  await db.doc(`institutes/${INSTITUTE}`).set({ name: 'Huisartsopleiding LUMC' });
  await seedPeople(db, [
    { uid: 'u-anna', displayName: 'Anna de Vries' },
    { uid: 'u-pieter', displayName: 'Pieter van Dijk' },
    { uid: 'u-gerda', displayName: 'Gerda Smit' },
  ]);
  for (const uid of ['u-anna', 'u-pieter', 'u-gerda'])
    await adminAuth().createUser({ uid, email: `${uid}@example.nl` });
  // Accounts the secretariat adds have no claims (upsertPerson); Pieter's has an institute claim.
  await adminAuth().setCustomUserClaims('u-pieter', { institute: INSTITUTE });
  await createTraject(db, 't1', anna, new Date());
});
afterAll(async () => {
  await setBackgroundTriggers(true);
  await closeAdmin();
});

describe('the calendar feed', () => {
  it('parses with ical.js and has one event per open part of the person, on the Amsterdam due day', async () => {
    const c = await as('u-anna');
    const { url, replaced } = await c.call('renewCalendarFeed', {});
    expect(replaced).toBe(false);
    expect(url.startsWith(`${APP_URL}/agenda/`)).toBe(true);

    const { res, body } = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const feed = events(body);
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Praktijkvolg – deadlines');
    expect([...feed.byUid.keys()].sort()).toEqual((await expectedUids('u-anna')).sort());

    const schedule = computeSchedule({ trajectId: 't1', programme: 'huisarts_jaar1', startDate, roles });
    const combel = feed.byUid.get('t1__combel-m3/aios@praktijkvolg')!;
    expect(combel.summary).toBe('ComBel maand 3 – zelfbeoordeling aios (Anna de Vries)');
    expect(combel.startDate.isDate).toBe(true);
    expect(combel.startDate.toString()).toBe(schedule.find((s) => s.occurrenceKey === 'combel-m3')!.dueDate);
    expect(combel.component.getFirstPropertyValue('url')).toBe(`${APP_URL}/formulieren/t1__combel-m3/aios`);
    // Her planned voortgangsgesprekken are meetings; Gerda, who records them, has the deadline instead.
    expect(feed.byUid.get('t1__voortgangsgesprek-m4@praktijkvolg')!.summary).toBe(
      'Voortgangsgesprek maand 4 (Anna de Vries)',
    );
    // Nobody else's name: only the trainee's, on her own work.
    expect(body).not.toMatch(/Pieter|Gerda/);

    // The function's own address and ?token= serve the same feed.
    const direct = await fetchFeed(`${functionUrl('calendarFeed')}?token=${secretOf(url)}`);
    expect([...events(direct.body).byUid.keys()].sort()).toEqual([...feed.byUid.keys()].sort());

    const gerda = await as('u-gerda');
    const gerdaFeed = events((await fetchFeed((await gerda.call('renewCalendarFeed', {})).url)).body);
    expect([...gerdaFeed.byUid.keys()].sort()).toEqual((await expectedUids('u-gerda')).sort());
    expect(gerdaFeed.byUid.get('t1__voortgangsgesprek-m4/groepsdocent@praktijkvolg')!.summary).toBe(
      'Voortgangsgesprek maand 4 – verslag groepsdocent (Anna de Vries)',
    );
  });

  it('changes when a due date changes: the same event on the new day, with a higher sequence', async () => {
    const c = await as('u-anna');
    const { url } = await c.call('renewCalendarFeed', {});
    const before = events((await fetchFeed(url)).body).byUid.get('t1__combel-m3/aios@praktijkvolg')!;

    // SEQUENCE counts whole seconds of the envelope's update time (domain calendarSequence): a later edit.
    await new Promise((r) => setTimeout(r, 1_100));
    // The secretariat moves the start date two weeks on; the schedule moves the open forms.
    const later = toIsoDate(new Date(Date.now() - 66 * DAY));
    await db.doc('trajecten/t1').update({ startDate: later });
    await syncTrajectForms(db, 't1', { ...anna, startDate: later }, new Date());
    const due = formEnvelopeSchema.parse((await db.doc('forms/t1__combel-m3').get()).data()).dueAt.toDate();

    const after = events((await fetchFeed(url)).body).byUid.get('t1__combel-m3/aios@praktijkvolg')!;
    expect(after.startDate.toString()).toBe(toIsoDate(due));
    expect(after.startDate.toString()).not.toBe(before.startDate.toString());
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it('an event disappears when its part is submitted, and only for that part', async () => {
    const annaClient = await as('u-anna');
    const pieterClient = await as('u-pieter');
    const annaUrl = (await annaClient.call('renewCalendarFeed', {})).url;
    const pieterUrl = (await pieterClient.call('renewCalendarFeed', {})).url;
    expect(events((await fetchFeed(annaUrl)).body).byUid.has('t1__combel-m3/aios@praktijkvolg')).toBe(true);

    await submitPart(db, 't1__combel-m3', 'aios', 'u-anna', new Date());

    const annaFeed = events((await fetchFeed(annaUrl)).body);
    expect(annaFeed.byUid.has('t1__combel-m3/aios@praktijkvolg')).toBe(false);
    expect([...annaFeed.byUid.keys()].sort()).toEqual((await expectedUids('u-anna')).sort());
    expect(events((await fetchFeed(pieterUrl)).body).byUid.has('t1__combel-m3/opleider@praktijkvolg')).toBe(
      true,
    );
  });

  it('a renewed or revoked URL answers 404, exactly like one that never existed', async () => {
    const c = await as('u-anna');
    const first = await c.call('renewCalendarFeed', {});
    const second = await c.call('renewCalendarFeed', {});
    expect(second.replaced).toBe(true);
    expect(secretOf(second.url)).not.toBe(secretOf(first.url));
    expect((await c.call('calendarFeedStatus', {})).active).toBe(true);

    const never = await fetchFeed(`${APP_URL}/agenda/${'Q'.repeat(43)}.ics`);
    const malformed = await fetchFeed(`${APP_URL}/agenda/nope.ics`);
    const renewed = await fetchFeed(first.url);
    expect((await fetchFeed(second.url)).res.status).toBe(200);
    for (const r of [renewed, malformed]) {
      expect(r.res.status).toBe(404);
      expect(r.body).toBe(never.body);
    }
    expect(never.res.status).toBe(404);

    expect(await c.call('revokeCalendarFeed', {})).toEqual({ ok: true, revoked: true });
    expect((await fetchFeed(second.url)).res.status).toBe(404);
    expect(await c.call('calendarFeedStatus', {})).toEqual({ active: false, createdAt: null });
    expect((await db.collection('calendarFeeds').get()).size).toBe(0);

    // Audited, with at most the hash prefix of a feed.
    const audit = (await db.collection('audit').where('target', '==', 'people/u-anna').get()).docs.map((d) =>
      d.data(),
    );
    expect(audit.map((a) => a.action).sort()).toEqual([
      'calendar.renewed',
      'calendar.renewed',
      'calendar.revoked',
    ]);
    const trail = JSON.stringify(audit);
    for (const url of [first.url, second.url]) expect(trail).not.toContain(secretOf(url));
    expect(trail).not.toMatch(/[0-9a-f]{64}/);
  });

  it('ends when the person leaves (people document removed), and goes with them', async () => {
    const c = await as('u-anna');
    const { url } = await c.call('renewCalendarFeed', {});
    expect((await fetchFeed(url)).res.status).toBe(200);
    await db.doc('people/u-anna').delete();
    expect((await fetchFeed(url)).res.status).toBe(404);
    // What removing a person does with their feeds (retention: until the person leaves).
    expect(await deleteCalendarFeedsOf(db, 'u-anna')).toBe(1);
    expect((await db.collection('calendarFeeds').get()).size).toBe(0);
  });

  it('a link session cannot make, see or stop a feed; nor can a caller who is not signed in', async () => {
    const linkRater = await as('ext_0123456789abcdef0123456789ab', {
      institute: INSTITUTE,
      linkPart: 't1__combel-m3/opleider',
    });
    // Even with the uid of a person: the link session is one part, not that person.
    const linkAsAnna = await as('u-anna', { linkPart: 't1__combel-m3/aios' });
    for (const session of [linkRater, linkAsAnna]) {
      for (const name of ['renewCalendarFeed', 'calendarFeedStatus', 'revokeCalendarFeed'] as const) {
        expect(await refusal(session.call(name, {}))).toMatchObject({
          code: 'permission-denied',
          message: expect.stringMatching(/^Een agenda-link hoort bij je eigen account/),
        });
      }
    }
    const anonymous = device();
    expect(await refusal(anonymous.call('renewCalendarFeed', {}))).toMatchObject({ code: 'unauthenticated' });
    expect((await db.collection('calendarFeeds').get()).size).toBe(0);
  });
});
