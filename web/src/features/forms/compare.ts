// Side-by-side comparison of the parts of a sealed form once it is revealed (ComBel: aios, opleider,
// docent per competency area). A row is a disagreement when the raters chose different levels (answers
// such as "niet gezien" do not count as a level).
import type { FieldDef, GroupField } from '@praktijkvolg/domain';

export interface ComparedPart {
  partId: string;
  label: string;
  answers: Record<string, unknown>;
}

export interface ComparisonRow {
  key: string;
  label: string;
  /** Per part (same order as the parts): the rating value and the text fields. */
  cells: { rating: string | undefined; texts: string[] }[];
  disagree: boolean;
}

const NOT_A_LEVEL = new Set(['niet_gezien', 'niet_van_toepassing']);

/** The first scale sub-field of a group is the rating the raters compare. */
export function ratingField(group: GroupField) {
  return group.fields.find((f) => f.kind === 'scale');
}

export function compareGroup(group: GroupField, parts: readonly ComparedPart[]): ComparisonRow[] {
  const rating = ratingField(group);
  return group.items.map((item) => {
    const cells = parts.map((p) => {
      const g = p.answers[group.key];
      const entry =
        g && typeof g === 'object'
          ? ((g as Record<string, unknown>)[item.key] as Record<string, unknown> | undefined)
          : undefined;
      const r = rating && entry ? entry[rating.key] : undefined;
      const texts = group.fields
        .filter((f) => f !== rating && (f.kind === 'text' || f.kind === 'longtext'))
        .map((f) => (entry ? entry[f.key] : undefined))
        .filter((t): t is string => typeof t === 'string' && t.trim() !== '');
      return { rating: typeof r === 'string' ? r : undefined, texts };
    });
    const levels = new Set(
      cells.map((c) => c.rating).filter((r): r is string => r !== undefined && !NOT_A_LEVEL.has(r)),
    );
    return { key: item.key, label: item.label, cells, disagree: levels.size > 1 };
  });
}

/** Group fields that at least two of the parts fill: those are compared row by row. */
export function comparableGroups(fieldsByPart: readonly (readonly FieldDef[])[]): GroupField[] {
  const counts = new Map<string, { field: GroupField; n: number }>();
  for (const fields of fieldsByPart) {
    for (const f of fields) {
      if (f.kind !== 'group') continue;
      const c = counts.get(f.key) ?? { field: f, n: 0 };
      c.n += 1;
      counts.set(f.key, c);
    }
  }
  return [...counts.values()].filter((c) => c.n >= 2).map((c) => c.field);
}
