#!/usr/bin/env node
// `npm test`: every check, in order of cost, stopping at the first failure.
//   types -> lint -> formatting -> generated docs up to date -> unit tests -> build -> emulator suites (rules,
//   functions, browser; the rules suites alongside, see scripts/emulator-suites.mjs) on the test stack
//   (firebase.test.json: its own ports, so `npm start` may keep running).
// Ends with one plain line "N passed, N failed" summed over every vitest run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, ensureChromium } from './system.mjs';
import { ROOT } from './emulators.mjs';

const started = Date.now();
const reports = [];
let passed = 0;
let failed = 0;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const t0 = Date.now();
  const res = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = res.status === 0;
  console.log(`${ok ? '✔' : '✖'} ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

function reportFile(name) {
  const file = join(ROOT, '.cache', `vitest-${name}.json`);
  rmSync(file, { force: true });
  reports.push(file);
  return file;
}

function vitestReport(name) {
  return ['--reporter=default', '--reporter=json', `--outputFile.json=${reportFile(name)}`];
}

function tally() {
  for (const file of reports) {
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
}

function finish(ok) {
  tally();
  if (!ok && failed === 0) failed = 1; // a failing non-vitest step (types, lint, build) counts as a failure
  console.log(
    `\n${ok ? 'All checks passed' : 'Checks FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}

ensureInstalled();
const chromium = ensureChromium();
const npx = 'npx';
const steps = [
  () => run('types', 'node', ['scripts/typecheck.mjs']),
  () => run('lint', npx, ['eslint', '.', '--max-warnings=0']),
  () => run('formatting', npx, ['prettier', '--check', '.', '--log-level', 'warn']),
  () => run('generated docs are current', npx, ['tsx', 'scripts/generate-docs.ts', '--check']),
  () => run('unit tests', npx, ['vitest', 'run', ...vitestReport('unit')]),
  () => run('build functions', 'npm', ['run', 'build', '-w', 'functions']),
  () => run('build web (test stack)', 'npm', ['run', 'build', '-w', 'web'], { VITE_STACK: 'test' }),
  () =>
    run(
      'emulator suites: smoke, rules, functions, browser',
      'node',
      [
        'scripts/emulators.mjs',
        '--test',
        'exec',
        `node scripts/emulator-suites.mjs ${reportFile('rules')} ${reportFile('isolated')} ${reportFile('emulators')}`,
      ],
      { CHROMIUM_PATH: chromium ?? '' },
    ),
];
for (const step of steps) {
  if (!step()) finish(false);
}
finish(true);
