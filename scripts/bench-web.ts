/// <reference lib="dom" />
// Web app benchmark: the JavaScript a route ships (gzip, from the Vite manifest of a fresh test build) and
// the time from opening an e-mailed form link to an interactive form on the local stack (emulators + vite
// preview + Debian's Chromium). Writes the "Web app" section of docs/benchmarks.md (other sections kept).
//
//   npm run bench:web
//
// "Interactive" = the form element is rendered with its inputs (the app sets the performance mark
// 'pv:form-interactive' when the form's editor mounts; the page is then usable).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchBrowser, newContext, signInByEmailLink, url } from '../tests/browser/browser.js';
import { F, P, seedWorld } from '../tests/browser/fixtures.js';
import { adminAuth, closeAdmin } from '../tests/support/stack.js';
import { TEST_HOSTS } from '../tests/support/ports.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'web');
const DIST = join(WEB, 'dist');
const RUNS = 7;

interface ManifestChunk {
  file: string;
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

const gz = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
const raw = (file: string) => readFileSync(join(DIST, file)).length;

/** The entry plus a route's lazy chunk and everything they import statically: what the browser fetches. */
function routeSize(manifest: Manifest, route: string, pageSrc: string): RouteSize {
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
    js: chunks.reduce((n, c) => n + raw(c.file), 0),
    jsGzip: chunks.reduce((n, c) => n + gz(c.file), 0),
    cssGzip: css.reduce((n, f) => n + gz(f), 0),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function formInteractive(page: Page): Promise<number> {
  await page.locator('form[data-ready]').waitFor();
  return page.evaluate(() => performance.getEntriesByName('pv:form-interactive')[0]?.startTime ?? NaN);
}

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
  const largest = Object.values(manifest)
    .filter((c) => c.file.endsWith('.js'))
    .map((c) => ({ name: c.src ?? c.file, gzip: gz(c.file) }))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 4);

  // 2. The local stack: seeded world, preview server, Chromium.
  await seedWorld();
  const server = await preview({
    root: WEB,
    configFile: join(WEB, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: TEST_HOSTS.webPort, strictPort: true },
  });
  const browser = await launchBrowser();
  const formPath = `/formulieren/${F.diensten}/opleider`;
  const timings = {
    coldCache: [] as number[],
    warmCache: [] as number[],
    signInLink: [] as number[],
    slowCold: [] as number[],
  };
  try {
    // a) Signed in (session in IndexedDB), the link opened with an empty HTTP cache, then with a warm one.
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInByEmailLink(page, P.pieter.email, '/');
    const cdp = await context.newCDPSession(page);
    for (let i = 0; i < RUNS; i++) {
      await cdp.send('Network.clearBrowserCache');
      await page.goto(url(formPath));
      timings.coldCache.push(await formInteractive(page));
      await page.goto(url(formPath));
      timings.warmCache.push(await formInteractive(page));
      await page.goto('about:blank');
    }
    // b) The same, on a throttled connection (a practice or classroom with poor reception): 150 ms RTT,
    //    1.6 Mbit/s down, 750 kbit/s up ("slow 4G"), empty HTTP cache.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 200_000,
      uploadThroughput: 94_000,
    });
    for (let i = 0; i < 3; i++) {
      await cdp.send('Network.clearBrowserCache');
      await page.goto(url(formPath));
      timings.slowCold.push(await formInteractive(page));
      await page.goto('about:blank');
    }
    await context.close();

    // c) Signed out: the e-mailed sign-in link (address remembered on this device) to the interactive form,
    //    wall clock from opening the link, through the Auth emulator's redirect and the sign-in.
    for (let i = 0; i < RUNS; i++) {
      const ctx = await newContext(browser);
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
      timings.signInLink.push(Date.now() - t0);
      await ctx.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await closeAdmin();
  }

  // 3. The "Web app" section of docs/benchmarks.md.
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const section = [
    '## Web app',
    '',
    `Measured by \`scripts/bench-web.ts\` on ${new Date().toISOString().slice(0, 10)}: a fresh production build of \`web/\` for the test`,
    `stack, served by \`vite preview\`, against the local emulators (auth, Firestore, functions), driven by ${chromium}`,
    `(headless) through playwright-core. Sizes are gzip (zlib default level) of the files the route fetches: the entry`,
    `chunk, the route's lazy chunk and their static imports, from \`web/dist/.vite/manifest.json\`.`,
    '',
    '### JavaScript shipped per route',
    '',
    '| route | files | JS (minified) | JS (gzip) | CSS (gzip) |',
    '|---|---:|---:|---:|---:|',
    ...sizes.map((s) => `| ${s.route} | ${s.files} | ${kb(s.js)} | **${kb(s.jsGzip)}** | ${kb(s.cssGzip)} |`),
    '',
    `All JavaScript of the app together: ${kb(allGzip)} gzip in ${all.length} files; the form route loads ${kb(sizes[0]!.jsGzip)} of it.`,
    `The entry chunk (${kb(gz(entry.file))} gzip) is React, the router, TanStack Query and the Firebase SDK (app, auth, Firestore with`,
    `its offline cache, functions); largest chunks: ${largest.map((l) => `${l.name} ${kb(l.gzip)}`).join(', ')}.`,
    `Firestore's Pipeline regex engine (re2js, ≈150 kB minified) is aliased to a stub (\`web/vite.config.ts\`): the app never`,
    `uses pipelines. Every page is a \`React.lazy\` chunk, so the form route does not load the secretariat, home or sign-in`,
    `screens; the hoofd opleiding's advice overview is a further lazy chunk of the form page.`,
    '',
    '### From opening the link to an interactive form (local stack)',
    '',
    `Median of ${RUNS} runs (slow connection: median of 3). "Interactive" is the performance mark the form sets when its`,
    `inputs are mounted with the part loaded (navigation start → mark; the sign-in row is wall clock from opening the link).`,
    '',
    '| situation | median | min – max |',
    '|---|---:|---:|',
    `| signed in, form link, empty HTTP cache | **${ms(median(timings.coldCache))}** | ${ms(Math.min(...timings.coldCache))} – ${ms(Math.max(...timings.coldCache))} |`,
    `| signed in, form link, warm HTTP cache | ${ms(median(timings.warmCache))} | ${ms(Math.min(...timings.warmCache))} – ${ms(Math.max(...timings.warmCache))} |`,
    `| signed in, empty cache, throttled to slow 4G (150 ms RTT, 1.6 Mbit/s) | ${ms(median(timings.slowCold))} | ${ms(Math.min(...timings.slowCold))} – ${ms(Math.max(...timings.slowCold))} |`,
    `| signed out: e-mailed sign-in link → Auth redirect → sign-in → form (address remembered) | ${ms(median(timings.signInLink))} | ${ms(Math.min(...timings.signInLink))} – ${ms(Math.max(...timings.signInLink))} |`,
    '',
    'Local-stack figures: the emulators answer in about a millisecond and there is no TLS, so on the real service the',
    'network round trips (Auth token refresh, the Firestore listen channel, the part document) add to these numbers;',
    'the throttled row shows the size of the bundle dominating on a poor connection.',
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
