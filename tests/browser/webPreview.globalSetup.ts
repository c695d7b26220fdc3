// Serves the web app's test build (web/dist, VITE_STACK=test: emulator ports of firebase.test.json) with
// `vite preview` on 127.0.0.1:14173, the APP_URL the functions put in mails on the test stack. `npm test`
// builds web/dist just before; when the build is missing, made for another stack, or older than the
// sources (a suite started by hand), it is rebuilt here. A failed build does not stop the other suites:
// the browser suites then fail on their first page with the reason.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { TEST_HOSTS } from '../support/ports.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB = join(ROOT, 'web');
const INFO = join(WEB, 'dist', 'build-info.json');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  if (!existsSync(INFO)) return false;
  const info = JSON.parse(readFileSync(INFO, 'utf8')) as { stack?: string };
  if (info.stack !== 'test') return false;
  const sources = Math.max(
    newestMtime(join(WEB, 'src')),
    newestMtime(join(ROOT, 'domain', 'src')),
    newestMtime(join(WEB, 'public')),
    statSync(join(WEB, 'index.html')).mtimeMs,
    statSync(join(WEB, 'vite.config.ts')).mtimeMs,
  );
  return statSync(INFO).mtimeMs >= sources;
}

export default async function setup(): Promise<() => Promise<void>> {
  if (!buildIsCurrent()) {
    const previous = process.env.VITE_STACK;
    process.env.VITE_STACK = 'test';
    try {
      await build({ root: WEB, configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
    } catch (err) {
      console.error(`web build for the browser suites failed: ${String(err)}`);
    } finally {
      if (previous === undefined) delete process.env.VITE_STACK;
      else process.env.VITE_STACK = previous;
    }
  }
  const server = await preview({
    root: WEB,
    configFile: join(WEB, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: TEST_HOSTS.webPort, strictPort: true, open: false },
  });
  return () => new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
