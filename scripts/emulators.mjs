#!/usr/bin/env node
// Runs the Firebase Emulator Suite offline. firebase-tools downloads its Firestore emulator at first use,
// which fails without internet; where the machine ships the Google Cloud SDK's copy we point firebase-tools
// at it through a one-entry launcher jar (the SDK jar has no Main-Class). Elsewhere we change nothing.
//
//   node scripts/emulators.mjs exec "<command>"          run a command with the emulators up, then stop them
//   node scripts/emulators.mjs start                     run until Ctrl-C
//   node scripts/emulators.mjs --test exec "<command>"   the same on the test stack (firebase.test.json:
//                                                        own ports and project id, so it can run beside start)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readlinkSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The local stack (npm start) and the test stack (npm test) differ in project id and ports only. */
export const STACKS = {
  dev: { projectId: 'demo-praktijkvolg', config: 'firebase.json' },
  test: { projectId: 'demo-praktijkvolg-test', config: 'firebase.test.json' },
};
export const SDK_FIRESTORE_JAR =
  '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const LAUNCHER = join(ROOT, '.cache', 'firestore-launcher.jar');

/** A zip with one stored (uncompressed) entry: all a jar with only a manifest needs. */
function storedZip(name, content) {
  const nameBuf = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const centralOffset = local.length + nameBuf.length + content.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBuf, content, central, nameBuf, end]);
}

/** Environment for firebase-tools: the launcher jar where the SDK's Firestore emulator exists. */
export function emulatorEnv(stack, base = process.env) {
  const env = { ...base };
  if (!env.FIRESTORE_EMULATOR_BINARY_PATH && existsSync(SDK_FIRESTORE_JAR)) {
    const manifest =
      'Manifest-Version: 1.0\r\n' +
      'Main-Class: com.google.cloud.datastore.emulator.firestore.CloudFirestore\r\n' +
      `Class-Path: ${SDK_FIRESTORE_JAR}\r\n\r\n`;
    mkdirSync(dirname(LAUNCHER), { recursive: true });
    writeFileSync(LAUNCHER, storedZip('META-INF/MANIFEST.MF', Buffer.from(manifest)));
    env.FIRESTORE_EMULATOR_BINARY_PATH = LAUNCHER;
  }
  // Functions read SMTP and app settings from functions/.env.<project>; nothing here reaches real services.
  env.GCLOUD_PROJECT = stack.projectId;
  return env;
}

const firebaseBin = join(ROOT, 'node_modules', '.bin', 'firebase');

/** The ports a stack's emulators listen on, from its firebase config. */
function stackPorts(stack) {
  const config = JSON.parse(readFileSync(join(ROOT, stack.config), 'utf8'));
  return Object.values(config.emulators)
    .flatMap((e) => [e.port, e.websocketPort])
    .filter((p) => typeof p === 'number');
}

/** Pids listening on a TCP port, from /proc (no ss or lsof needed). */
function listeners(port) {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]);
    }
  }
  const pids = [];
  if (inodes.size === 0) return pids;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1])) {
          pids.push(Number(pid));
          break;
        }
      }
    } catch {
      // the process ended or is not ours to inspect
    }
  }
  return pids;
}

/**
 * firebase-tools starts the Firestore JVM and the functions runtime in sessions of their own, so a forced
 * stop can leave them holding the stack's ports. Before a start and after an exit, stop such leftovers
 * of this project's emulators; anything else on our ports is reported, never killed.
 */
export function reapLeftovers(stack) {
  if (!existsSync('/proc/net/tcp')) return;
  for (const port of stackPorts(stack)) {
    for (const pid of listeners(port)) {
      if (pid === process.pid) continue;
      let cmd = '';
      try {
        cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        continue;
      }
      const ours =
        cmd.includes(ROOT) &&
        /firestore-launcher\.jar|cloud-firestore-emulator|firebase-tools|firebase emulators/.test(cmd);
      if (!ours)
        throw new Error(
          `Port ${port} is in use by another program (pid ${pid}: ${cmd.slice(0, 120)}). Stop it and try again.`,
        );
      console.warn(`Stopping a leftover emulator process on port ${port} (pid ${pid}).`);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

/** Functions runtimes of this project whose firebase-tools parent is gone (they listen on random ports). */
function reapOrphanRuntimes() {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (ppid === 1 && cmd.includes(join(ROOT, 'node_modules', 'firebase-tools', 'lib', 'emulator')))
        process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone, or not ours to inspect
    }
  }
}

/**
 * Spawns firebase-tools with the offline environment; resolves with its exit code. Ctrl-C is passed on
 * once (a clean shutdown); if the emulators have not stopped 15 s later a second SIGINT makes
 * firebase-tools stop at once, and leftovers are reaped after it exits.
 */
export function runFirebase(stack, args, { env = process.env, stdio = 'inherit' } = {}) {
  reapLeftovers(stack);
  const child = spawn(firebaseBin, [...args, '--project', stack.projectId, '--config', stack.config], {
    cwd: ROOT,
    env: emulatorEnv(stack, env),
    stdio,
  });
  let forced;
  const forward = (signal) => {
    child.kill(signal);
    forced ??= setTimeout(() => child.kill('SIGINT'), 15_000);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(forced);
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      reapLeftovers(stack);
      reapOrphanRuntimes();
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export const ONLY = process.env.EMULATORS_ONLY ?? 'auth,firestore,functions';

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const stack = args[0] === '--test' ? (args.shift(), STACKS.test) : STACKS.dev;
  const [mode, command] = args;
  if (mode === 'exec' && command) {
    process.exit(await runFirebase(stack, ['emulators:exec', '--only', ONLY, command]));
  } else if (mode === 'start') {
    process.exit(await runFirebase(stack, ['emulators:start', '--only', ONLY]));
  } else {
    console.error('usage: node scripts/emulators.mjs [--test] exec "<command>" | start');
    process.exit(2);
  }
}
