#!/usr/bin/env node
// The emulator suites of `npm test`, run inside `emulators:exec` on the test stack as two vitest processes at once:
//   - the rules suites (tests/rules): rules-unit-testing on their own project id, no triggers, no browser;
//   - everything else (smoke, functions, links, browser, ...): one shared project, files one after another.
// The two share nothing but the emulator process, so they may overlap; the stack suites mostly wait on triggers
// and the browser, which leaves room for the rules suites' CPU. The rules output is buffered and printed after,
// so the log stays readable. Usage: node scripts/emulator-suites.mjs <rules-report.json> <stack-report.json>
import { spawn } from 'node:child_process';

const [rulesReport, stackReport] = process.argv.slice(2);
if (!rulesReport || !stackReport) {
  console.error('usage: emulator-suites.mjs <rules-report.json> <stack-report.json>');
  process.exit(2);
}

const base = ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json'];

function run(args, { buffer, env = {} }) {
  return new Promise((resolve) => {
    const child = spawn('npx', [...base, ...args], {
      stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    const chunks = [];
    if (buffer) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

const t0 = Date.now();
const rules = run([`--outputFile.json=${rulesReport}`, 'tests/rules'], {
  buffer: true,
  env: { RULES_ONLY: '1' },
}).then((r) => {
  console.log(
    `\n(rules suites finished after ${((Date.now() - t0) / 1000).toFixed(0)} s, output follows the other suites)`,
  );
  return r;
});
const stack = await run([`--outputFile.json=${stackReport}`, '--exclude', 'tests/rules/**'], {
  buffer: false,
});
const rulesResult = await rules;
console.log('\n── rules suites ──');
process.stdout.write(rulesResult.output);
process.exit(stack.code === 0 && rulesResult.code === 0 ? 0 : 1);
