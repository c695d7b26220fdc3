// The "Progress counted" section of docs/domain.md (scripts/generate-domain-docs.ts): the KPB/KVB pace and the
// duties counted, with example labels computed by the domain's own functions (kpbPace, dienstenVoortgang).
import {
  DIENSTEN_PER_JAAR,
  dienstenVoortgang,
  KPB_DUE_DAYS,
  KPB_MAX_OPEN,
  KPB_STARTS_PER_DAY,
  KPB_TARGET_PER_YEAR,
  KPB_TOLERANCE,
  kpbPace,
  OP_AFSTAND,
} from '@praktijkvolg/domain';

const code = (s: string) => `\`${s}\``;

export function progressSection(exampleStart: string): string {
  const t = { startDate: exampleStart };
  const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const paceRows = [
    ['2025-12-01', 12],
    ['2026-03-01', 12],
    ['2026-03-01', 19],
    ['2026-03-01', 25],
  ] as const;
  const report = (aantal: number, opAfstand: number | undefined, verklaring: boolean) => ({
    submittedAt: at('2026-03-01'),
    answers: { aantalDiensten: aantal, aantalOpAfstand: opAfstand, bekwaamheidsverklaring: verklaring },
  });
  const dutyRows: [string, ReturnType<typeof dienstenVoortgang>][] = [
    ['jaar 1, no report yet', dienstenVoortgang('huisarts_jaar1', [])],
    ['jaar 1, report says 14', dienstenVoortgang('huisarts_jaar1', [report(14, undefined, false)])],
    [
      'jaar 3, 22 duties, declared competent, 3 at a distance',
      dienstenVoortgang('huisarts_jaar3', [report(22, 3, true)]),
    ],
    [
      'jaar 3, 24 duties, declared competent, 6 at a distance',
      dienstenVoortgang('huisarts_jaar3', [report(24, 6, true)]),
    ],
  ];
  return [
    '## Progress counted',
    '',
    '### KPB/KVB pace',
    '',
    `About ${KPB_TARGET_PER_YEAR} KPB/KVB a year (seed 002: one a week), a pace rather than deadlines: ${code('kpbPace')} compares ` +
      `the completed KPBs (both parts in) with an even pace over the training year (stretched for part-time, lengthened by pauses); ` +
      `within ${KPB_TOLERANCE} of the expected count is "op schema". The aios starts a KPB with ${code('startKpb')} ` +
      `(${code('mayStartKpb')}): at most ${KPB_MAX_OPEN} open at once and ${KPB_STARTS_PER_DAY} started a day; it is due ${KPB_DUE_DAYS} days later ` +
      'and never closes. Shown to the aios, opleider and groepsdocent (home) and the staff (traject page); falling behind is a line in the weekly digest.',
    '',
    '| as of | completed | label |',
    '| --- | --- | --- |',
    ...paceRows.map(([d, n]) => `| ${d} | ${n} | ${kpbPace(t, n, at(d)).label} |`),
    '',
    '### Duties counted',
    '',
    `The opleider's voortgangsrapportage diensten carries ${code('aantalDiensten')} (a whole number) and, in year 3, ` +
      `${code('aantalOpAfstand')}; ${code('dienstenVoortgang')} takes the latest submitted report against at least ${DIENSTEN_PER_JAAR} a year ` +
      `and, in year 3 after a bekwaamheidsverklaring, ${OP_AFSTAND.min}–${OP_AFSTAND.max} duties supervised at a distance. ` +
      'Shown on the traject page, the home of its members and in the dossier.',
    '',
    '| reports | duties | at a distance |',
    '| --- | --- | --- |',
    ...dutyRows.map(([what, v]) => `| ${what} | ${v!.label} | ${v!.opAfstand?.label ?? '–'} |`),
    '',
  ].join('\n');
}
