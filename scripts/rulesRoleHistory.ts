// Part of the `programmes` block of firestore.rules (scripts/generate-rules.ts): the role history checks.
import { FORMER_ROLE_BARS, MAX_ROLE_HISTORY, PROGRAMME_IDS, PROGRAMMES } from '@praktijkvolg/domain';
import { ident, list, q } from './rulesAnswers.js';

/**
 * Rule 8 (docs/rules.md, "Role history"): the history checks, from PROGRAMMES, MAX_ROLE_HISTORY and
 * FORMER_ROLE_BARS (the hard conflicts read from their first role). Per programme, with only its roles.
 * Budget: a PDG traject write already spends most of the ~1000 expressions a request may evaluate. Keeping the
 * full history of all six PDG roles in the rules left about 100 of them (measured on the emulator); so the rules
 * keep in full the history of the roles that bar others (werkplekbegeleider) and only bound the rest, which the
 * server keeps complete (trajectWritten repairs it from the stored history). No security check reads it.
 */
export function renderRoleHistoryLines(): string[] {
  const fns = PROGRAMME_IDS.map((id) => {
    const roles: string[] = PROGRAMMES[id].roles.map((r) => r.role);
    const byFormer = new Map<string, string[]>();
    for (const b of FORMER_ROLE_BARS) {
      if (roles.includes(b.former) && roles.includes(b.barred))
        byFormer.set(b.former, [...(byFormer.get(b.former) ?? []), b.barred]);
    }
    const concat = (m: string, rs: readonly string[]) =>
      rs.map((r, i) => `${i === 0 ? '' : '.concat('}${m}.get(${q(r)}, [])${i === 0 ? '' : ')'}`).join('');
    const bars = [...byFormer].map(
      ([former, barred]) =>
        `    && ${concat('h', [former])}.concat(rb.get(${q(former)}, [])).toSet().intersection(${concat('ra', barred)}.toSet()).size() == 0`,
    );
    return [
      `function ${ident('roleHistoryValid', id)}(h, hb, rb, ra) {`,
      `  return h.keys().hasOnly(${list(roles)})`,
      ...roles.map((r) =>
        byFormer.has(r)
          ? `    && roleHistoryKept(h, hb, rb, ra, ${q(r)})`
          : `    && h.get(${q(r)}, []).size() <= ${MAX_ROLE_HISTORY}`,
      ),
      ...bars,
      `    ;`,
      `}`,
    ]
      .join('\n')
      .replace(/\n {4};/, ';');
  });
  const formers = [...new Set(FORMER_ROLE_BARS.map((b) => b.former))];
  const bars = formers
    .map(
      (f) =>
        `once ${f}, never ${FORMER_ROLE_BARS.filter((b) => b.former === f)
          .map((b) => b.barred)
          .join(' / ')}`,
    )
    .join('; ');
  return [
    `// Rule 8 (docs/rules.md, "Role history"): nobody holds a role barred by one they ever held on the traject`,
    `// (${bars}),`,
    `// checked against roleHistory and the roles before the write, so a swap in one write or a former holder`,
    `// assigned later is refused. The history of a barring role (${formers.join(', ')})`,
    `// keeps all of the history before (hb) plus every holder before (rb) and after (ra) the write; every role's`,
    `// history holds at most ${MAX_ROLE_HISTORY} uids; the server keeps the other roles' history complete. \`before\` is {} on create.`,
    `function roleHistoryValid(before, after) {`,
    `  let h = after.get('roleHistory', null);`,
    `  let hb = before.get('roleHistory', {});`,
    `  let rb = before.get('roles', {});`,
    `  return h is map && (`,
    `    ${PROGRAMME_IDS.map((id) => `(after.programme == ${q(id)} && ${ident('roleHistoryValid', id)}(h, hb, rb, after.roles))`).join('\n    || ')});`,
    `}`,
    `function roleHistoryKept(h, hb, rb, ra, r) {`,
    `  let kept = h.get(r, []);`,
    `  return kept.size() <= ${MAX_ROLE_HISTORY} && kept.hasAll(hb.get(r, []).concat(rb.get(r, [])).concat(ra.get(r, [])));`,
    `}`,
    '',
    ...fns.flatMap((f) => [f, '']),
  ].slice(0, -1);
}
