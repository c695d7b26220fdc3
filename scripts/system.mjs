// What `npm start` and `npm test` need from the machine, installed when missing so both commands work on a
// fresh clone: the npm packages, Java for the Firestore emulator, and Debian's Chromium for browser tests.
// Uses only Node built-ins: it runs before `npm ci`.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

function aptInstall(pkgs, why) {
  if (!has('apt-get')) throw new Error(`${why}: install ${pkgs.join(' ')} with your package manager`);
  const sudo = isRoot() ? '' : 'sudo ';
  console.log(`Installing ${pkgs.join(' ')} (${why}) ...`);
  if (!aptUpdated) execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit' });
  aptUpdated = true;
  execSync(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs.join(' ')}`, {
    stdio: 'inherit',
  });
}

export function ensureInstalled() {
  if (!has('java')) aptInstall(['openjdk-17-jre-headless'], 'Java runs the Firestore emulator');
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) {
    console.log('Installing npm packages (npm ci) ...');
    execSync('npm ci --no-audit --no-fund', { cwd: ROOT, stdio: 'inherit' });
  }
}

/** Path of a Chromium for the browser tests; installs Debian's when absent. */
export function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  aptInstall(['chromium'], 'the browser tests drive Chromium');
  return '/usr/bin/chromium';
}
