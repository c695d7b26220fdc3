import { describe, expect, it } from 'vitest';
import { teamActivityOverview } from './learnerReport';

const report = (authorUid: string, ...types: string[]) => ({
  authorUid,
  answers: { activiteiten: types.map((type) => ({ type })) },
});

describe('team overview of learner reports', () => {
  it('counts activity types and categories over the team, most frequent first', () => {
    const o = teamActivityOverview([
      report('d1', 'primair_proces', 'interactie_samenwerken', 'conferentie'),
      report('d2', 'primair_proces', 'primair_proces'),
      report('d3', 'interactie_samenwerken', 'bestaat_niet'),
      report('d1', 'cursus_graad'),
      report('d2'),
    ]);
    expect(o.reports).toBe(5);
    expect(o.teachers).toBe(3);
    expect(o.activities).toBe(7); // the unknown type is skipped
    expect(o.byType.primair_proces).toBe(3);
    expect(o.byCategory).toEqual({ informeel: 5, formeel: 2 });
    expect(o.ranked.slice(0, 4).map((r) => [r.type, r.count])).toEqual([
      ['primair_proces', 3],
      ['interactie_samenwerken', 2],
      ['cursus_graad', 1],
      ['conferentie', 1],
    ]);
    expect(o.ranked).toHaveLength(11);
    expect(o.ranked[0]!.share).toBeCloseTo(3 / 7);
    expect(o.sufficient).toBe(true);
  });

  it('is not shown for fewer than three teachers, nor for fewer than five reports', () => {
    const o = teamActivityOverview([report('d1', 'primair_proces'), report('d2', 'conferentie')]);
    expect(o.sufficient).toBe(false);
    const twoTeachers = ['d1', 'd2', 'd1', 'd2', 'd1', 'd2'].map((d) => report(d, 'conferentie'));
    expect(teamActivityOverview(twoTeachers).sufficient).toBe(false);
    const fourReports = ['d1', 'd2', 'd3', 'd1'].map((d) => report(d, 'conferentie'));
    expect(teamActivityOverview(fourReports).sufficient).toBe(false);
    expect(teamActivityOverview([...fourReports, report('d3')]).sufficient).toBe(true);
    expect(teamActivityOverview([]).ranked.every((r) => r.count === 0 && r.share === 0)).toBe(true);
  });
});
