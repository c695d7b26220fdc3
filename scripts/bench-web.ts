/// <reference lib="dom" />
// Web app benchmark: the JavaScript a route ships (gzip, from the Vite manifest of a fresh test build) and
// the time from opening an e-mailed form link to an interactive form on the local stack (emulators + vite
// preview + Debian's Chromium). Writes the "Web app" section of docs/benchmarks.md (other sections kept).
// The form route is measured side by side with a baseline build of an earlier commit (BENCH_BASE, default
// a0a0650: before "lite first, full later" and the service worker), built from `git archive` in the same run.
//
//   npm run bench:web                     (starts the test stack's emulators itself)
//   npx tsx scripts/bench-web.ts          (against a test stack that is already running; it serves
//                                          web/dist on the test stack's web port, so no browser suite may
//                                          run at the same time)
//
// "Interactive" = the form element is rendered with its inputs (the app sets the performance mark
// 'pv:form-interactive' when the form's editor mounts; the page is then usable).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { launchBrowser, url } from '../tests/browser/browser.js';
import { F, P, seedWorld } from '../tests/browser/fixtures.js';
import { buildBaseline, contextFor, measureFormRoute, type FormRouteRun } from './bench-web-runs.js';
import { adminAuth, closeAdmin } from '../tests/support/stack.js';
import { TEST_HOSTS } from '../tests/support/ports.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'web');
const DIST = join(WEB, 'dist');
const RUNS = 7;

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface RouteSize {
  route: string;
  files: number;
  js: number;
  jsGzip: number;
  cssGzip: number;
}

const BASE = process.env.BENCH_BASE ?? 'a0a0650';
const gz = (file: string, dist = DIST) => gzipSync(readFileSync(join(dist, file))).length;

