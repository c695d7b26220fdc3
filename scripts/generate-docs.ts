// Regenerates every generated page under docs/ (or, with --check, fails when one is out of date), so docs
// that are derived from code cannot drift from it. Each generator is a script of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const generators = ['scripts/generate-domain-docs.ts', 'scripts/generate-access-matrix.ts'];
const flags = process.argv.slice(2);
let ok = true;
for (const script of generators) {
  if (!existsSync(script)) continue;
  const res = spawnSync('npx', ['tsx', script, ...flags], { stdio: 'inherit' });
  ok &&= res.status === 0;
}
process.exit(ok ? 0 : 1);
