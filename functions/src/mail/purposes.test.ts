// Every mail the functions queue has a purpose in the domain table (policies/mailPurposes.ts), so its footer says
// why the person gets it and whether it can be switched off (docs/rules.md, "Mails people trust"). A new purpose
// without a row fails here instead of going out with the general reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAIL_PURPOSE_IDS } from '@praktijkvolg/domain';
import { describe, expect, it } from 'vitest';
import { SIGN_IN_PURPOSE } from '../links/signIn.js';

const SRC = join(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );

describe('mail purposes', () => {
  it('every purpose written in functions/src is in MAIL_PURPOSES', () => {
    const used = new Set<string>([SIGN_IN_PURPOSE]);
    for (const file of sources(SRC))
      for (const m of readFileSync(file, 'utf8').matchAll(/purpose: '([^']+)'/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(8);
    expect([...used].filter((p) => !(MAIL_PURPOSE_IDS as string[]).includes(p))).toEqual([]);
  });
});