/** The entry plus a route's lazy chunk and everything they import statically: what the browser fetches. */
function routeSize(manifest: Manifest, route: string, pageSrc: string, dist = DIST): RouteSize {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  visit('index.html');
  visit(pageSrc);
  const chunks = [...seen].map((k) => manifest[k]!);
  const css = [...new Set(chunks.flatMap((c) => c.css ?? []))];
  return {
    route,
    files: chunks.length,
    js: chunks.reduce((n, c) => n + readFileSync(join(dist, c.file)).length, 0),
    jsGzip: chunks.reduce((n, c) => n + gz(c.file, dist), 0),
    cssGzip: css.reduce((n, f) => n + gz(f, dist), 0),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  // 1. A fresh production-mode build for the test stack, and its manifest.
  process.env.VITE_STACK = 'test';
  await build({ root: WEB, configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const sizes = [
    routeSize(manifest, '/formulieren/:formId/:partId (form link)', 'src/features/forms/FormPage.tsx'),
    routeSize(manifest, '/link/:token (single-use link)', 'src/features/auth/LinkPage.tsx'),
    routeSize(manifest, '/aanmelden (sign-in)', 'src/features/auth/SignInPage.tsx'),
    routeSize(manifest, '/ (home)', 'src/features/home/HomePage.tsx'),
    routeSize(manifest, '/trajecten/:id (secretariat)', 'src/features/trajecten/TrajectEditPage.tsx'),
  ];
  const all = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
  const allGzip = all.reduce((n, c) => n + gz(c.file), 0);
  const entry = manifest['index.html']!;
  // The page's first chunk (web/build/firstChunk.ts), started ahead of the entry.
  const first = Object.values(manifest).find((c) => c.name === 'first');
  const largest = Object.values(manifest)
    .filter((c) => c.file.endsWith('.js'))
    .map((c) => ({ name: c.src ?? c.file, gzip: gz(c.file) }))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 4);

  // 2. The baseline build, and the form route's static size in both.
  const baseDist = await buildBaseline(BASE);
  const baseManifest = JSON.parse(readFileSync(join(baseDist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const baseForm = routeSize(baseManifest, 'form', 'src/features/forms/FormPage.tsx', baseDist);

  // 3. The local stack: seeded world, Chromium; each build served in turn on the test stack's web port.
  await seedWorld();
  const browser = await launchBrowser();
  const formPath = `/formulieren/${F.diensten}/opleider`;
  const signInLink: number[] = [];
  let base: FormRouteRun;
  let now: FormRouteRun;
  try {
    base = await measureFormRoute(browser, baseDist, formPath, RUNS);
    now = await measureFormRoute(browser, DIST, formPath, RUNS);

    // Signed out: the e-mailed sign-in link (address remembered on this device) to the interactive form,
    // wall clock from opening the link, through the Auth emulator's redirect and the sign-in.
    const server = await preview({
      root: WEB,
      configFile: join(WEB, 'vite.config.ts'),
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: TEST_HOSTS.webPort, strictPort: true },
    });
    try {
      for (let i = 0; i < RUNS; i++) {
        const ctx = await contextFor(browser, false);
        const p = await ctx.newPage();
        await p.goto(url('/aanmelden'));
        await p.evaluate((email) => localStorage.setItem('pv:emailForSignIn', email), P.pieter.email);
        const link = await adminAuth().generateSignInWithEmailLink(P.pieter.email, {
          url: `${url('/aanmelden/voltooien')}?next=${encodeURIComponent(formPath)}`,
          handleCodeInApp: true,
        });
        await p.goto('about:blank');
        const t0 = Date.now();
        await p.goto(link);
        await p.locator('form[data-ready]').waitFor();
        signInLink.push(Date.now() - t0);
        await ctx.close();
      }
    } finally {
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    }
  } finally {
    await browser.close();
    await closeAdmin();
  }

  // 4. The "Web app" section of docs/benchmarks.md.
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const range = (xs: number[]) => `${ms(Math.min(...xs))} – ${ms(Math.max(...xs))}`;
  const ratio = (after: number, before: number) => `${(after / before).toFixed(2)}×`;
  const sec = (n: number) => `${(n / 1000).toFixed(2)} s`;
  const goal = (value: number, limit: number) => (value <= limit ? 'met' : '**not met**');
  const row = (what: string, b: number[], n: number[], limit?: number, unit = sec) =>
    `| ${what} | ${unit(median(b))} | **${unit(median(n))}** (${range(n)}) | ${ratio(median(n), median(b))} | ${
      limit === undefined ? '' : `≤ ${unit(limit)}: ${goal(median(n), limit)}`
    } |`;
  const section = [
    '## Web app',
    '',
    `Measured by \`scripts/bench-web.ts\` on ${new Date().toISOString().slice(0, 10)}: a fresh production build of \`web/\` for the test`,
    `stack, served by \`vite preview\`, against the local emulators (auth, Firestore, functions), driven by ${chromium}`,
    `(headless) through playwright-core, at 390 × 844 px. Sizes are gzip (zlib default level). The baseline is commit`,
    `\`${BASE}\` (the full Firestore SDK on every route's first load, no service worker), built from \`git archive\` and`,
    `measured in the same run, on the same stack.`,
    '',
    '### The form route: this build against the baseline',
    '',
    `Opening \`/formulieren/:formId/:partId\` signed in (median; min – max of this build). "Interactive" is the`,
    `performance mark the form sets when its inputs are mounted with the part loaded (navigation start → mark).`,
    `Slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (Chrome DevTools protocol); 4× CPU: Chromium's CPU`,
    `throttling, as on a mid-range phone. First visits: empty HTTP cache, no service worker (${RUNS} runs unthrottled, 3`,
    `throttled). Repeat visit: the form was opened before (this build: the service worker controls the page;`,
    `baseline: warm HTTP cache), ${RUNS} runs.`,
    '',
    `| | baseline ${BASE} | this build | ratio | goal |`,
    '|---|---:|---:|---:|---|',
    `| JS before the form is interactive (fetched by the page, gzip) | ${kb(base.jsBeforeInteractive)} | **${kb(now.jsBeforeInteractive)}** | ${ratio(now.jsBeforeInteractive, base.jsBeforeInteractive)} | ≤ 160 kB: ${goal(now.jsBeforeInteractive, 160 * 1024)} |`,
    `| JS of the route's static imports (manifest, gzip) | ${kb(baseForm.jsGzip)} | ${kb(sizes[0]!.jsGzip)} | ${ratio(sizes[0]!.jsGzip, baseForm.jsGzip)} | |`,
    row('first visit, unthrottled', base.cold, now.cold),
    row('first visit, slow 4G', base.slow, now.slow, 1600),
    row('first visit, slow 4G + 4× CPU', base.slowCpu, now.slowCpu),
    row('repeat visit, unthrottled', base.repeat, now.repeat, 400),
    row('repeat visit, slow 4G + 4× CPU', base.repeatSlowCpu, now.repeatSlowCpu),
    '',
    '### JavaScript shipped per route (this build)',
    '',
    "The entry chunk, the route's lazy chunk and their static imports, from `web/dist/.vite/manifest.json`. On the form",
    'route the full Firestore SDK (offline cache, listeners) and zod (the converters, the answer schemas, the submit',
    'check) are dynamic imports loaded after the form is interactive (docs/architecture.md, "The form route on a',
    'phone"), so they are not counted here.',
    '',
    '| route | files | JS (minified) | JS (gzip) | CSS (gzip) |',
    '|---|---:|---:|---:|---:|',
    ...sizes.map((s) => `| ${s.route} | ${s.files} | ${kb(s.js)} | **${kb(s.jsGzip)}** | ${kb(s.cssGzip)} |`),
    '',
    `All JavaScript of the app together: ${kb(allGzip)} gzip in ${all.length} files (all precached by the service worker).`,
    `The entry chunk is ${kb(gz(entry.file))} gzip (Preact under React's API, the router, TanStack Query)${first ? `; the first chunk, which the page starts ahead of it, ${kb(gz(first.file))} (Firebase app and Auth, the form route's first reads)` : ''}; largest chunks:`,
    `${largest.map((l) => `${l.name} ${kb(l.gzip)}`).join(', ')}.`,
    `Firestore's Pipeline regex engine (re2js, ≈150 kB minified) is aliased to a stub (\`web/vite.config.ts\`): the app never`,
    'uses pipelines.',
    '',
    '### Signed out: from the e-mailed sign-in link to an interactive form (this build)',
    '',
    `Wall clock from opening the link, through the Auth emulator's redirect and the sign-in (address remembered on this`,
    `device), median of ${RUNS}: **${ms(median(signInLink))}** (${range(signInLink)}).`,
    '',
    'Local-stack figures: the emulators answer in about a millisecond and there is no TLS, so on the real service the',
    'network round trips (Auth token refresh, the Firestore reads) add to these numbers; the throttled rows show the',
    'size of the bundle dominating on a poor connection.',
    '',
  ].join('\n');

  const file = join(ROOT, 'docs', 'benchmarks.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  // Replace only this section: from its heading to the next "## " heading (or the end).
  const start = current.indexOf('\n## Web app');
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${section}`;
  } else {
    const after = current.indexOf('\n## ', start + 1);
    next = `${current.slice(0, start + 1)}${section}${after === -1 ? '' : `\n${current.slice(after + 1)}`}`;
  }
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
  console.log(section);
}

await main();
