#!/usr/bin/env node
// `npm test`: every check, in order of cost, stopping at the first failed stage.
//   [types | lint] -> [formatting | generated docs up to date | build functions] -> unit tests -> build web ->
//   emulator suites (rules, isolated and stack suites side by side, see scripts/emulator-suites.mjs) on the test
//   stack (firebase.test.json: its own ports, so `npm start` may keep running).
// Checks in one stage run at once (each is single-threaded; CI has two cores), their output printed whole, one
// after the other.
// Ends with one plain line "N passed, N failed" summed over every vitest run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, ensureChromium } from './system.mjs';
import { ROOT } from './emulators.mjs';

const started = Date.now();
const reports = [];
let passed = 0;
let failed = 0;

/** Runs a check; `buffer` keeps its output until it ends, so checks run at once do not interleave. */
function run(title, command, args, env = {}, { buffer = false } = {}) {
  if (!buffer) console.log(`\n▶ ${title}`);
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('close', (code) => {
      const ok = code === 0;
      if (buffer) {
        console.log(`\n▶ ${title}`);
        process.stdout.write(Buffer.concat(chunks).toString());
      }
      console.log(`${ok ? '✔' : '✖'} ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      resolve(ok);
    });
  });
}

/** Runs the checks of one stage at once; true when all passed. */
async function stage(...checks) {
  const results = await Promise.all(
    checks.map(([title, command, args, env = {}]) =>
      run(title, command, args, env, { buffer: checks.length > 1 }),
    ),
  );
  return results.every(Boolean);
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

/** The first line of a failure, short enough for the summary. */
const firstLine = (text = '') =>
  text
    .split('\n')
    .find((line) => line.trim())
    ?.trim()
    .slice(0, 300) ?? '';

/** Each failed test (or file that failed outside a test), so the end of a long CI log names it. */
function failures(report) {
  return report.testResults.flatMap((file) => {
    const name = file.name.replace(`${ROOT}/`, '');
    const tests = file.assertionResults
      .filter((t) => t.status === 'failed')
      .map((t) => `  ✖ ${name} > ${t.fullName}\n      ${firstLine(t.failureMessages?.[0])}`);
    if (tests.length || file.status !== 'failed') return tests;
    return [`  ✖ ${name} (outside a test)\n      ${firstLine(file.message)}`];
  });
}

function tally() {
  const named = [];
  for (const file of reports) {
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    named.push(...failures(r));
  }
  if (named.length) console.log(`\nWhat failed:\n${named.join('\n')}`);
  return named.length;
}

function finish(ok) {
  const named = tally();
  if (!ok && named === 0)
    console.log(
      '\nNo test failed: a step failed outside the tests (see its ✖ line above), or vitest reported an unhandled error.',
    );
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
const stages = [
  () =>
    stage(['types', 'node', ['scripts/typecheck.mjs']], ['lint', npx, ['eslint', '.', '--max-warnings=0']]),
  () =>
    stage(
      ['formatting', npx, ['prettier', '--check', '.', '--log-level', 'warn']],
      ['generated docs are current', npx, ['tsx', 'scripts/generate-docs.ts', '--check']],
      ['build functions', 'npm', ['run', 'build', '-w', 'functions']],
    ),
  () => stage(['unit tests', npx, ['vitest', 'run', ...vitestReport('unit')]]),
  () => stage(['build web (test stack)', 'npm', ['run', 'build', '-w', 'web'], { VITE_STACK: 'test' }]),
  () =>
    stage([
      'emulator suites: rules, isolated, stack (smoke, callables, links, browser)',
      'node',
      [
        'scripts/emulators.mjs',
        '--test',
        'exec',
        `node scripts/emulator-suites.mjs ${reportFile('rules')} ${reportFile('isolated')} ${reportFile('emulators')}`,
      ],
      { CHROMIUM_PATH: chromium ?? '' },
    ]),
];
for (const next of stages) {
  if (!(await next())) finish(false);
}
finish(true);
