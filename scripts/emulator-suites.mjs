#!/usr/bin/env node
// The emulator suites of `npm test`, run inside `emulators:exec` on the test stack as three vitest processes at once:
//   - the rules suites (tests/rules): rules-unit-testing on their own project id, no triggers, no browser;
//   - the isolated suites (those that call isolateProject(), tests/support/stack.ts): the functions' code called
//     in-process on a project per worker, where no trigger fires, files side by side;
//   - the stack suites (smoke, callables, links, browser, ...): one shared project with the functions' triggers,
//     files one after another.
// The three share nothing but the emulator processes, so they may overlap; the stack suites mostly wait on
// triggers and the browser, which leaves room for the others' CPU. The output of the first two is buffered and
// printed after, so the log stays readable. Each run also writes where its time went per file
// (.cache/suite-timing-<group>.json, tests/support/timingReporter.ts).
// Usage: node scripts/emulator-suites.mjs <rules-report.json> <isolated-report.json> <stack-report.json>
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './emulators.mjs';

const [rulesReport, isolatedReport, stackReport] = process.argv.slice(2);
if (!rulesReport || !isolatedReport || !stackReport) {
  console.error('usage: emulator-suites.mjs <rules-report.json> <isolated-report.json> <stack-report.json>');
  process.exit(2);
}

/** Test files outside tests/rules that call isolateProject(): they declare themselves, nothing lists them. */
function isolatedFiles(dir = join(ROOT, 'tests')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'rules' ? [] : isolatedFiles(path);
    return entry.name.endsWith('.test.ts') && /^isolateProject\(\);$/m.test(readFileSync(path, 'utf8'))
      ? [relative(ROOT, path)]
      : [];
  });
}

function run(group, report, args, { buffer }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      'npx',
      [
        'vitest',
        'run',
        '--config',
        'tests/vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        '--reporter=./tests/support/timingReporter.ts',
        `--outputFile.json=${report}`,
        ...args,
      ],
      {
        cwd: ROOT,
        stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit',
        env: {
          ...process.env,
          SUITE_TIMING_NAME: group,
          ...(group === 'stack' ? {} : { SUITE_GROUP: group }),
        },
      },
    );
    const chunks = [];
    if (buffer) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      if (buffer)
        console.log(`\n(${group} suites finished after ${seconds} s, output follows the stack suites)`);
      resolve({ group, code: code ?? 1, output: Buffer.concat(chunks).toString() });
    });
  });
}

const isolated = isolatedFiles();
const others = [
  run('rules', rulesReport, ['tests/rules'], { buffer: true }),
  isolated.length
    ? run('isolated', isolatedReport, isolated, { buffer: true })
    : Promise.resolve({ group: 'isolated', code: 0, output: 'no isolated suites\n' }),
];
const stack = await run(
  'stack',
  stackReport,
  ['--exclude', 'tests/rules/**', ...isolated.flatMap((file) => ['--exclude', file])],
  { buffer: false },
);
let ok = stack.code === 0;
for (const other of await Promise.all(others)) {
  console.log(`\n── ${other.group} suites ──`);
  process.stdout.write(other.output);
  ok &&= other.code === 0;
}
process.exit(ok ? 0 : 1);
