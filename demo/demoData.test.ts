// The demo world of `npm start` (demoData.ts) as the seed writes it: every traject passes the domain's contract
// (through the builder the test worlds use) and its role rules, and every member is a demo person of the
// traject's institute, so `npm start` never seeds a world the app itself would refuse.
import { lateFormsSchema, pastForms, validateRoleAssignment } from '@praktijkvolg/domain';
import { describe, expect, it } from 'vitest';
import { trajectDoc } from '../tests/support/builders.js';
import { DEMO_INSTITUTES, DEMO_PEOPLE, DEMO_TRAJECTEN, demoLateForms } from './demoData.js';

const person = new Map(DEMO_PEOPLE.map((p) => [p.uid, p]));

describe('the demo world', () => {
  it('has one account per uid and per e-mail address, each in a demo institute', () => {
    expect(new Set(DEMO_PEOPLE.map((p) => p.uid)).size).toBe(DEMO_PEOPLE.length);
    expect(new Set(DEMO_PEOPLE.map((p) => p.email.toLowerCase())).size).toBe(DEMO_PEOPLE.length);
    const institutes = new Set(DEMO_INSTITUTES.map((i) => i.id));
    expect(DEMO_PEOPLE.filter((p) => !institutes.has(p.instituteId))).toEqual([]);
  });

  it.each(DEMO_TRAJECTEN.map((t) => [t.id, t] as const))(
    'traject %s is one the app would write',
    (_id, t) => {
      const traject = trajectDoc({
        instituteId: t.instituteId,
        programme: t.programme,
        traineeName: t.traineeName,
        workplace: t.workplace,
        startDate: '2026-09-01',
        partTimeFactor: t.partTimeFactor,
        roles: t.roles,
        nameOf: (uid) => person.get(uid)?.displayName ?? uid,
      });
      const strangers = traject.members.filter((uid) => person.get(uid)?.instituteId !== t.instituteId);
      expect(strangers).toEqual([]);
      const check = validateRoleAssignment(t.programme, t.roles, traject.names);
      expect(check.ok ? [] : check.violations).toEqual([]);
    },
  );

  it('has a late registration whose choices cover exactly its past forms (nothing lapses silently)', () => {
    const late = DEMO_TRAJECTEN.filter((t) => t.lateForms);
    expect(late.length).toBeGreaterThan(0);
    const today = new Date();
    for (const t of late) {
      const start = new Date(today.getTime() - t.startedDaysAgo * 86_400_000).toISOString().slice(0, 10);
      const choices = lateFormsSchema.parse(demoLateForms(t.lateForms!, today));
      const past = pastForms(
        { trajectId: t.id, programme: t.programme, startDate: start, roles: t.roles },
        today,
      );
      expect(Object.keys(choices).sort()).toEqual(past.map((f) => f.occurrenceKey).sort());
      expect(Object.values(choices).some((c) => c.decision === 'nvt')).toBe(true);
    }
  });
});
