/// <reference lib="dom" />
// The runs of scripts/bench-web.ts: the baseline build (an earlier commit, from `git archive`) and the form
// route's first and repeat visits of one build, on the test stack's web port.
import { execSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { signInByEmailLink, url } from '../tests/browser/browser.js';
import { P } from '../tests/browser/fixtures.js';
import { TEST_HOSTS } from '../tests/support/ports.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'web');
const gz = (file: string, dist: string) => gzipSync(readFileSync(join(dist, file))).length;

/** Navigation start → the performance mark the form sets when its inputs are mounted with the part loaded. */
export async function formInteractive(page: Page): Promise<number> {
  await page.locator('form[data-ready]').waitFor();
  return page.evaluate(() => performance.getEntriesByName('pv:form-interactive')[0]?.startTime ?? NaN);
}

/**
 * Links each package of `from` into `into` where `into` has none; a scope (`@vitejs`) that `into` has as a link
 * to another tree becomes a folder of links, so packages of both trees are found in it.
 */
function linkMissing(from: string, into: string): void {
  for (const name of readdirSync(from)) {
    const target = join(into, name);
    if (name.startsWith('.')) continue;
    if (!existsSync(target)) symlinkSync(join(from, name), target);
    else if (name.startsWith('@')) {
      if (lstatSync(target).isSymbolicLink()) {
        const other = realpathSync(target);
        unlinkSync(target);
        mkdirSync(target);
        linkMissing(other, target);
      }
      linkMissing(join(from, name), target);
    }
  }
}

/**
 * The baseline: BENCH_BASE's web app, exported with `git archive` (no checkout of this tree), built for the
 * test stack with this tree's installed packages but its own domain/ (a node_modules of links whose
 * @praktijkvolg/domain points at the exported domain/).
 */
export async function buildBaseline(BASE: string): Promise<string> {
  const dir = join(tmpdir(), `pv-bench-base-${BASE}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${BASE} | tar -x -C ${dir}`, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@praktijkvolg'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '@praktijkvolg') symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  symlinkSync(join(dir, 'domain'), join(modules, '@praktijkvolg', 'domain'));
  // Packages the baseline used and this tree no longer has (react-router-dom before wouter; react-dom and
  // @vitejs/plugin-react before Preact) are installed beside it, never into this tree, without their peers:
  // they find this tree's react (installed as its libraries' peer).
  const baseWeb = JSON.parse(readFileSync(join(dir, 'web', 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const missing = Object.entries({ ...baseWeb.dependencies, ...baseWeb.devDependencies }).filter(
    ([name]) => !existsSync(join(ROOT, 'node_modules', name)) && !existsSync(join(WEB, 'node_modules', name)),
  );
  if (missing.length) {
    const extra = join(dir, '.extra');
    mkdirSync(extra, { recursive: true });
    execSync(
      `npm install --prefix ${extra} --no-save --no-audit --no-fund --legacy-peer-deps ${missing.map(([n, v]) => `${n}@'${v}'`).join(' ')}`,
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    linkMissing(join(extra, 'node_modules'), modules);
  }
  // The web workspace's own packages, linked one by one into a real folder: Vite writes the bundled config
  // there (.vite-temp), and it must resolve the baseline's packages from the baseline's tree.
  if (existsSync(join(WEB, 'node_modules'))) {
    mkdirSync(join(dir, 'web', 'node_modules'), { recursive: true });
    linkMissing(join(WEB, 'node_modules'), join(dir, 'web', 'node_modules'));
  }
  await build({ root: join(dir, 'web'), configFile: join(dir, 'web', 'vite.config.ts'), logLevel: 'warn' });
  return join(dir, 'web', 'dist');
}

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 };
type Profile = { network: boolean; cpu: number };

export async function contextFor(browser: Browser, serviceWorkers: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: serviceWorkers ? 'allow' : 'block',
  });
  context.setDefaultTimeout(30_000);
  return context;
}

async function throttle(cdp: CDPSession, profile: Profile): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send(
    'Network.emulateNetworkConditions',
    profile.network ? SLOW_4G : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
}

/** The gzip size of the JavaScript files the page had fetched when the form became interactive. */
async function jsBeforeInteractive(page: Page, dist: string): Promise<number> {
  const files = await page.evaluate(() => {
    const mark = performance.getEntriesByName('pv:form-interactive')[0]?.startTime ?? Infinity;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.responseEnd <= mark && new URL(r.name).pathname.endsWith('.js'))
      .map((r) => new URL(r.name).pathname);
  });
  return [...new Set(files)].reduce((n, f) => n + gz(f.slice(1), dist), 0);
}

export interface FormRouteRun {
  jsBeforeInteractive: number;
  cold: number[];
  slow: number[];
  slowCpu: number[];
  repeat: number[];
  repeatSlowCpu: number[];
  serviceWorker: boolean;
}

/** The form route of one build (served on the test stack's web port): cold, throttled, repeat visits. */
export async function measureFormRoute(
  browser: Browser,
  dist: string,
  formPath: string,
  RUNS: number,
): Promise<FormRouteRun> {
  const server = await preview({
    root: WEB,
    configFile: join(WEB, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: TEST_HOSTS.webPort, strictPort: true },
  });
  const run: FormRouteRun = {
    jsBeforeInteractive: 0,
    cold: [],
    slow: [],
    slowCpu: [],
    repeat: [],
    repeatSlowCpu: [],
    serviceWorker: existsSync(join(dist, 'sw.js')),
  };
  try {
    // First visits: an empty HTTP cache and no service worker.
    const context = await contextFor(browser, false);
    const page = await context.newPage();
    await signInByEmailLink(page, P.pieter.email, '/');
    const cdp = await context.newCDPSession(page);
    const cold = async (profile: Profile, into: number[], runs: number) => {
      await throttle(cdp, profile);
      for (let i = 0; i < runs; i++) {
        await page.goto('about:blank');
        await cdp.send('Network.clearBrowserCache');
        await page.goto(url(formPath));
        into.push(await formInteractive(page));
        if (!profile.network && profile.cpu === 1)
          run.jsBeforeInteractive = await jsBeforeInteractive(page, dist);
      }
    };
    await cold({ network: false, cpu: 1 }, run.cold, RUNS);
    await cold({ network: true, cpu: 1 }, run.slow, 3);
    await cold({ network: true, cpu: 4 }, run.slowCpu, 3);
    await context.close();

    // Repeat visits: the form was opened before (service worker installed where the build has one, else a
    // warm HTTP cache), then opened again from a new navigation.
    const again = await contextFor(browser, true);
    const p2 = await again.newPage();
    await signInByEmailLink(p2, P.pieter.email, formPath);
    await p2.locator('form[data-ready]').waitFor();
    if (run.serviceWorker) {
      await p2.evaluate(async () => void (await navigator.serviceWorker.ready));
      await p2.reload();
      await p2.locator('form[data-ready]').waitFor();
      if (!(await p2.evaluate(() => !!navigator.serviceWorker.controller)))
        throw new Error('the service worker does not control the page');
    }
    const cdp2 = await again.newCDPSession(p2);
    const repeat = async (profile: Profile, into: number[]) => {
      await throttle(cdp2, profile);
      for (let i = 0; i < RUNS; i++) {
        await p2.goto('about:blank');
        await p2.goto(url(formPath));
        into.push(await formInteractive(p2));
      }
    };
    await repeat({ network: false, cpu: 1 }, run.repeat);
    await repeat({ network: true, cpu: 4 }, run.repeatSlowCpu);
    await again.close();
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return run;
}
