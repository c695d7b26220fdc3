// Bundles the functions for deployment. `firebase deploy` uploads functions/ and installs only its own
// package.json dependencies, so workspace packages (@praktijkvolg/domain) and their libraries (zod,
// date-fns) must be inside lib/index.js. The runtime dependencies listed in package.json stay external.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// p-limit is ESM-only: bundled, so the CommonJS bundle never relies on the runtime's require(esm).
const bundled = new Set(['p-limit']);
const external = Object.keys(pkg.dependencies)
  .filter((name) => !bundled.has(name))
  .flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: [new URL('./src/index.ts', import.meta.url).pathname],
  outfile: new URL('./lib/index.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external,
  // The bundle is CommonJS, where import.meta is empty: give modules that resolve files next to their
  // dependencies (exports/fonts.ts) the bundle's own URL instead.
  // ("use strict" first: a banner comes before esbuild's own directive, which would then not count.)
  banner: { js: "'use strict';\nconst __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleUrl' },
  logLevel: 'warning',
});

// The manifest of the functions (their triggers, regions, params), written by the SDK's own tool from the
// bundle just built. firebase-tools reads functions.yaml when it is there instead of starting the code in a
// process of its own to ask it: the emulator then loads (and reloads, when the tests switch triggers back on)
// in well under a second instead of five (docs/benchmarks.md, "Test suite"), and a deploy reads the same file
// (its predeploy step runs this build). Generated, never edited: .gitignore keeps it out of the repository.
const dir = dirname(fileURLToPath(import.meta.url));
let sdk = dirname(createRequire(import.meta.url).resolve('firebase-functions'));
while (!existsSync(join(sdk, 'package.json'))) sdk = dirname(sdk); // its package.json is not exported
const bin = JSON.parse(readFileSync(join(sdk, 'package.json'), 'utf8')).bin['firebase-functions'];
execFileSync(process.execPath, [join(sdk, bin), dir], {
  cwd: dir,
  env: { ...process.env, FUNCTIONS_MANIFEST_OUTPUT_PATH: join(dir, 'functions.yaml') },
  stdio: ['ignore', 'ignore', 'inherit'],
});
