import { describe, expect, it } from 'vitest';
import { formAudience, mayReadPart } from './audience';
import {
  escalatesToSecretariaat,
  mayMaintainTeam,
  mayReadTeamOverview,
  mayShareLearnerReport,
  teamOverviewView,
} from './learnerReports';
import { STAFF_ROLES } from '../programmes';
import { leerpuntenFromLeerdoelen } from '../forms/observatieLed';

const traject = { roles: { deelnemer: ['d1'], leidinggevende: ['l1'] } };
const report = (sharedWith?: string[]) => ({
  formId: 'm1__learner-report-1',
  instituteId: 'roc',
  formType: 'learner_report' as const,
  status: 'completed' as const,
  parts: { deelnemer: { role: 'deelnemer' as const, raterUids: ['d1'], status: 'submitted' as const } },
  ...(sharedWith && { sharedWith }),
});

describe('a learner report is its teacher’s own (rule 10 of docs/rules.md)', () => {
  it('no staff role and not the leidinggevende read it; the envelope is not staff-visible', () => {
    const a = formAudience(report(), traject);
    expect(a).toEqual({ readerUids: ['d1'], staffVisible: false, staffRoles: [] });
    for (const role of STAFF_ROLES) {
      expect(
        mayReadPart({ uid: 's1', institute: 'roc', staffRoles: [role] }, report(), 'deelnemer', traject).ok,
      ).toBe(false);
    }
    expect(mayReadPart({ uid: 'l1', institute: 'roc' }, report(), 'deelnemer', traject).ok).toBe(false);
    expect(mayReadPart({ uid: 'd1', institute: 'roc' }, report(), 'deelnemer', traject).ok).toBe(true);
  });

  it('whom the teacher shared the one report with reads it, nobody else', () => {
    expect(formAudience(report(['c2']), traject).readerUids).toEqual(['c2', 'd1']);
    expect(mayReadPart({ uid: 'c2', institute: 'roc' }, report(['c2']), 'deelnemer', traject).ok).toBe(true);
    expect(mayReadPart({ uid: 'c2', institute: 'roc' }, report(), 'deelnemer', traject).ok).toBe(false);
  });

  it('is never escalated to the secretariat, also when an old envelope says staffVisible', () => {
    expect(escalatesToSecretariaat({ formType: 'learner_report', staffVisible: true })).toBe(false);
    expect(escalatesToSecretariaat({ formType: 'combel', staffVisible: true })).toBe(true);
    expect(escalatesToSecretariaat({ formType: 'leoh', staffVisible: false })).toBe(false);
  });
});

describe('sharing a learner report', () => {
  const form = {
    formType: 'learner_report' as const,
    instituteId: 'roc',
    parts: { deelnemer: { raterUids: ['d1'] } },
  };
  const colleague = { uid: 'c2', instituteId: 'roc' };
  it('only its teacher shares it, with a person of the institute, not with themselves', () => {
    expect(mayShareLearnerReport({ uid: 'd1', institute: 'roc' }, form, colleague, [], true).ok).toBe(true);
    expect(mayShareLearnerReport({ uid: 'l1', institute: 'roc' }, form, colleague, [], true).ok).toBe(false);
    expect(
      mayShareLearnerReport(
        { uid: 's1', institute: 'roc', staffRoles: ['secretariaat'] },
        form,
        colleague,
        [],
        true,
      ).ok,
    ).toBe(false);
    expect(
      mayShareLearnerReport(
        { uid: 'd1', institute: 'roc' },
        form,
        { uid: 'd1', instituteId: 'roc' },
        [],
        true,
      ).ok,
    ).toBe(false);
    expect(
      mayShareLearnerReport(
        { uid: 'd1', institute: 'roc' },
        form,
        { uid: 'x', instituteId: 'other' },
        [],
        true,
      ).ok,
    ).toBe(false);
    expect(
      mayShareLearnerReport({ uid: 'd1', institute: 'roc', linkPart: 'f/p' }, form, colleague, [], true).ok,
    ).toBe(false);
    expect(
      mayShareLearnerReport(
        { uid: 'd1', institute: 'roc' },
        { ...form, formType: 'combel' },
        colleague,
        [],
        true,
      ).ok,
    ).toBe(false);
  });
  it('with at most five people; stopping is always possible', () => {
    const five = ['a', 'b', 'c', 'e', 'f'];
    expect(mayShareLearnerReport({ uid: 'd1', institute: 'roc' }, form, colleague, five, true).ok).toBe(
      false,
    );
    expect(
      mayShareLearnerReport(
        { uid: 'd1', institute: 'roc' },
        form,
        { uid: 'a', instituteId: 'roc' },
        five,
        false,
      ).ok,
    ).toBe(true);
  });
});

