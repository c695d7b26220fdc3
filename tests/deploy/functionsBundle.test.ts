// `firebase deploy` uploads functions/ alone and installs only its package.json dependencies. This proves
// the built bundle runs that way: a copy of functions/ outside the workspace, whose node_modules holds
// nothing but the declared dependencies, loads and exports every function.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const functionsDir = join(root, 'functions');
const pkg = JSON.parse(readFileSync(join(functionsDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  main: string;
};
const copy = mkdtempSync(join(tmpdir(), 'functions-deploy-'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the functions bundle as Firebase deploys it', () => {
  it('loads outside the workspace with only its declared dependencies', () => {
    cpSync(join(functionsDir, 'package.json'), join(copy, 'package.json'));
    cpSync(join(functionsDir, 'lib'), join(copy, 'lib'), { recursive: true });
    for (const dep of Object.keys(pkg.dependencies)) {
      const target = join(copy, 'node_modules', dep);
      mkdirSync(join(target, '..'), { recursive: true });
      // npm installs a dependency under functions/node_modules when the root holds another version (or none).
      const own = join(functionsDir, 'node_modules', dep);
      symlinkSync(existsSync(own) ? own : join(root, 'node_modules', dep), target, 'dir');
    }
    const exported = execFileSync(
      process.execPath,
      ['-e', `console.log(JSON.stringify(Object.keys(require('./${pkg.main}'))))`],
      {
        cwd: copy,
        env: { PATH: process.env.PATH ?? '', NODE_PATH: '' },
        encoding: 'utf8',
      },
    );
    const names = JSON.parse(exported) as string[];
    expect(names).toEqual(
      expect.arrayContaining(['mailWritten', 'mailRequeue', 'calendarFeed', 'renewCalendarFeed']),
    );
  });

  it('finds the PDF fonts of the exports beside the bundle, as functions/src/exports/fonts.ts resolves them', () => {
    const bundle = readFileSync(join(functionsDir, pkg.main), 'utf8');
    // import.meta is empty in a CommonJS bundle: build.mjs defines import.meta.url as the bundle's own URL.
    expect(bundle).toMatch(/createRequire\)\(__bundleUrl\)/);
    expect(bundle).not.toMatch(/import_meta\d*\.url/);
    const resolved = execFileSync(
      process.execPath,
      [
        '-e',
        `const m = require('node:module'), u = require('node:url');
         const r = m.createRequire(u.pathToFileURL(require.resolve('./${pkg.main}')).href);
         console.log(r.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), r.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));`,
      ],
      { cwd: copy, env: { PATH: process.env.PATH ?? '', NODE_PATH: '' }, encoding: 'utf8' },
    );
    expect(resolved).toMatch(/DejaVuSans\.ttf .*DejaVuSans-Bold\.ttf/);
  });

  it('bundles the workspace domain package instead of requiring it', () => {
    const bundle = readFileSync(join(functionsDir, pkg.main), 'utf8');
    expect(bundle).not.toMatch(/require\(["']@praktijkvolg\/domain["']\)/);
    expect(bundle).not.toMatch(/require\(["']zod["']\)/);
  });
});
