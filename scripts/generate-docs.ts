// Regenerates every generated page under docs/ and the generated blocks of firestore.rules (or, with --check, fails when one is out of date), so docs
// that are derived from code cannot drift from it. Each generator is a script of its own.
import { spawnSync } from 'node:child_process';

const generators = [
  'scripts/generate-domain-docs.ts',
  'scripts/generate-access-matrix.ts',
  'scripts/generate-rules.ts',
];
const flags = process.argv.slice(2);
let ok = true;
for (const script of generators) {
  const res = spawnSync('npx', ['tsx', script, ...flags], { stdio: 'inherit' });
  ok &&= res.status === 0;
}
process.exit(ok ? 0 : 1);
