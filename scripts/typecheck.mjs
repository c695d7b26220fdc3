// Type-checks every workspace (no emit: Vite, esbuild and tsx compile; tsc only checks).
import { spawnSync } from 'node:child_process';

const projects = ['domain', 'functions', 'web', 'tests', 'scripts'];
let ok = true;
for (const project of projects) {
  const res = spawnSync('npx', ['tsc', '-p', project, '--noEmit'], { stdio: 'inherit' });
  if (res.status !== 0) {
    console.error(`✖ types: ${project}`);
    ok = false;
  }
}
process.exit(ok ? 0 : 1);
