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
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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

/** Spawns firebase-tools with the offline environment; resolves with its exit code. */
export function runFirebase(stack, args, { env = process.env, stdio = 'inherit' } = {}) {
  const child = spawn(firebaseBin, [...args, '--project', stack.projectId, '--config', stack.config], {
    cwd: ROOT,
    env: emulatorEnv(stack, env),
    stdio,
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
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