describe('the team overview', () => {
  const team = { instituteId: 'roc', teacherUids: ['d1', 'd2', 'd3'], leidinggevendeUids: ['l1'] };
  it('is read by staff of the institute, the leidinggevende and the teachers; not by others', () => {
    expect(
      mayReadTeamOverview({ uid: 's1', institute: 'roc', staffRoles: ['hoofd_opleiding'] }, team).ok,
    ).toBe(true);
    expect(mayReadTeamOverview({ uid: 'l1', institute: 'roc' }, team).ok).toBe(true);
    expect(mayReadTeamOverview({ uid: 'd2', institute: 'roc' }, team).ok).toBe(true);
    expect(mayReadTeamOverview({ uid: 'x', institute: 'roc' }, team).ok).toBe(false);
    expect(
      mayReadTeamOverview({ uid: 's9', institute: 'other', staffRoles: ['secretariaat'] }, team).ok,
    ).toBe(false);
  });
  it('is maintained by the secretariat and the admin of the institute only', () => {
    expect(mayMaintainTeam({ uid: 's1', institute: 'roc', staffRoles: ['secretariaat'] }, team).ok).toBe(
      true,
    );
    expect(mayMaintainTeam({ uid: 'a1', institute: 'roc', staffRoles: ['admin'] }, team).ok).toBe(true);
    expect(mayMaintainTeam({ uid: 'h1', institute: 'roc', staffRoles: ['hoofd_opleiding'] }, team).ok).toBe(
      false,
    );
    expect(mayMaintainTeam({ uid: 'l1', institute: 'roc' }, team).ok).toBe(false);
  });
  it('shows counts only from 5 reports of 3 teachers on, and below that says nothing about how many are in', () => {
    const r = (authorUid: string) => ({ authorUid, answers: { activiteiten: [{ type: 'primair_proces' }] } });
    const small = teamOverviewView([r('d1'), r('d2'), r('d1'), r('d2'), r('d1')]);
    expect(small).toEqual({ shown: false, reason: expect.stringContaining('minstens 5') });
    expect(JSON.stringify(small)).not.toMatch(/"(reports|teachers|byType)"/);
    const enough = teamOverviewView([r('d1'), r('d2'), r('d3'), r('d1'), r('d2')]);
    expect(enough.shown && enough.overview.byType.primair_proces).toBe(5);
  });
});

describe('LED observation items', () => {
  it('are the docent’s own leerdoelen, in order, trimmed, at most six, empty ones left out', () => {
    const goals = [{ doel: ' Structuur geven ' }, { doel: '' }, { doel: 'Feedback op leervraag' }, {}];
    expect(leerpuntenFromLeerdoelen(goals)).toEqual([
      { leerpunt: 'Structuur geven' },
      { leerpunt: 'Feedback op leervraag' },
    ]);
    expect(leerpuntenFromLeerdoelen(Array.from({ length: 9 }, (_, i) => ({ doel: `d${i}` })))).toHaveLength(
      6,
    );
    expect(leerpuntenFromLeerdoelen(undefined)).toEqual([]);
  });
});
