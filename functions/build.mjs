// Bundles the functions for deployment. `firebase deploy` uploads functions/ and installs only its own
// package.json dependencies, so workspace packages (@praktijkvolg/domain) and their libraries (zod,
// date-fns) must be inside lib/index.js. The runtime dependencies listed in package.json stay external.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: [new URL('./src/index.ts', import.meta.url).pathname],
  outfile: new URL('./lib/index.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
