// Bundles the functions for deployment. `firebase deploy` uploads functions/ and installs only its own
// package.json dependencies, so workspace packages (@praktijkvolg/domain) and their libraries (zod,
// date-fns) must be inside lib/index.js. The runtime dependencies listed in package.json stay external.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

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
