#!/usr/bin/env node
// `npm start`: the whole system locally. Installs what is missing, builds the functions, then runs the
// dev session (mail inbox, demo data, web app) inside the emulators until Ctrl-C.
// The emulators' and functions' own output goes to .cache/npm-start.log, so the terminal shows only the
// URLs and demo accounts, once everything is ready (the dev session writes them to a file this script
// prints), and again whenever Enter is pressed.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureInstalled } from './system.mjs';

ensureInstalled();
const { ROOT, runFirebase, STACKS } = await import('./emulators.mjs');
execSync('node functions/build.mjs', { cwd: ROOT, stdio: 'inherit' });

mkdirSync(join(ROOT, '.cache'), { recursive: true });
const logPath = join(ROOT, '.cache', 'npm-start.log');
const bannerPath = join(ROOT, '.cache', 'npm-start-banner.txt');
rmSync(bannerPath, { force: true });
const log = openSync(logPath, 'w');
const logName = relative(ROOT, logPath);
console.log(`Emulators en demo-gegevens starten (logboek: ${logName}) ...`);

let stopping = false;
process.on('SIGINT', () => (stopping = true));
const input = process.stdin.isTTY ? createInterface({ input: process.stdin }) : null;
let banner = null;
const printBanner = () =>
  banner &&
  console.log(
    `${banner}\n Logboek van emulators en functies: ${logName}${input ? '\n Enter: dit overzicht opnieuw tonen.' : ''}\n`,
  );
const waitForBanner = setInterval(() => {
  if (!existsSync(bannerPath)) return;
  banner = readFileSync(bannerPath, 'utf8');
  clearInterval(waitForBanner);
  printBanner();
}, 300);

input?.on('line', printBanner);

const code = await runFirebase(
  STACKS.dev,
  ['emulators:exec', '--only', 'auth,firestore,functions', 'npx tsx scripts/dev-session.ts'],
  { stdio: ['ignore', log, log], env: { ...process.env, PRAKTIJKVOLG_BANNER_FILE: bannerPath } },
);
clearInterval(waitForBanner);
input?.close();
if (code !== 0 && !stopping) {
  // Whatever stopped it is in the log: show its end rather than making the user look for it.
  const tail = readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
  console.error(`\nnpm start stopte (code ${code}). Laatste regels van ${logName}:\n${tail}`);
}
process.exit(code);
