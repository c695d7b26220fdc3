import { describe, expect, it } from 'vitest';
import { fieldsForPart, FORM_DEFINITIONS, type GroupField } from '@praktijkvolg/domain';
import { comparableGroups, compareGroup } from './compare';

const def = FORM_DEFINITIONS.combel;
const group = def.fields.find((f) => f.key === 'competenties') as GroupField;

describe('ComBel side by side', () => {
  it('compares the competency group that all three parts fill', () => {
    const groups = comparableGroups(def.parts.map((p) => fieldsForPart(def, p.partId)));
    expect(groups.map((g) => g.key)).toEqual(['competenties']);
  });

  it('marks an area where the levels differ, not where one rater did not see it', () => {
    const rows = compareGroup(group, [
      {
        partId: 'aios',
        label: 'Aios',
        answers: {
          competenties: {
            communicatie: { niveau: 'op_verwachting' },
            organisatie: { niveau: 'op_verwachting' },
          },
        },
      },
      {
        partId: 'opleider',
        label: 'Opleider',
        answers: {
          competenties: {
            communicatie: { niveau: 'boven_verwachting', onderbouwing: 'Sluit goed aan' },
            organisatie: { niveau: 'niet_gezien' },
          },
        },
      },
      {
        partId: 'groepsdocent',
        label: 'Docent',
        answers: {
          competenties: {
            communicatie: { niveau: 'op_verwachting' },
            organisatie: { niveau: 'op_verwachting' },
          },
        },
      },
    ]);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.communicatie!.disagree).toBe(true);
    expect(byKey.communicatie!.cells[1]).toEqual({ rating: 'boven_verwachting', texts: ['Sluit goed aan'] });
    expect(byKey.organisatie!.disagree).toBe(false);
    expect(byKey.medisch_handelen!.disagree).toBe(false);
    expect(rows).toHaveLength(7);
  });
});
