import { describe, expect, it } from 'vitest';
import { membersOf, trajectSchema, type Traject } from './traject';

const valid: Traject = {
  instituteId: 'lumc-huisarts',
  programme: 'huisarts_jaar1',
  traineeName: 'Sanne Visser',
  workplace: 'Huisartsenpraktijk De Linde, Leiden',
  startDate: '2025-09-01',
  partTimeFactor: 0.8,
  pauses: [{ from: '2026-01-05', to: '2026-02-15', reason: 'Ziekte' }],
  roles: { aios: ['a1'], opleider: ['o1', 'o2'], groepsdocent: ['g1', 'g2'] },
  members: ['a1', 'g1', 'g2', 'o1', 'o2'],
  names: { a1: 'Sanne Visser', o1: 'Dr. Jansen' },
  status: 'actief',
};

describe('traject schema (docs/data-model.md)', () => {
  it('accepts a complete traject', () => {
    expect(trajectSchema.safeParse(valid).success).toBe(true);
    expect(membersOf(valid.roles)).toEqual(['a1', 'g1', 'g2', 'o1', 'o2']);
  });

  it('refuses members that are not exactly the role holders', () => {
    const r = trajectSchema.safeParse({ ...valid, members: ['a1', 'o1'] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('De lijst met leden moet precies alle rolhouders bevatten');
    expect(trajectSchema.safeParse({ ...valid, members: [...valid.members, 'x'] }).success).toBe(false);
  });

  it('refuses bad dates, part-time out of range, a pause ending before it starts, unknown roles and keys', () => {
    expect(trajectSchema.safeParse({ ...valid, startDate: '2025-02-29' }).success).toBe(false);
    expect(trajectSchema.safeParse({ ...valid, partTimeFactor: 0.4 }).success).toBe(false);
    expect(trajectSchema.safeParse({ ...valid, partTimeFactor: 1.2 }).success).toBe(false);
    expect(
      trajectSchema.safeParse({ ...valid, pauses: [{ from: '2026-02-15', to: '2026-01-05', reason: '' }] })
        .success,
    ).toBe(false);
    expect(trajectSchema.safeParse({ ...valid, roles: { ...valid.roles, baas: ['x'] } }).success).toBe(false);
    expect(trajectSchema.safeParse({ ...valid, programme: 'huisarts_jaar2' }).success).toBe(false);
    expect(trajectSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(trajectSchema.safeParse({ ...valid, status: 'klaar' }).success).toBe(false);
  });
});
