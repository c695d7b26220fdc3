#!/usr/bin/env node
// `npm start`: the whole system locally. Installs what is missing, builds the functions, then runs the
// dev session (mail inbox, demo data, web app) inside the emulators until Ctrl-C.
import { execSync } from 'node:child_process';
import { ensureInstalled } from './system.mjs';

ensureInstalled();
const { ROOT, runFirebase, STACKS } = await import('./emulators.mjs');
execSync('node functions/build.mjs', { cwd: ROOT, stdio: 'inherit' });
const code = await runFirebase(STACKS.dev, ['emulators:exec', '--only', 'auth,firestore,functions', 'npx tsx scripts/dev-session.ts']);
process.exit(code);
